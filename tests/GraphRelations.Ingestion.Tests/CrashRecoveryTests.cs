using GraphRelations.Ingestion.Inbox;

namespace GraphRelations.Ingestion.Tests;

/// <summary>
/// kill -9 of the real inbox worker (<c>watch --once</c>) in the middle of a batch, then a restart: nothing lost, nothing half-written,
/// and the same graph as one clean run into a fresh store.
/// </summary>
public sealed class CrashRecoveryTests
{
    // Enough that a run outlasts the test's polling by far: once extraction ran on optimised code from the start, 400
    // files went through in well under a second and a kill aimed at the middle sometimes found the inbox already done.
    private const int Documents = 1200;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(4);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Killing_the_watch_process_mid_batch_loses_nothing_and_a_restart_gives_the_clean_run_graph()
    {
        var crashed = IngestionHost.NewRoot();
        var clean = IngestionHost.NewRoot();
        var names = WriteBatch(Path.Combine(crashed, "inbox"));
        WriteBatch(Path.Combine(clean, "inbox"));

        // Two kills at different points of the batch, then a run to completion.
        var kills = 0;
        foreach (var fraction in new[] { 0.2, 0.55 })
        {
            using var run = IngestProcess.Start(crashed, Arguments(crashed));
            var target = (int)(Documents * fraction);
            await IngestionHost.WaitUntilAsync(
                () => Processed(crashed).Length >= target || run.HasExited, RunTimeout, $"{target} processed files");
            if (!run.HasExited)
            {
                run.Kill();
                kills++;
            }
        }

        Assert.True(kills > 0, "the batch finished before it could be killed; make it larger");
        Assert.True(Processed(crashed).Length < Documents, "nothing was left to recover after the kill");

        var (restartCode, restartOutput) = await IngestProcess.RunAsync(crashed, RunTimeout, Arguments(crashed));
        Assert.True(restartCode == 0, restartOutput);
        var (cleanCode, cleanOutput) = await IngestProcess.RunAsync(clean, RunTimeout, Arguments(clean));
        Assert.True(cleanCode == 0, cleanOutput);

        // No file lost: every one ended in processed, none left in the inbox or in a claim folder, none quarantined.
        Assert.Empty(Directory.GetFiles(Path.Combine(crashed, "inbox"), "*.txt"));
        var stillClaimed = Directory.GetFiles(Path.Combine(crashed, "inbox", InboxProcessor.ClaimsFolderName), "*.txt", SearchOption.AllDirectories);
        Assert.Empty(stillClaimed);
        Assert.Empty(Directory.Exists(Path.Combine(crashed, "quarantine")) ? Directory.GetFiles(Path.Combine(crashed, "quarantine")) : []);
        var processedNames = Processed(crashed).Select(f => Path.GetFileName(f)).ToHashSet(StringComparer.Ordinal);
        var lost = names.Where(n => !processedNames.Contains(n)).ToList();
        Assert.True(lost.Count == 0, "lost: " + string.Join(", ", lost));

        // No partial document and the same graph as the clean run.
        await using var crashedStore = await IngestionHost.StartAsync(crashed);
        await using var cleanStore = await IngestionHost.StartAsync(clean);
        var crashedCounts = await crashedStore.Store.CountAsync(Ct);
        var cleanCounts = await cleanStore.Store.CountAsync(Ct);
        Assert.Equal(Documents, cleanCounts.Nodes["Document"]);
        Assert.Equal(cleanCounts.Nodes.OrderBy(p => p.Key), crashedCounts.Nodes.OrderBy(p => p.Key));
        Assert.Equal(cleanCounts.Relationships.OrderBy(p => p.Key), crashedCounts.Relationships.OrderBy(p => p.Key));
        foreach (var file in Processed(clean))
        {
            var result = await cleanStore.Ingestor.IngestAsync(await File.ReadAllTextAsync(file, Ct), Path.GetFileName(file), Ct);
            var expected = await cleanStore.Store.GetDocumentAsync(result.DocumentId!, Ct);
            var actual = await crashedStore.Store.GetDocumentAsync(result.DocumentId!, Ct);
            Assert.NotNull(actual);
            Assert.Equal(expected!.Text, actual.Text);
            Assert.Equal(expected.MeetingIds.Order(), actual.MeetingIds.Order());
        }
    }

    [Fact]
    public async Task Killing_a_batched_ingest_mid_run_leaves_only_whole_documents_and_a_rerun_gives_the_clean_run_graph()
    {
        var crashed = IngestionHost.NewRoot();
        var clean = IngestionHost.NewRoot();
        var archive = Path.Combine(crashed, "archive");
        var (generated, generateOutput) = await IngestProcess.RunAsync(crashed, RunTimeout, "bench-corpus", archive, "--documents", "2500", "--seed", "5");
        Assert.True(generated == 0, generateOutput);

        // Killed once some batches have committed (their files are reported) and while others are in flight.
        using (var run = IngestProcess.Start(crashed, BatchedArguments(archive, Path.Combine(crashed, "graph.db"))))
        {
            await IngestionHost.WaitUntilAsync(() => Inserted(run.Output) >= 300 || run.HasExited, RunTimeout, "a committed batch");
            Assert.False(run.HasExited, "the ingest finished before it could be killed; make the archive larger");
            run.Kill();
        }

        // Every document the killed run left in the store is whole: its meeting and every statement extracted from it.
        var extractor = new GraphRelations.Extraction.MeetingRecordExtractor();
        var expected = Directory.GetFiles(archive, "*.txt")
            .Select(f => extractor.Extract(extractor.Normalize(File.ReadAllText(f)), Path.GetFileName(f)))
            .ToDictionary(g => g.DocumentId, StringComparer.Ordinal);
        await using (var afterKill = await IngestionHost.StartAsync(crashed))
        {
            var kept = 0;
            foreach (var (id, graph) in expected)
            {
                var stored = await afterKill.Store.GetDocumentAsync(id, Ct);
                if (stored is null)
                {
                    continue;
                }

                kept++;
                var meeting = await afterKill.Store.GetMeetingAsync(Assert.Single(stored.MeetingIds), Ct);
                Assert.NotNull(meeting);
                Assert.Equal(graph.Meetings[0].Statements.Count, meeting.Statements.Count);
                Assert.Equal(graph.Meetings[0].Participants.Count, meeting.Meeting.Participants.Count);
            }

            Assert.InRange(kept, 1, expected.Count - 1);
            Assert.Equal(kept, (await afterKill.Store.CountAsync(Ct)).Nodes["Document"]);
        }

        var (rerun, rerunOutput) = await IngestProcess.RunAsync(crashed, RunTimeout, BatchedArguments(archive, Path.Combine(crashed, "graph.db")));
        Assert.True(rerun == 0, rerunOutput);
        var (cleanRun, cleanOutput) = await IngestProcess.RunAsync(clean, RunTimeout, BatchedArguments(archive, Path.Combine(clean, "graph.db")));
        Assert.True(cleanRun == 0, cleanOutput);

        await using var crashedStore = await IngestionHost.StartAsync(crashed);
        await using var cleanStore = await IngestionHost.StartAsync(clean);
        var crashedCounts = await crashedStore.Store.CountAsync(Ct);
        var cleanCounts = await cleanStore.Store.CountAsync(Ct);
        Assert.Equal(expected.Count, cleanCounts.Nodes["Document"]);
        Assert.Equal(cleanCounts.Nodes.OrderBy(p => p.Key), crashedCounts.Nodes.OrderBy(p => p.Key));
        Assert.Equal(cleanCounts.Relationships.OrderBy(p => p.Key), crashedCounts.Relationships.OrderBy(p => p.Key));
    }

    private static string[] BatchedArguments(string archive, string database) =>
        ["ingest", archive, "--plain", $"--GraphStore:EmbeddedPath={database}", "--Ingestion:BatchSize=100"];

    private static int Inserted(string output) =>
        output.Split('\n').Count(l => l.Contains("inserted", StringComparison.OrdinalIgnoreCase) && l.Contains("record-", StringComparison.Ordinal));

    private static string[] Arguments(string root) =>
    [
        "watch", Path.Combine(root, "inbox"), "--once", "--plain",
        $"--GraphStore:EmbeddedPath={Path.Combine(root, "graph.db")}",
        $"--Ingestion:ProcessedPath={Path.Combine(root, "processed")}",
        $"--Ingestion:QuarantinePath={Path.Combine(root, "quarantine")}",
        "--Ingestion:SettleTime=00:00:00",
        // Many batches, so that a kill falls between commits whatever the default batch size.
        "--Ingestion:BatchSize=100",
    ];

    private static string[] Processed(string root)
    {
        var folder = Path.Combine(root, "processed");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.txt") : [];
    }

    private static List<string> WriteBatch(string inbox)
    {
        Directory.CreateDirectory(inbox);
        var names = new List<string>();
        for (var i = 0; i < Documents; i++)
        {
            var name = $"record-{i:D4}.txt";
            File.WriteAllText(Path.Combine(inbox, name), MeetingTexts.Summit(5000 + i));
            names.Add(name);
        }

        return names;
    }
}

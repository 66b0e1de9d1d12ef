namespace GraphRelations.Ingestion.Tests;

/// <summary>
/// The <c>watch</c> verb, the only one that moves files: an inbox drained into processed/ and quarantine/ (with
/// <c>--once</c>), shared safely by two workers, or watched until stopped.
/// </summary>
public sealed class WatchCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Watch_once_moves_good_files_to_processed_and_bad_ones_to_quarantine_and_prints_a_summary()
    {
        var root = IngestionHost.NewRoot();
        var inbox = Path.Combine(root, "drop");
        Directory.CreateDirectory(inbox);
        File.WriteAllText(Path.Combine(inbox, "a.txt"), MeetingTexts.Summit(300));
        File.WriteAllText(Path.Combine(inbox, "b.txt"), MeetingTexts.Summit(301));
        File.WriteAllText(Path.Combine(inbox, "weather.txt"), MeetingTexts.OffGenre);
        File.WriteAllBytes(Path.Combine(inbox, "blob.txt"), [1, 0, 2, 0, 3]);
        File.WriteAllText(Path.Combine(inbox, "notes.md"), "not a .txt file, left alone");

        var (code, output) = await IngestProcess.RunAsync(root, Timeout,
            "watch", inbox, "--once", "--plain", "--GraphStore:EmbeddedPath=store/graph.db", "--Ingestion:SettleTime=00:00:00");

        Assert.True(code == 0, output);
        Assert.Equal(["a.txt", "b.txt"], Directory.GetFiles(Path.Combine(inbox, "processed")).Select(Path.GetFileName).Order());
        Assert.Equal(
            ["blob.error.json", "blob.txt", "weather.error.json", "weather.txt"],
            Directory.GetFiles(Path.Combine(inbox, "quarantine")).Select(Path.GetFileName).Order());
        Assert.Equal(["notes.md"], Directory.GetFiles(inbox).Select(Path.GetFileName));
        Assert.True(File.Exists(Path.Combine(root, "store", "graph.db")), "the store path is relative to the working folder");
        Assert.Matches(@"inserted\s+\S+\s+a\.txt", output);
        Assert.Matches(@"quarantined\s+\S+\s+weather\.txt off-genre", output);
        Assert.Matches(@"quarantined\s+-\s+blob\.txt binary", output);
        Assert.Contains("Ingestion summary", output, StringComparison.Ordinal);

        // The second run finds nothing new: re-dropping a processed file reports it unchanged.
        File.Copy(Path.Combine(inbox, "processed", "a.txt"), Path.Combine(inbox, "a.txt"));
        var (again, againOutput) = await IngestProcess.RunAsync(root, Timeout,
            "watch", inbox, "--once", "--plain", "--GraphStore:EmbeddedPath=store/graph.db", "--Ingestion:SettleTime=00:00:00");
        Assert.True(again == 0, againOutput);
        Assert.Matches(@"unchanged\s+\S+\s+a\.txt", againOutput);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(inbox, "processed")).Length);
    }

    [Fact]
    public async Task Two_watch_once_commands_on_one_inbox_ingest_every_file_once()
    {
        const int files = 300;
        var root = IngestionHost.NewRoot();
        var inbox = Path.Combine(root, "inbox");
        Directory.CreateDirectory(inbox);
        for (var i = 0; i < files; i++)
        {
            File.WriteAllText(Path.Combine(inbox, $"shared-{i:D3}.txt"), MeetingTexts.Summit(7000 + i));
        }

        string[] arguments = ["watch", inbox, "--once", "--plain", "--GraphStore:EmbeddedPath=graph.db", "--Ingestion:SettleTime=00:00:00"];
        var runs = await Task.WhenAll(
            IngestProcess.RunAsync(root, Timeout, arguments),
            IngestProcess.RunAsync(root, Timeout, arguments));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Output));
        var inserted = runs.SelectMany(r => r.Output.Split('\n')).Where(l => l.StartsWith("inserted ", StringComparison.Ordinal)).ToList();
        Assert.Equal(files, inserted.Count);
        // Both normally share the work; under load one may start late and find nothing left. Reported, not asserted.
        TestContext.Current.TestOutputHelper?.WriteLine("split: " + string.Join(" / ", runs.Select(r => r.Output.Split('\n').Count(l => l.StartsWith("inserted ", StringComparison.Ordinal)))));
        Assert.All(runs, r => Assert.DoesNotMatch(@"(?m)^(unchanged|quarantined)\s", r.Output));
        var processed = Directory.GetFiles(Path.Combine(inbox, "processed")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(Enumerable.Range(0, files).Select(i => $"shared-{i:D3}.txt"), processed);
        await using var host = await IngestionHost.StartAsync(root);
        Assert.Equal(files, (await host.Store.CountAsync(TestContext.Current.CancellationToken)).Nodes["Document"]);
    }

    [Fact]
    public async Task Watch_without_once_keeps_watching_and_takes_files_that_arrive_later()
    {
        var root = IngestionHost.NewRoot();
        var inbox = Path.Combine(root, "inbox");
        Directory.CreateDirectory(inbox);
        using var worker = IngestProcess.Start(root, "watch", inbox, "--plain", "--GraphStore:EmbeddedPath=graph.db", "--Ingestion:SettleTime=00:00:00");
        await IngestionHost.WaitUntilAsync(() => worker.Output.Contains("watch: watching", StringComparison.Ordinal) || worker.HasExited, Timeout, "the worker to start");

        var part = Path.Combine(inbox, ".late.txt.part");
        File.WriteAllText(part, MeetingTexts.Summit(360));
        File.Move(part, Path.Combine(inbox, "late.txt"));
        await IngestionHost.WaitUntilAsync(() => File.Exists(Path.Combine(inbox, "processed", "late.txt")) || worker.HasExited, Timeout, "late.txt to be processed");

        Assert.False(worker.HasExited, worker.Output);
        Assert.True(File.Exists(Path.Combine(inbox, "processed", "late.txt")), worker.Output);
        worker.Kill();
    }

    [Fact]
    public async Task Watch_of_a_file_is_refused_with_a_hint()
    {
        var root = IngestionHost.NewRoot();
        var file = Path.Combine(root, "record.txt");
        File.WriteAllText(file, MeetingTexts.Summit(370));

        var (code, output) = await IngestProcess.RunAsync(root, Timeout, "watch", file, "--once");

        Assert.Equal(2, code);
        Assert.Contains("ingest", output, StringComparison.Ordinal);
        Assert.True(File.Exists(file));
    }

    [Fact]
    public async Task Watch_of_a_missing_inbox_fails_instead_of_creating_it()
    {
        var root = IngestionHost.NewRoot();
        var inbox = Path.Combine(root, "inbx");

        var (code, output) = await IngestProcess.RunAsync(root, Timeout, "watch", inbox, "--once", "--GraphStore:EmbeddedPath=graph.db");

        Assert.Equal(1, code);
        Assert.Contains("no such folder", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(inbox));
    }
}

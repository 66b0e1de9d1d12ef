using System.Text;
using System.Text.Json;
using GraphRelations.Extraction;
using GraphRelations.Ingestion.Inbox;
using Microsoft.Extensions.DependencyInjection;

namespace GraphRelations.Ingestion.Tests;

/// <summary>The watching worker and the inbox folder rules, with the real store and extractor.</summary>
public sealed class InboxWorkerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bad_files_are_quarantined_with_a_reason_and_the_worker_goes_on_to_the_next_good_file()
    {
        await using var host = await IngestionHost.StartAsync(worker: true);
        var random = new byte[8192];
        new Random(11).NextBytes(random);
        var bad = new Dictionary<string, string>
        {
            ["01-empty.txt"] = RejectionReasons.Empty,
            ["02-binary.txt"] = RejectionReasons.Binary,
            ["03-random.txt"] = RejectionReasons.Binary,
            ["04-latin1.txt"] = RejectionReasons.NotUtf8,
            ["05-huge.txt"] = RejectionReasons.TooLarge,
            ["06-off-genre.txt"] = RejectionReasons.OffGenre,
            ["00-flood.txt"] = RejectionReasons.TooManyLines,
        };
        host.Drop("00-flood.txt", MeetingTexts.Flooded(71, 5_000));
        host.Drop("01-empty.txt", []);
        host.Drop("02-binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
        host.Drop("03-random.txt", random);
        host.Drop("04-latin1.txt", Encoding.Latin1.GetBytes("Ministre des Affaires étrangères, réunion à Moscou."));
        var huge = Path.Combine(host.Root, "huge.part");
        using (var file = File.Create(huge))
        {
            file.SetLength(50L * 1024 * 1024); // 50 MB
        }

        File.Move(huge, Path.Combine(host.Inbox, "05-huge.txt"));
        host.Drop("06-off-genre.txt", MeetingTexts.OffGenre);
        host.Drop("07-good.txt", MeetingTexts.Summit(70));

        await IngestionHost.WaitUntilAsync(() => host.InboxFiles().Length == 0 && host.ProcessedFiles().Length == 1, Patience, "the inbox to drain");

        Assert.Equal("07-good.txt", Path.GetFileName(host.ProcessedFiles().Single()));
        foreach (var (name, reason) in bad)
        {
            Assert.True(File.Exists(Path.Combine(host.Quarantine, name)), $"{name} is not in quarantine");
            var error = ReadError(host, name);
            Assert.Equal(name, error.File);
            Assert.Equal(reason, error.Reason);
            Assert.False(string.IsNullOrWhiteSpace(error.Detail));
            Assert.Equal(new FileInfo(Path.Combine(host.Quarantine, name)).Length, error.SizeBytes);
        }

        Assert.NotNull(ReadError(host, "06-off-genre.txt").DocumentId);
        Assert.Equal(1, host.Tally.Inserted);
        Assert.Equal(bad.Count, host.Tally.Quarantined);
        var counts = await host.Store.CountAsync(Ct);
        Assert.Equal(1, counts.Nodes["Document"]);
    }

    [Fact]
    public async Task A_file_deleted_between_listing_and_claim_is_skipped_and_the_next_file_is_ingested()
    {
        await using var host = await IngestionHost.StartAsync();
        var doomed = host.Drop("a.txt", MeetingTexts.Summit(80));
        var good = host.Drop("b.txt", MeetingTexts.Summit(81));
        var listed = host.Processor.ListPending();
        Assert.Equal([doomed, good], listed);

        File.Delete(doomed);
        var outcomes = new List<FileOutcome>();
        foreach (var file in listed)
        {
            outcomes.Add(await host.Processor.ProcessFileAsync(file, Ct));
        }

        Assert.Equal(FileStatus.Skipped, outcomes[0].Status);
        Assert.Equal(FileStatus.Processed, outcomes[1].Status);
        Assert.Equal(IngestionOutcome.Inserted, outcomes[1].Result!.Outcome);
        Assert.Equal(1, host.Tally.Skipped);
    }

    [Fact]
    public async Task A_file_listed_for_in_place_ingestion_that_is_deleted_before_reading_is_reported_as_vanished()
    {
        await using var host = await IngestionHost.StartAsync();
        var gone = host.Drop("gone.txt", MeetingTexts.Summit(82));
        var next = host.Drop("next.txt", MeetingTexts.Summit(83));
        File.Delete(gone);

        var first = await InPlaceFile.IngestAsync(host.Ingestor, gone, Ct);
        var second = await InPlaceFile.IngestAsync(host.Ingestor, next, Ct);

        Assert.Equal(FileStatus.Quarantined, first.Status);
        Assert.Equal(RejectionReasons.Vanished, first.Result!.Reason);
        Assert.Equal(IngestionOutcome.Inserted, second.Result!.Outcome);
        Assert.True(File.Exists(next), "in-place ingestion must not move the file");
    }

    [Fact]
    public async Task Dropping_the_same_document_again_changes_nothing_in_the_graph()
    {
        await using var host = await IngestionHost.StartAsync(worker: true);
        host.Drop("first.txt", MeetingTexts.Summit(90));
        await IngestionHost.WaitUntilAsync(() => host.ProcessedFiles().Length == 1, Patience, "the first copy");
        var before = await host.Store.CountAsync(Ct);

        host.Drop("first.txt", MeetingTexts.Summit(90)); // same name, same content, later
        host.Drop("second-name.txt", MeetingTexts.Summit(90));
        await IngestionHost.WaitUntilAsync(() => host.ProcessedFiles().Length == 3, Patience, "the copies");

        var after = await host.Store.CountAsync(Ct);
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Relationships, after.Relationships);
        Assert.Equal(1, host.Tally.Inserted);
        Assert.Equal(2, host.Tally.Unchanged);
        Assert.Empty(host.InboxFiles());
    }

    [Fact]
    public async Task A_file_still_being_written_waits_until_it_settles()
    {
        await using var host = await IngestionHost.StartAsync(worker: true, settings: new Dictionary<string, string?>
        {
            ["Ingestion:SettleTime"] = "00:00:01",
        });
        var lines = MeetingTexts.Summit(97).Split('\n');
        Directory.CreateDirectory(host.Inbox);
        var path = Path.Combine(host.Inbox, "slow.txt");
        await using (var writer = new StreamWriter(path))
        {
            // A sender that writes in place, slowly: a line at a time over two seconds.
            foreach (var line in lines)
            {
                await writer.WriteLineAsync(line);
                await writer.FlushAsync(Ct);
                await Task.Delay(2000 / lines.Length, Ct);
            }
        }

        await IngestionHost.WaitUntilAsync(() => host.ProcessedFiles().Length == 1, Patience, "the settled file");

        Assert.Equal(0, host.Tally.Quarantined);
        Assert.Equal(1, host.Tally.Inserted);
        var whole = File.ReadAllText(host.ProcessedFiles().Single());
        var id = host.Services.GetRequiredService<IMeetingRecordExtractor>().Normalize(whole).Id;
        var stored = await host.Store.GetDocumentAsync(id, Ct);
        Assert.NotNull(stored);
        Assert.Contains("Reference number: 97", stored.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_the_store_is_unreachable_files_stay_in_the_inbox_and_are_not_quarantined()
    {
        var root = IngestionHost.NewRoot();
        // The real store over a file that is not an SQLite database: every open fails, as on a broken disk.
        File.WriteAllText(Path.Combine(root, "graph.db"), new string('x', 8192));
        await using var host = await IngestionHost.StartAsync(root, worker: true, settings: new Dictionary<string, string?>
        {
            ["GraphStore:InitializeOnStart"] = "false",
        });
        host.Drop("waiting.txt", MeetingTexts.Summit(98));

        await IngestionHost.WaitUntilAsync(() => host.Tally.Retried >= 3, Patience, "three retries");

        Assert.Equal(0, host.Tally.Quarantined);
        Assert.Empty(Directory.Exists(host.Quarantine) ? Directory.GetFiles(host.Quarantine) : []);
        var everywhere = Directory.GetFiles(host.Inbox, "waiting*.txt", SearchOption.AllDirectories);
        Assert.Single(everywhere); // in the inbox, or claimed for the next attempt: never lost, never duplicated
    }

    [Fact]
    public async Task Two_workers_on_one_inbox_process_every_file_exactly_once()
    {
        const int files = 100;
        var root = IngestionHost.NewRoot();
        await using var first = await IngestionHost.StartAsync(root);
        await using var second = await IngestionHost.StartAsync(root);
        for (var i = 0; i < files; i++)
        {
            first.Drop($"doc-{i:D3}.txt", MeetingTexts.Summit(1000 + i));
        }

        var seen = new System.Collections.Concurrent.ConcurrentBag<FileOutcome>();
        async Task Drain(IngestionHost host)
        {
            while ((await host.Processor.RunPassAsync(seen.Add, Ct)).Handled > 0)
            {
            }
        }

        await Task.WhenAll(Task.Run(() => Drain(first), Ct), Task.Run(() => Drain(second), Ct));

        var processed = seen.Where(o => o.Status == FileStatus.Processed).ToList();
        Assert.Equal(files, processed.Count);
        Assert.Equal(files, processed.Select(o => o.File).Distinct().Count());
        Assert.Equal(files, first.ProcessedFiles().Length);
        Assert.All(first.ProcessedFiles(), f => Assert.Matches(@"^doc-\d{3}\.txt$", Path.GetFileName(f)));
        // How the work was split depends on scheduling (under load one worker may take everything); it is reported, not asserted.
        TestContext.Current.TestOutputHelper?.WriteLine($"split: {first.Tally.Total} / {second.Tally.Total}");
        Assert.Equal(files, first.Tally.Inserted + second.Tally.Inserted);
        Assert.Equal(files, (await first.Store.CountAsync(Ct)).Nodes["Document"]);
    }

    [Fact]
    public async Task A_file_claimed_by_a_worker_that_died_is_recovered_and_ingested()
    {
        var root = IngestionHost.NewRoot();
        await using var host = await IngestionHost.StartAsync(root, worker: true);
        // What kill -9 leaves behind: a claim folder with a file and a lease nobody holds.
        var claims = Path.Combine(host.Inbox, InboxProcessor.ClaimsFolderName);
        var dead = Path.Combine(claims, "424242-0badf00d");
        Directory.CreateDirectory(dead);
        File.WriteAllText(Path.Combine(claims, "424242-0badf00d.lock"), string.Empty);
        File.WriteAllText(Path.Combine(dead, "orphan.txt"), MeetingTexts.Summit(95));

        await IngestionHost.WaitUntilAsync(() => host.ProcessedFiles().Length == 1, Patience, "the orphaned claim to be recovered");

        Assert.False(Directory.Exists(dead));
        Assert.False(File.Exists(Path.Combine(claims, "424242-0badf00d.lock")));
        Assert.Equal(1, host.Tally.Inserted);
    }

    [Fact]
    public async Task A_live_workers_claims_are_left_alone()
    {
        var root = IngestionHost.NewRoot();
        await using var owner = await IngestionHost.StartAsync(root);
        await using var other = await IngestionHost.StartAsync(root);
        owner.Processor.Start();
        var ownerClaims = Path.Combine(owner.Inbox, InboxProcessor.ClaimsFolderName, owner.Processor.WorkerId);
        File.WriteAllText(Path.Combine(ownerClaims, "in-progress.txt"), MeetingTexts.Summit(96));

        var pass = await other.Processor.RunPassAsync(cancellationToken: Ct);

        Assert.Equal(0, pass.Handled);
        Assert.True(File.Exists(Path.Combine(ownerClaims, "in-progress.txt")));
    }

    private static QuarantineRecord ReadError(IngestionHost host, string name) =>
        JsonSerializer.Deserialize<QuarantineRecord>(
            File.ReadAllText(Path.Combine(host.Quarantine, QuarantineRecord.ErrorFileName(name))), QuarantineRecord.JsonOptions)!;
}

using GraphRelations.Graph;
using GraphRelations.Ingestion.Inbox;

namespace GraphRelations.Ingestion.Tests;

/// <summary>The inbox worker's batched commits: files dropped together share transactions and move only once theirs committed.</summary>
public sealed class InboxBatchTests
{
    private const int Files = 8;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Files_dropped_together_stay_in_the_inbox_when_their_batch_fails_and_each_moves_only_after_its_batch_committed()
    {
        HookedWrites? hook = null;
        var failing = true;
        var processedAtWrite = new List<int>();
        IngestionHost? host = null;
        await using var started = host = await IngestionHost.StartAsync(wrapStore: store => HookedWrites.Wrap(store, async batch =>
        {
            if (failing)
            {
                throw new StoreUnavailableException("the disk is full");
            }

            processedAtWrite.Add(host!.ProcessedFiles().Length);
            if (processedAtWrite.Count == 1)
            {
                // Holds the first transaction so the other files are ready by the time it ends: they go in together.
                await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
            }
        }, out hook));
        for (var i = 0; i < Files; i++)
        {
            host.Drop($"doc-{i}.txt", MeetingTexts.Summit(700 + i));
        }

        var failed = await host.Processor.RunPassAsync(cancellationToken: Ct);

        Assert.True(failed.StoreFailed);
        Assert.Equal(Files, host.InboxFiles().Length);
        Assert.Empty(host.ProcessedFiles());
        Assert.Empty(Directory.Exists(host.Quarantine) ? Directory.GetFiles(host.Quarantine) : []);
        Assert.Empty(Claimed(host));
        Assert.Equal(Files, host.Tally.Retried);
        Assert.Equal(0, host.Tally.Quarantined);
        Assert.Empty(hook!.Committed);

        failing = false;
        var pass = await host.Processor.RunPassAsync(cancellationToken: Ct);

        Assert.False(pass.StoreFailed);
        Assert.Equal(Files, pass.Handled);
        Assert.Empty(host.InboxFiles());
        Assert.Empty(Claimed(host));
        Assert.Equal(Files, host.ProcessedFiles().Length);
        Assert.Equal(Files, host.Tally.Inserted);
        Assert.Equal(Files, (await host.Store.CountAsync(Ct)).Nodes["Document"]);
        Assert.Equal(Files, hook.Committed.Sum(b => b.Count));
        Assert.True(hook.Committed.Count < Files, $"{hook.Committed.Count} transactions for {Files} files: not batched");

        // At each transaction, exactly the files of the batches before it had moved: none ahead of its commit, none left behind.
        var committedBefore = hook.Committed.Select((_, k) => hook.Committed.Take(k).Sum(b => b.Count));
        Assert.Equal(committedBefore, processedAtWrite);
    }

    [Fact]
    public async Task A_document_that_fails_its_batch_while_the_store_answers_is_retried_alone_and_only_it_is_quarantined()
    {
        await using var host = await IngestionHost.StartAsync(wrapStore: store => HookedWrites.Wrap(store, batch =>
            batch.Any(d => d.Graph.Source == "poison.txt")
                ? throw new InvalidOperationException("constraint failed")
                : Task.CompletedTask, out _));
        for (var i = 0; i < 4; i++)
        {
            host.Drop($"doc-{i}.txt", MeetingTexts.Summit(720 + i));
        }

        host.Drop("poison.txt", MeetingTexts.Summit(730));

        var passes = new List<InboxPass>();
        for (var i = 0; i < 3; i++)
        {
            passes.Add(await host.Processor.RunPassAsync(cancellationToken: Ct));
        }

        Assert.True(passes[0].StoreFailed);
        Assert.Equal(4, host.ProcessedFiles().Length);
        Assert.DoesNotContain(host.ProcessedFiles(), f => Path.GetFileName(f) == "poison.txt");
        Assert.True(File.Exists(Path.Combine(host.Quarantine, "poison.txt")));
        var error = await File.ReadAllTextAsync(Path.Combine(host.Quarantine, QuarantineRecord.ErrorFileName("poison.txt")), Ct);
        Assert.Contains(RejectionReasons.StoreFailed, error, StringComparison.Ordinal);
        Assert.Equal(4, host.Tally.Inserted);
        Assert.Equal(1, host.Tally.Quarantined);
        Assert.Empty(host.InboxFiles());
        Assert.Equal(4, (await host.Store.CountAsync(Ct)).Nodes["Document"]);
    }

    private static string[] Claimed(IngestionHost host) =>
        Directory.GetFiles(Path.Combine(host.Inbox, InboxProcessor.ClaimsFolderName), "*.txt", SearchOption.AllDirectories);
}

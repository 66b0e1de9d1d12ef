using System.Text;
using GraphRelations.Graph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphRelations.Ingestion.Tests;

/// <summary>The bulk pipeline with several extraction workers, against the real extractor and the embedded store.</summary>
public sealed class BatchIngestorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Several_workers_give_results_in_input_order_and_the_same_outcomes_as_a_sequential_run()
    {
        // Distinct records with repeats, so which copy is Inserted and which Unchanged depends on the order of writing.
        int[] inputs = [.. Enumerable.Range(0, 30), 3, 17, 3, 29, 0];
        var parallel = await RunAsync(inputs, workers: 4, batchSize: 7);
        var sequential = await RunAsync(inputs, workers: 1, batchSize: 1);

        Assert.True(parallel.MostAtOnce > 1, $"the preparations never overlapped (at most {parallel.MostAtOnce} at once)");
        Assert.Equal(1, sequential.MostAtOnce);
        Assert.Equal(inputs, parallel.Committed.Select(c => c.Input));
        Assert.All(parallel.Batches, b => Assert.InRange(b, 1, 7));
        Assert.Equal(sequential.Committed, parallel.Committed);
        Assert.Equal(30, parallel.Committed.Count(c => c.Outcome == IngestionOutcome.Inserted));
        Assert.Equal([3, 17, 3, 29, 0], parallel.Committed.Skip(30).Select(c => c.Input));
        Assert.All(parallel.Committed.Skip(30), c => Assert.Equal(IngestionOutcome.Unchanged, c.Outcome));
        Assert.Equal(30, parallel.Documents);
    }

    [Fact]
    public async Task A_failing_preparation_surfaces_after_the_inputs_before_it_are_committed_and_nothing_after_it_is_acknowledged()
    {
        await using var host = await IngestionHost.StartAsync(settings: Settings(workers: 3, batchSize: 5));
        var acknowledged = new List<int>();
        var running = 0;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Services.GetRequiredService<BatchIngestor>().RunAsync(
            Enumerable.Range(0, 20),
            async (n, ct) =>
            {
                Interlocked.Increment(ref running);
                try
                {
                    await Task.Delay(Random.Shared.Next(1, 15), ct);
                    return n == 12 ? throw new InvalidOperationException("record 12 could not be read") : Prepare(host, n);
                }
                finally
                {
                    Interlocked.Decrement(ref running);
                }
            },
            committed =>
            {
                acknowledged.AddRange(committed.Select(c => c.Item));
                return Task.CompletedTask;
            },
            Ct));

        Assert.Equal("record 12 could not be read", error.Message);
        Assert.Equal(Enumerable.Range(0, 12), acknowledged);
        Assert.Equal(0, Volatile.Read(ref running)); // no preparation is left running behind the caller's back
        Assert.Equal(12, (await host.Store.CountAsync(Ct)).Nodes["Document"]);
    }

    [Fact]
    public async Task A_failing_store_surfaces_and_only_the_batches_it_committed_are_acknowledged()
    {
        HookedWrites? hook = null;
        var writes = 0;
        await using var host = await IngestionHost.StartAsync(
            settings: Settings(workers: 2, batchSize: 4),
            wrapStore: store => HookedWrites.Wrap(store, _ => Interlocked.Increment(ref writes) == 2
                ? throw new StoreUnavailableException("the disk is full")
                : Task.CompletedTask, out hook));
        var acknowledged = new List<int>();

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => host.Services.GetRequiredService<BatchIngestor>().RunAsync(
            Enumerable.Range(0, 16),
            (n, _) => Task.FromResult(Prepare(host, n)),
            committed =>
            {
                acknowledged.AddRange(committed.Select(c => c.Item));
                return Task.CompletedTask;
            },
            Ct));

        Assert.Equal("the disk is full", error.Reason);
        var first = Assert.Single(hook!.Committed);
        Assert.Equal(Enumerable.Range(0, first.Count), acknowledged);
        Assert.Equal(first.Count, (await host.Store.CountAsync(Ct)).Nodes["Document"]);
    }

    [Fact]
    public async Task Fewer_than_one_extraction_worker_stops_the_host_from_starting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => IngestionHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Ingestion:ExtractionWorkers"] = "0",
        }));
        Assert.Contains("ExtractionWorkers", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(int workers, int batchSize) => new()
    {
        ["Ingestion:ExtractionWorkers"] = workers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Ingestion:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static PreparedDocument Prepare(IngestionHost host, int n) =>
        host.Ingestor.Prepare(Encoding.UTF8.GetBytes(MeetingTexts.Summit(500 + n)), $"summit-{n}.txt");

    private static async Task<Run> RunAsync(int[] inputs, int workers, int batchSize)
    {
        await using var host = await IngestionHost.StartAsync(settings: Settings(workers, batchSize));
        var committed = new List<(int Input, IngestionOutcome Outcome, string? DocumentId)>();
        var batches = new List<int>();
        int running = 0, mostAtOnce = 0;
        await host.Services.GetRequiredService<BatchIngestor>().RunAsync(
            inputs,
            async (n, ct) =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref mostAtOnce, now);
                try
                {
                    // Uneven preparation times, so later inputs often finish before earlier ones.
                    await Task.Delay(Random.Shared.Next(1, 20), ct);
                    return Prepare(host, n);
                }
                finally
                {
                    Interlocked.Decrement(ref running);
                }
            },
            batch =>
            {
                batches.Add(batch.Count);
                committed.AddRange(batch.Select(b => (b.Item, b.Result.Outcome, b.Result.DocumentId)));
                return Task.CompletedTask;
            },
            Ct);
        return new Run(committed, batches, mostAtOnce, (await host.Store.CountAsync(Ct)).Nodes["Document"]);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private sealed record Run(List<(int Input, IngestionOutcome Outcome, string? DocumentId)> Committed, List<int> Batches, int MostAtOnce, long Documents);
}

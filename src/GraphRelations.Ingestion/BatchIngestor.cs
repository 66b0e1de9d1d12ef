using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks.Dataflow;
using Microsoft.Extensions.Options;

namespace GraphRelations.Ingestion;

/// <summary>
/// Bulk ingestion on every core: <see cref="IngestionOptions.ExtractionWorkers"/> workers read and extract inputs
/// (<see cref="DocumentIngestor.Prepare"/>) through an ordered, bounded dataflow block while the caller's task writes
/// them to the store in input order, in batches of up to <see cref="IngestionOptions.BatchSize"/>, one transaction each
/// (<see cref="DocumentIngestor.WriteAsync"/>). The bound (two batches in flight) keeps memory flat when the store is the
/// slower half; the order means results, progress and a duplicate input's outcome are those of a sequential run.
/// <c>committed</c> hears about a batch only after its transaction committed, so a caller that acknowledges inputs
/// there (moves a file, reports it done) never acknowledges an input whose facts could still be lost.
/// </summary>
public sealed class BatchIngestor(DocumentIngestor ingestor, IOptions<IngestionOptions> options)
{
    public int BatchSize => options.Value.BatchSize;

    /// <summary>
    /// Ingests every item. Throws the store's failure (after stopping extraction): the batch in flight and everything
    /// after it were not committed, and <c>committed</c> was called for exactly the batches that were. A throwing
    /// <paramref name="prepare"/> (or enumeration of <paramref name="items"/>) surfaces too, once the inputs before it
    /// are committed; nothing from that input on is. When it returns or throws, no <paramref name="prepare"/> call is
    /// still running.
    /// </summary>
    /// <param name="prepare">Reads and prepares one item; runs on several threads at once, for different items.</param>
    /// <param name="committed">Called on the writing task, in input order, after each batch commits.</param>
    /// <returns>Where the time went, for benchmarks.</returns>
    public async Task<PipelineTimings> RunAsync<TItem>(
        IEnumerable<TItem> items,
        Func<TItem, CancellationToken, Task<PreparedDocument>> prepare,
        Func<IReadOnlyList<(TItem Item, IngestionResult Result)>, Task> committed,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(prepare);
        ArgumentNullException.ThrowIfNull(committed);
        var size = BatchSize;
        var workers = options.Value.ExtractionWorkers;
        var clock = Stopwatch.StartNew();
        long preparingTicks = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // A failing prepare is carried to the writer as a value, in its place in the order, rather than faulting the
        // block (which would drop the inputs before it that are already prepared).
        var preparation = new TransformBlock<TItem, Prepared<TItem>>(
            async item =>
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    return new Prepared<TItem>(item, await prepare(item, stop.Token), null);
                }
#pragma warning disable CA1031 // Rethrown by the writer once the inputs before this one are committed.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    return new Prepared<TItem>(item, null, ex);
                }
                finally
                {
                    Interlocked.Add(ref preparingTicks, Stopwatch.GetTimestamp() - started);
                }
            },
            new ExecutionDataflowBlockOptions
            {
                MaxDegreeOfParallelism = workers,
                BoundedCapacity = Math.Max(2 * size, 2 * workers),
                EnsureOrdered = true,
                SingleProducerConstrained = true,
            });
        var feeding = Task.Run(() => FeedAsync(items, preparation, stop.Token), CancellationToken.None);
        TimeSpan writing = TimeSpan.Zero, acknowledging = TimeSpan.Zero;
        TimeSpan? writerCpu = TimeSpan.Zero;
        var batches = 0;
        try
        {
            var batch = new List<Prepared<TItem>>(size);
            while (await preparation.OutputAvailableAsync(cancellationToken))
            {
                // Take what is ready, up to a batch: a slow producer gives small batches (low latency), a fast one full ones.
                Exception? failed = null;
                while (batch.Count < size && preparation.TryReceive(out var next))
                {
                    if (next.Failure is not null)
                    {
                        failed = next.Failure;
                        break;
                    }

                    batch.Add(next);
                }

                if (batch.Count > 0)
                {
                    var started = clock.Elapsed;
                    var (thread, cpu) = (Environment.CurrentManagedThreadId, ThreadCpuClock.Now());
                    var results = await ingestor.WriteAsync(batch.Select(b => b.Document!).ToList(), cancellationToken);
                    writing += clock.Elapsed - started;

                    // The store's write completes synchronously on this thread; should it ever hop, the figure is dropped.
                    writerCpu = Environment.CurrentManagedThreadId == thread ? writerCpu + (ThreadCpuClock.Now() - cpu) : null;
                    started = clock.Elapsed;
                    await committed(batch.Select((b, i) => (b.Item, results[i])).ToList());
                    acknowledging += clock.Elapsed - started;
                    batches++;
                    batch.Clear();
                }

                if (failed is not null)
                {
                    ExceptionDispatchInfo.Throw(failed);
                }
            }

            await preparation.Completion;
            await feeding; // surfaces a failure to enumerate the items
        }
        catch
        {
            // Stop feeding, let the preparations in flight end (they see the cancelled token) and discard what they made;
            // draining to completion rather than cancelling the block means no preparation outlives this call.
            await stop.CancelAsync();
            await feeding.ContinueWith(static _ => { }, TaskScheduler.Default);
            preparation.Complete();
            while (await preparation.OutputAvailableAsync(CancellationToken.None))
            {
                preparation.TryReceiveAll(out _);
            }

            await preparation.Completion.ContinueWith(static _ => { }, TaskScheduler.Default);
            throw;
        }

        return new PipelineTimings(clock.Elapsed, TimeSpan.FromSeconds(preparingTicks / (double)Stopwatch.Frequency), writing, acknowledging, batches, workers, writerCpu);
    }

    /// <summary>Posts the items in order, waiting while the block is full; completes the block whatever happens.</summary>
    private static async Task FeedAsync<TItem>(IEnumerable<TItem> items, TransformBlock<TItem, Prepared<TItem>> preparation, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var item in items)
            {
                if (!await preparation.SendAsync(item, cancellationToken))
                {
                    return; // The block stopped taking input (cancelled).
                }
            }
        }
        finally
        {
            preparation.Complete();
        }
    }

    private sealed record Prepared<TItem>(TItem Item, PreparedDocument? Document, Exception? Failure);
}

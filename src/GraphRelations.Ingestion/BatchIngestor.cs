using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace GraphRelations.Ingestion;

/// <summary>
/// Bulk ingestion on both cores: one task reads and extracts inputs in order (<see cref="DocumentIngestor.Prepare"/>)
/// into a bounded channel while another writes them to the store in batches of up to <see cref="IngestionOptions.BatchSize"/>,
/// one transaction each (<see cref="DocumentIngestor.WriteAsync"/>). The bound keeps memory flat when the store is the
/// slower half. <c>committed</c> hears about a batch only after its transaction committed, so a caller that acknowledges
/// inputs there (moves a file, reports it done) never acknowledges an input whose facts could still be lost.
/// </summary>
public sealed class BatchIngestor(DocumentIngestor ingestor, IOptions<IngestionOptions> options)
{
    public int BatchSize => options.Value.BatchSize;

    /// <summary>
    /// Ingests every item. Throws the store's failure (after stopping extraction): the batch in flight and everything
    /// after it were not committed, and <c>committed</c> was called for exactly the batches that were.
    /// </summary>
    /// <param name="prepare">Reads and prepares one item (runs on the extraction task).</param>
    /// <param name="committed">Called on the writing task, in input order, after each batch commits.</param>
    public async Task RunAsync<TItem>(
        IEnumerable<TItem> items,
        Func<TItem, CancellationToken, Task<PreparedDocument>> prepare,
        Func<IReadOnlyList<(TItem Item, IngestionResult Result)>, Task> committed,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(prepare);
        ArgumentNullException.ThrowIfNull(committed);
        var size = BatchSize;
        var channel = Channel.CreateBounded<(TItem Item, PreparedDocument Prepared)>(new BoundedChannelOptions(2 * size)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var extraction = Task.Run(() => ProduceAsync(items, prepare, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            var batch = new List<(TItem Item, PreparedDocument Prepared)>(size);
            while (await channel.Reader.WaitToReadAsync(cancellationToken))
            {
                // Take what is ready, up to a batch: a slow producer gives small batches (low latency), a fast one full ones.
                while (batch.Count < size && channel.Reader.TryRead(out var next))
                {
                    batch.Add(next);
                }

                var results = await ingestor.WriteAsync(batch.Select(b => b.Prepared).ToList(), cancellationToken);

                await committed(batch.Select((b, i) => (b.Item, results[i])).ToList());
                batch.Clear();
            }
        }
        catch
        {
            await stop.CancelAsync();
            await Task.WhenAny(extraction);
            throw;
        }

        await extraction; // surfaces an extraction-side failure (a throwing prepare callback)
    }

    private static async Task ProduceAsync<TItem>(
        IEnumerable<TItem> items,
        Func<TItem, CancellationToken, Task<PreparedDocument>> prepare,
        ChannelWriter<(TItem, PreparedDocument)> writer,
        CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            foreach (var item in items)
            {
                var prepared = await prepare(item, cancellationToken);
                await writer.WriteAsync((item, prepared), cancellationToken);
            }
        }
#pragma warning disable CA1031 // Handed to the reader through the channel, which rethrows it on the writing side.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            failure = ex;
        }
        finally
        {
            writer.TryComplete(failure);
        }
    }
}

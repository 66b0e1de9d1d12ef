namespace GraphRelations.Ingestion;

/// <summary>What one <see cref="BatchIngestor.RunAsync{TItem}"/> spent where, so a benchmark can say which half is the bottleneck.</summary>
/// <param name="Elapsed">Wall-clock time of the whole run.</param>
/// <param name="Preparing">Reading and extraction, summed over the workers (can exceed <paramref name="Elapsed"/>).</param>
/// <param name="Writing">Time the writer spent in store transactions.</param>
/// <param name="WriterCpu">CPU time the writer's thread spent in store transactions; null where it cannot be measured.</param>
/// <param name="Acknowledging">Time the writer spent in the caller's <c>committed</c> callbacks (moving files, progress).</param>
public sealed record PipelineTimings(TimeSpan Elapsed, TimeSpan Preparing, TimeSpan Writing, TimeSpan Acknowledging, int Batches, int Workers, TimeSpan? WriterCpu = null)
{
    /// <summary>Writer time spent waiting for prepared documents: the store was idle, extraction was the limit.</summary>
    public TimeSpan WriterIdle => Elapsed - Writing - Acknowledging;
}

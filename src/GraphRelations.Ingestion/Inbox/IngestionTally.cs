using System.Collections.Concurrent;

namespace GraphRelations.Ingestion.Inbox;

/// <summary>Running totals for the periodic and final summaries; safe to update from any thread.</summary>
public sealed class IngestionTally
{
    private readonly ConcurrentDictionary<string, long> _reasons = new(StringComparer.Ordinal);
    private long _inserted, _unchanged, _replaced, _quarantined, _skipped, _retried;

    public long Inserted => Interlocked.Read(ref _inserted);

    public long Unchanged => Interlocked.Read(ref _unchanged);

    public long Replaced => Interlocked.Read(ref _replaced);

    public long Quarantined => Interlocked.Read(ref _quarantined);

    /// <summary>Files that vanished before they could be claimed (another worker took them, or they were deleted).</summary>
    public long Skipped => Interlocked.Read(ref _skipped);

    /// <summary>Good files handed back to the inbox because the store failed; they are tried again later.</summary>
    public long Retried => Interlocked.Read(ref _retried);

    public long Ingested => Inserted + Replaced;

    public long Total => Inserted + Unchanged + Replaced + Quarantined;

    /// <summary>Quarantine reasons and how often each occurred.</summary>
    public IReadOnlyDictionary<string, long> QuarantineReasons => new SortedDictionary<string, long>(_reasons, StringComparer.Ordinal);

    public void Record(FileOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        switch (outcome.Status)
        {
            case FileStatus.Skipped:
                Interlocked.Increment(ref _skipped);
                return;
            case FileStatus.Retry:
                Interlocked.Increment(ref _retried);
                return;
        }

        switch (outcome.Result?.Outcome)
        {
            case IngestionOutcome.Inserted:
                Interlocked.Increment(ref _inserted);
                break;
            case IngestionOutcome.Unchanged:
                Interlocked.Increment(ref _unchanged);
                break;
            case IngestionOutcome.Replaced:
                Interlocked.Increment(ref _replaced);
                break;
            default:
                Interlocked.Increment(ref _quarantined);
                _reasons.AddOrUpdate(outcome.Result?.Reason ?? "unknown", 1, (_, n) => n + 1);
                break;
        }
    }

    public override string ToString() =>
        $"ingested {Ingested} (inserted {Inserted}, replaced {Replaced}), unchanged {Unchanged}, quarantined {Quarantined}" +
        (Quarantined > 0 ? $" [{string.Join(", ", QuarantineReasons.Select(r => $"{r.Key}: {r.Value}"))}]" : string.Empty) +
        (Skipped > 0 ? $", skipped {Skipped}" : string.Empty) +
        (Retried > 0 ? $", retried {Retried}" : string.Empty);
}

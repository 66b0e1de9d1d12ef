using Microsoft.Extensions.Logging;

namespace GraphRelations.Ingestion;

/// <summary>Ingestion's log messages: one place for event ids and the structured names (DocumentId, File, Outcome).</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "Document {DocumentId} from {Source}: {Outcome} with {Meetings} meetings")]
    public static partial void Ingested(this ILogger logger, string documentId, string source, IngestionOutcome outcome, int meetings);

    [LoggerMessage(2, LogLevel.Debug, "Refused {Source} (document {DocumentId}): {Reason}: {Detail}")]
    public static partial void Refused(this ILogger logger, string source, string? documentId, string? reason, string? detail);

    [LoggerMessage(3, LogLevel.Error, "Extractor {Version} failed on {Source}")]
    public static partial void ExtractorFailed(this ILogger logger, Exception exception, string version, string source);

    [LoggerMessage(10, LogLevel.Information, "Worker {WorkerId} watching {Inbox}")]
    public static partial void WorkerStarted(this ILogger logger, string workerId, string inbox);

    [LoggerMessage(11, LogLevel.Information, "{File} vanished before it could be claimed (taken by another worker, or deleted)")]
    public static partial void Vanished(this ILogger logger, string file);

    [LoggerMessage(12, LogLevel.Warning, "Could not claim {File}; it stays in the inbox")]
    public static partial void ClaimFailed(this ILogger logger, Exception exception, string file);

    [LoggerMessage(13, LogLevel.Error, "Storing {File} failed (attempt {Attempt} of {MaxAttempts}, 0 while the store does not answer); it goes back to the inbox")]
    public static partial void StoreFailed(this ILogger logger, Exception exception, string file, int attempt, int maxAttempts);

    [LoggerMessage(17, LogLevel.Error, "Storing a batch of {Files} file(s) from {First} on failed (attempt {Attempt} of {MaxAttempts}, 0 while the store does not answer); they go back to the inbox")]
    public static partial void BatchStoreFailed(this ILogger logger, Exception exception, int files, string first, int attempt, int maxAttempts);

    [LoggerMessage(14, LogLevel.Information, "{File}: {Outcome} document {DocumentId} with {Meetings} meetings")]
    public static partial void FileProcessed(this ILogger logger, string file, IngestionOutcome outcome, string? documentId, int meetings);

    [LoggerMessage(15, LogLevel.Warning, "{File}: {Outcome} ({Reason}: {Detail}) document {DocumentId}")]
    public static partial void FileQuarantined(this ILogger logger, string file, IngestionOutcome outcome, string? reason, string? detail, string? documentId);

    [LoggerMessage(16, LogLevel.Warning, "Recovered {File} from stopped worker {StaleWorkerId}; processing it again")]
    public static partial void Recovered(this ILogger logger, string file, string staleWorkerId);

    [LoggerMessage(20, LogLevel.Error, "Inbox pass over {Inbox} failed; retrying in {Delay}")]
    public static partial void PassFailed(this ILogger logger, Exception exception, string inbox, TimeSpan delay);

    [LoggerMessage(21, LogLevel.Information, "Ingestion so far: {Ingested} ingested, {Unchanged} unchanged, {Quarantined} quarantined ({Summary})")]
    public static partial void Progress(this ILogger logger, long ingested, long unchanged, long quarantined, string summary);

    [LoggerMessage(22, LogLevel.Information, "Ingestion worker stopped: {Ingested} ingested, {Unchanged} unchanged, {Quarantined} quarantined ({Summary})")]
    public static partial void Stopped(this ILogger logger, long ingested, long unchanged, long quarantined, string summary);

    [LoggerMessage(23, LogLevel.Error, "Cannot prepare inbox {Inbox}; retrying")]
    public static partial void PrepareFailed(this ILogger logger, Exception exception, string inbox);

    [LoggerMessage(24, LogLevel.Warning, "Cannot watch {Inbox}; relying on the rescan every {Interval}")]
    public static partial void WatchFailed(this ILogger logger, Exception exception, string inbox, TimeSpan interval);

    [LoggerMessage(25, LogLevel.Warning, "Inbox watcher lost events; rescanning")]
    public static partial void WatcherError(this ILogger logger, Exception? exception);
}

using GraphRelations.Extraction.Model;

namespace GraphRelations.Ingestion;

/// <summary>What ingesting one document did.</summary>
public enum IngestionOutcome
{
    Inserted,
    Unchanged,
    Replaced,
    Quarantined,
}

/// <summary>
/// The result of one document through the pipeline. <see cref="DocumentId"/> is null when the input was refused
/// before it could be normalised; <see cref="Graph"/> is null when extraction did not run.
/// </summary>
/// <param name="Reason">A stable code (see <see cref="RejectionReasons"/>) when quarantined, otherwise null.</param>
/// <param name="Detail">A human explanation of <paramref name="Reason"/>.</param>
public sealed record IngestionResult(
    string? DocumentId,
    IngestionOutcome Outcome,
    string? Reason,
    int Meetings,
    DocumentGraph? Graph,
    string? Detail = null)
{
    public bool IsQuarantined => Outcome == IngestionOutcome.Quarantined;

    public static IngestionResult Rejected(string reason, string detail, string? documentId = null, DocumentGraph? graph = null) =>
        new(documentId, IngestionOutcome.Quarantined, reason, 0, graph, detail);
}

/// <summary>Why input was quarantined; stable codes that logs, error files and summaries share.</summary>
public static class RejectionReasons
{
    public const string Empty = "empty";
    public const string TooLarge = "too-large";
    public const string Binary = "binary";
    public const string NotUtf8 = "not-utf8";
    public const string NotText = "not-text";
    public const string OffGenre = "off-genre";
    public const string Vanished = "vanished";

    /// <summary>The file exists but could not be read (permissions, a failing disk, a symlink loop).</summary>
    public const string Unreadable = "unreadable";
    public const string ExtractionFailed = "extraction-failed";
    public const string StoreFailed = "store-failed";
}

using System.Text.Json;

namespace GraphRelations.Ingestion.Inbox;

/// <summary>The <c>&lt;name&gt;.error.json</c> written beside a quarantined file: why it is there.</summary>
public sealed record QuarantineRecord(
    string File,
    string Reason,
    string? Detail,
    DateTimeOffset QuarantinedAt,
    long? SizeBytes,
    string? DocumentId)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The error file's name for a quarantined file: <c>report.txt</c> gets <c>report.error.json</c>.</summary>
    public static string ErrorFileName(string quarantinedFileName) => Path.GetFileNameWithoutExtension(quarantinedFileName) + ".error.json";
}

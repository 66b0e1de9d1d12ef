namespace GraphRelations.Api.Seeding;

/// <summary>Folders of meeting records loaded at start (section <c>Ingestion</c>, key <c>SeedPaths</c>).</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>
    /// Folders whose <c>*.txt</c> files (subfolders included) are ingested in place when the service starts. Files are only read, never
    /// moved, so a read-only corpus works; ingestion is idempotent, so a restart changes nothing.
    /// </summary>
    public List<string> SeedPaths { get; } = [];
}

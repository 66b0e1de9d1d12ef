namespace GraphRelations.Ingestion;

/// <summary>Where the inbox worker looks for documents and where it puts them afterwards (section <c>Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Folder watched for new <c>*.txt</c> meeting records.</summary>
    public string InboxPath { get; set; } = "data/inbox";

    /// <summary>Where a file goes once its facts are committed (or found already there).</summary>
    public string ProcessedPath { get; set; } = "data/processed";

    /// <summary>Where bad input goes, each file next to a <c>&lt;name&gt;.error.json</c> saying why.</summary>
    public string QuarantinePath { get; set; } = "data/quarantine";

    /// <summary>Larger input is refused unread: meeting records are a few kilobytes.</summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>File system events can be lost (overflow, network shares); a periodic rescan catches what they miss.</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A file modified more recently than this may still be being written; it waits for the next pass.</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Most documents a bulk run (<c>ingest</c>, <c>bench-ingest</c>) commits in one store transaction: one fsync per
    /// batch instead of per document; a batch is also cut short whenever extraction has nothing more ready.
    /// </summary>
    public int BatchSize { get; set; } = 256;

    /// <summary>How often the worker logs its running totals.</summary>
    public TimeSpan SummaryInterval { get; set; } = TimeSpan.FromMinutes(1);
}

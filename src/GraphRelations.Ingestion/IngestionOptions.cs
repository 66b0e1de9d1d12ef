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

    /// <summary>Larger input is refused unread (413 <c>too-large</c>): meeting records are a few kilobytes (the corpus: at most 4 KB).</summary>
    public long MaxFileBytes { get; set; } = 1024 * 1024;

    /// <summary>More lines than this is a dump, not a record (413 <c>too-many-lines</c>; the corpus: at most 43).</summary>
    public int MaxLines { get; set; } = 2_000;

    /// <summary>
    /// More sentences (runs ending in . ! ? or a CJK full stop) than this is refused before extraction (413
    /// <c>too-many-sentences</c>; the corpus: at most 25), so no upload can flood a topic's timeline.
    /// </summary>
    public int MaxSentences { get; set; } = 1_000;

    /// <summary>A meeting with more statements than this is refused, not stored (422 <c>too-many-statements</c>; the corpus: at most 15).</summary>
    public int MaxStatementsPerMeeting { get; set; } = 200;

    /// <summary>File system events can be lost (overflow, network shares); a periodic rescan catches what they miss.</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A file modified more recently than this may still be being written; it waits for the next pass.</summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A file whose reading takes longer (a hung network share) is quarantined as <c>unreadable</c> instead of stalling the worker.</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Most documents a bulk run (<c>ingest</c>, <c>bench-ingest</c>) or an inbox pass (<c>watch</c>) commits in one store transaction: one fsync per
    /// batch instead of per document; a batch is also cut short whenever extraction has nothing more ready. 1024 rather than
    /// 256: the hot pages (people, topics, the upper levels of the id indexes) are written to the WAL once per commit, so
    /// fewer commits cost the writer less CPU per document (bench-ingest at 100,000 documents: +2% and +10% documents/s,
    /// writer CPU per document -5% and -12% in two alternated pairs; 2048 gave no more, because batches are rarely full).
    /// </summary>
    public int BatchSize { get; set; } = 1024;

    /// <summary>
    /// How many inputs a bulk run or an inbox pass reads and extracts at once, beside the one task that writes: extraction
    /// is the CPU half, so by default one per core. Results still reach the store and the caller in input order.
    /// </summary>
    public int ExtractionWorkers { get; set; } = Environment.ProcessorCount;

    /// <summary>How often the worker logs its running totals.</summary>
    public TimeSpan SummaryInterval { get; set; } = TimeSpan.FromMinutes(1);
}

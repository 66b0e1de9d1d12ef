namespace GraphRelations.Ingestion.Inbox;

/// <summary>What happened to one input file.</summary>
public enum FileStatus
{
    /// <summary>Its facts are committed (or were already); the file moved to processed (or stayed, in place).</summary>
    Processed,

    /// <summary>Refused; the file moved to quarantine beside an error file (or stayed, in place).</summary>
    Quarantined,

    /// <summary>Gone before it could be claimed: another worker took it, or it was deleted. Nothing to do.</summary>
    Skipped,

    /// <summary>The store failed; the file went back to the inbox to be tried again.</summary>
    Retry,
}

/// <param name="File">The file's name as it arrived.</param>
/// <param name="Result">The pipeline's result; null when the file was never read.</param>
/// <param name="MovedTo">Where the file is now, when it was moved.</param>
public sealed record FileOutcome(string File, FileStatus Status, IngestionResult? Result, string? MovedTo = null);

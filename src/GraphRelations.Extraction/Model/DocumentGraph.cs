namespace GraphRelations.Extraction.Model;

/// <summary>
/// Everything extracted from one meeting record, in the shape of the extraction output contract
/// (design.md). Offsets index <see cref="NormalizedDocument.Text"/>, the text the id hashes.
/// </summary>
/// <param name="Reason">Why no meeting was found (off-genre text), otherwise null.</param>
public sealed record DocumentGraph(
    string DocumentId,
    string Source,
    string? Title,
    DateOnly? PublishedOn,
    string ExtractorVersion,
    IReadOnlyList<Meeting> Meetings,
    string? Reason = null);

namespace GraphRelations.Extraction.Model;

/// <summary>
/// A principal of a meeting with the role held at the time. <see cref="OfficeId"/> and the term dates
/// come from the gazetteer when the person is in it; they are null for people recognised only by title.
/// </summary>
public sealed record Participant(
    string PersonId,
    string Name,
    string? Country,
    string? Role,
    string? OfficeId = null,
    DateOnly? TermFrom = null,
    DateOnly? TermTo = null);

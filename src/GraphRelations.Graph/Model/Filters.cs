namespace GraphRelations.Graph.Model;

/// <summary>
/// Narrows and pages a topic timeline. Null fields do not filter. <see cref="Page"/> counts from 1;
/// <see cref="StatementsPerMeeting"/> caps the statements shown per meeting (the entry still says how many there are).
/// </summary>
public sealed record TimelineFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    string? PersonId = null,
    string? Kind = null,
    int Page = 1,
    int PageSize = 20,
    int StatementsPerMeeting = 10);

/// <summary>Narrows and pages a meeting list. <see cref="Page"/> counts from 1.</summary>
public sealed record MeetingFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    string? PersonId = null,
    string? TopicId = null,
    string? Kind = null,
    int Page = 1,
    int PageSize = 20);

using GraphRelations.Graph.Model;

namespace GraphRelations.Api.Apis;

/// <summary>
/// A page of a topic timeline as the API sends it: the store's page plus links, the next and previous page
/// (null at either end) and, per meeting, where to read all of its statements when the cap hid some.
/// </summary>
public sealed record TimelinePage(
    string TopicId,
    string Name,
    int Page,
    int PageSize,
    int Total,
    string? Next,
    string? Previous,
    IReadOnlyList<TimelinePageEntry> Entries);

/// <summary>A timeline entry; <see cref="StatementCount"/> counts its statements about the topic, shown or not.</summary>
public sealed record TimelinePageEntry(
    MeetingSummary Meeting,
    IReadOnlyList<StatementView> Agreements,
    IReadOnlyList<StatementView> Positions,
    IReadOnlyList<string> NewSubtopics,
    IReadOnlyList<NamedThing> NewMentions,
    int StatementCount,
    string MeetingUrl);

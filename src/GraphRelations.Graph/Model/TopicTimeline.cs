namespace GraphRelations.Graph.Model;

/// <summary>
/// How a topic evolved: one page of the meetings that discussed it, in date order. <see cref="Total"/> counts
/// every meeting that matches the filter, on all pages.
/// </summary>
public sealed record TopicTimeline(string TopicId, string Name, IReadOnlyList<TimelineEntry> Entries, int Page, int PageSize, int Total);

/// <summary>
/// One meeting on a topic's timeline: the statements about the topic (agreements kept apart from unilateral
/// positions, agreements first when the cap cuts) and what was new there — subtopics and named things first
/// seen on this topic's timeline. <see cref="StatementCount"/> is how many statements about the topic the
/// meeting has, shown or not.
/// </summary>
public sealed record TimelineEntry(
    MeetingSummary Meeting,
    IReadOnlyList<StatementView> Agreements,
    IReadOnlyList<StatementView> Positions,
    IReadOnlyList<string> NewSubtopics,
    IReadOnlyList<NamedThing> NewMentions,
    int StatementCount);

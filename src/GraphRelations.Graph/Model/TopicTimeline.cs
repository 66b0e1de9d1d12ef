namespace GraphRelations.Graph.Model;

/// <summary>How a topic evolved: the meetings that discussed it, in date order.</summary>
public sealed record TopicTimeline(string TopicId, string Name, IReadOnlyList<TimelineEntry> Entries);

/// <summary>
/// One meeting on a topic's timeline: the statements about the topic (agreements kept apart from unilateral
/// positions) and what was new there — subtopics and named things first seen on this topic's timeline.
/// </summary>
public sealed record TimelineEntry(
    MeetingSummary Meeting,
    IReadOnlyList<StatementView> Agreements,
    IReadOnlyList<StatementView> Positions,
    IReadOnlyList<string> NewSubtopics,
    IReadOnlyList<NamedThing> NewMentions);

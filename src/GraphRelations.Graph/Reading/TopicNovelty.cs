using GraphRelations.Graph.Model;

namespace GraphRelations.Graph.Reading;

/// <summary>
/// What was new at each meeting of a topic's timeline: the meeting where each subtopic, and each named thing
/// mentioned by a statement about the topic, first appeared (timeline order: date, undated last, then id).
/// Built once per store version from two aggregates, so a page only looks up its own meetings.
/// </summary>
internal sealed class TopicNovelty
{
    private readonly ILookup<string, string> _subtopics;
    private readonly ILookup<string, NamedThing> _mentions;

    public TopicNovelty(IEnumerable<(string SubtopicId, string MeetingId)> firstSubtopics, IEnumerable<(NamedThing Thing, string MeetingId)> firstMentions)
    {
        _subtopics = firstSubtopics
            .OrderBy(s => s.SubtopicId, StringComparer.Ordinal)
            .ToLookup(s => s.MeetingId, s => s.SubtopicId, StringComparer.Ordinal);
        _mentions = firstMentions
            .OrderBy(m => m.Thing.Type, StringComparer.Ordinal).ThenBy(m => m.Thing.Id, StringComparer.Ordinal)
            .ToLookup(m => m.MeetingId, m => m.Thing, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> SubtopicsFirstAt(string meetingId) => [.. _subtopics[meetingId]];

    public IReadOnlyList<NamedThing> MentionsFirstAt(string meetingId) => [.. _mentions[meetingId]];
}

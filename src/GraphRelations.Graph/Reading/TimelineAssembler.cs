using GraphRelations.Extraction.Model;
using GraphRelations.Graph.Model;

namespace GraphRelations.Graph.Reading;

/// <summary>A meeting on a topic's unfiltered timeline, with the subtopics of the topic it discussed.</summary>
internal sealed record TimelineMeeting(MeetingSummary Meeting, IReadOnlyList<string> Subtopics);

/// <summary>A statement about the topic (or a subtopic) and the named things it mentions.</summary>
internal sealed record TimelineStatement(string MeetingId, StatementView Statement, IReadOnlyList<NamedThing> Mentions);

/// <summary>
/// Turns a topic's whole timeline into entries. Shared by both adapters so that "what was new" means the
/// same thing in both: novelty is judged against the topic's entire history, before the filter narrows
/// what is shown, so a from-date does not make old things look new.
/// </summary>
internal static class TimelineAssembler
{
    public static TopicTimeline Build(
        string topicId,
        string name,
        IReadOnlyList<TimelineMeeting> meetingsInDateOrder,
        IReadOnlyList<TimelineStatement> statements,
        TimelineFilter filter)
    {
        var byMeeting = statements
            .GroupBy(s => s.MeetingId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Statement.Source.DocumentId, StringComparer.Ordinal)
                .ThenBy(s => s.Statement.Source.Start).ToList(), StringComparer.Ordinal);

        var seenSubtopics = new HashSet<string>(StringComparer.Ordinal);
        var seenThings = new HashSet<(string, string)>();
        var entries = new List<TimelineEntry>();

        foreach (var meeting in meetingsInDateOrder)
        {
            var about = byMeeting.GetValueOrDefault(meeting.Meeting.Id) ?? [];
            var newSubtopics = meeting.Subtopics.Order(StringComparer.Ordinal).Where(seenSubtopics.Add).ToList();
            var newMentions = about
                .SelectMany(s => s.Mentions)
                .DistinctBy(t => (t.Type, t.Id))
                .OrderBy(t => t.Type, StringComparer.Ordinal).ThenBy(t => t.Id, StringComparer.Ordinal)
                .Where(t => seenThings.Add((t.Type, t.Id)))
                .ToList();

            if (!Matches(meeting.Meeting, filter))
            {
                continue;
            }

            entries.Add(new TimelineEntry(
                meeting.Meeting,
                [.. about.Where(s => s.Statement.Kind == StatementKinds.Agreement).Select(s => s.Statement)],
                [.. about.Where(s => s.Statement.Kind != StatementKinds.Agreement).Select(s => s.Statement)],
                newSubtopics,
                newMentions));
        }

        return new TopicTimeline(topicId, name, entries);
    }

    private static bool Matches(MeetingSummary meeting, TimelineFilter filter)
    {
        if (filter.From is { } from && (meeting.Date is not { } d1 || d1 < from))
        {
            return false;
        }

        if (filter.To is { } to && (meeting.Date is not { } d2 || d2 > to))
        {
            return false;
        }

        if (filter.Kind is { } kind && !string.Equals(meeting.Kind, kind, StringComparison.Ordinal))
        {
            return false;
        }

        return filter.PersonId is not { } person || meeting.Participants.Any(p => p.PersonId == person);
    }
}

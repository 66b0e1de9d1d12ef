using GraphRelations.Extraction.Model;
using GraphRelations.Graph.Model;

namespace GraphRelations.Graph.Reading;

/// <summary>A statement about the topic (or a subtopic) at a meeting on the page, and how many such the meeting has.</summary>
internal sealed record TimelineStatement(string MeetingId, StatementView Statement, int MeetingTotal);

/// <summary>
/// Turns one page of a topic's timeline into entries. Shared by both adapters so that "what was new" means the
/// same thing in both: novelty comes from <see cref="TopicNovelty"/>, judged against the topic's entire history,
/// so neither a from-date nor a later page makes old things look new.
/// </summary>
internal static class TimelineAssembler
{
    public static TopicTimeline Build(
        string topicId,
        string name,
        MeetingPage meetings,
        IReadOnlyList<TimelineStatement> statements,
        TopicNovelty novelty)
    {
        var byMeeting = statements
            .GroupBy(s => s.MeetingId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Statement.Source.DocumentId, StringComparer.Ordinal)
                .ThenBy(s => s.Statement.Source.Start).ToList(), StringComparer.Ordinal);

        var entries = meetings.Items.Select(meeting =>
        {
            var about = byMeeting.GetValueOrDefault(meeting.Id) ?? [];
            return new TimelineEntry(
                meeting,
                [.. about.Where(s => s.Statement.Kind == StatementKinds.Agreement).Select(s => s.Statement)],
                [.. about.Where(s => s.Statement.Kind != StatementKinds.Agreement).Select(s => s.Statement)],
                novelty.SubtopicsFirstAt(meeting.Id),
                novelty.MentionsFirstAt(meeting.Id),
                about.Count == 0 ? 0 : about[0].MeetingTotal);
        }).ToList();

        return new TopicTimeline(topicId, name, entries, meetings.Page, meetings.PageSize, meetings.Total);
    }
}

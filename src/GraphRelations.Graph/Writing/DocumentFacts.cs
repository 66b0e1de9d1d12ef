using System.Globalization;
using GraphRelations.Extraction.Model;

namespace GraphRelations.Graph.Writing;

/// <summary>
/// One document flattened into the rows both adapters write. Deciding here (not in each adapter) which
/// rows exist — statement ids, which statement a mention falls in, which mention types are labels — is
/// what keeps the two adapters' answers the same.
/// </summary>
internal sealed record DocumentFacts(
    DocumentRow Document,
    IReadOnlyList<MeetingRow> Meetings,
    IReadOnlyList<AttendanceRow> Attendance,
    IReadOnlyList<HeldRow> Held,
    IReadOnlyList<DiscussionRow> Discussions,
    IReadOnlyList<StatementRow> Statements,
    IReadOnlyList<MentionRow> Mentions)
{
    public static DocumentFacts From(DocumentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var graph = record.Graph;
        var documentId = graph.DocumentId;

        var document = new DocumentRow(
            documentId,
            graph.Source,
            graph.Title,
            IsoDate.Format(graph.PublishedOn),
            graph.ExtractorVersion,
            record.IngestedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            record.Text);

        var meetings = new Dictionary<string, MeetingRow>(StringComparer.Ordinal);
        var attendance = new Dictionary<(string, string), AttendanceRow>();
        var held = new Dictionary<(string, string, string?), HeldRow>();
        var discussions = new Dictionary<(string, string), DiscussionRow>();
        var statements = new Dictionary<string, StatementRow>(StringComparer.Ordinal);
        var mentions = new Dictionary<(string, string, string), MentionRow>();

        foreach (var meeting in graph.Meetings)
        {
            meetings.TryAdd(meeting.Id, new MeetingRow(
                meeting.Id, meeting.Kind, IsoDate.Format(meeting.Date), meeting.City, meeting.Country,
                meeting.Occasion, meeting.DurationMinutes, meeting.SequenceNumber));

            foreach (var p in meeting.Participants)
            {
                attendance.TryAdd((meeting.Id, p.PersonId), new AttendanceRow(meeting.Id, p.PersonId, p.Name, p.Country, p.Role));
                if (p.OfficeId is not null)
                {
                    var from = IsoDate.Format(p.TermFrom);
                    held.TryAdd((p.PersonId, p.OfficeId, from), new HeldRow(p.PersonId, p.OfficeId, from, IsoDate.Format(p.TermTo)));
                }
            }

            foreach (var t in meeting.Topics)
            {
                discussions.TryAdd((meeting.Id, t.TopicId), new DiscussionRow(meeting.Id, t.TopicId, t.Heading, t.Order));
            }

            var meetingStatements = new List<StatementRow>();
            foreach (var s in meeting.Statements)
            {
                var id = StatementIdOf(documentId, s.Start);
                var row = new StatementRow(
                    id, meeting.Id, s.Kind, s.Verb, s.Text, s.Start, s.End,
                    [.. s.Speakers.Distinct(StringComparer.Ordinal)],
                    [.. s.Topics.Distinct(StringComparer.Ordinal)]);
                if (statements.TryAdd(id, row))
                {
                    meetingStatements.Add(row);
                }
            }

            foreach (var m in meeting.Mentions)
            {
                if (!MentionTypes.All.Contains(m.Type, StringComparer.Ordinal))
                {
                    continue; // a type that is not a label of the model has nowhere to go
                }

                // Mentions are recorded once per meeting at their first occurrence; the statement whose sentence
                // holds that occurrence is the one that mentions it.
                var statementId = meetingStatements.FirstOrDefault(s => s.Start <= m.Start && m.Start < s.End)?.Id;
                mentions.TryAdd((meeting.Id, m.Type, m.EntityId), new MentionRow(meeting.Id, m.EntityId, m.Type, m.Name, statementId));
            }
        }

        return new DocumentFacts(
            document, [.. meetings.Values], [.. attendance.Values], [.. held.Values], [.. discussions.Values],
            [.. statements.Values], [.. mentions.Values]);
    }

    /// <summary>
    /// A statement's id: the first 16 hex digits of its document's id (64 bits: a collision needs billions of documents)
    /// and its offset. Every statement id is stored in the statement row and again in each MADE, ABOUT and MENTIONS row and
    /// their indexes, so the full 64-digit document id here was most of the store's size.
    /// </summary>
    public static string StatementIdOf(string documentId, int start)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        return $"{documentId[..Math.Min(16, documentId.Length)]}:{start.ToString(CultureInfo.InvariantCulture)}";
    }
}

internal sealed record DocumentRow(string Id, string Source, string? Title, string? PublishedOn, string ExtractorVersion, string IngestedAt, string Text);

internal sealed record MeetingRow(string Id, string Kind, string? Date, string? City, string? Country, string? Occasion, int? DurationMinutes, int? SequenceNumber);

internal sealed record AttendanceRow(string MeetingId, string PersonId, string Name, string? Country, string? Role);

internal sealed record HeldRow(string PersonId, string OfficeId, string? TermFrom, string? TermTo);

internal sealed record DiscussionRow(string MeetingId, string TopicId, string? Heading, int Order);

internal sealed record StatementRow(
    string Id, string MeetingId, string Kind, string Verb, string Text, int Start, int End,
    IReadOnlyList<string> Speakers, IReadOnlyList<string> Topics);

internal sealed record MentionRow(string MeetingId, string EntityId, string Type, string Name, string? StatementId);

/// <summary>Dates cross both stores as ISO "yyyy-MM-dd" text.</summary>
internal static class IsoDate
{
    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string? text) =>
        string.IsNullOrEmpty(text) ? null : DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

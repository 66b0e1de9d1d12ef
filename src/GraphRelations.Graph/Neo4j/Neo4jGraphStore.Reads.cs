using System.Text.Json;
using GraphRelations.Graph.Model;
using GraphRelations.Graph.Reading;

namespace GraphRelations.Graph.Neo4j;

/// <summary>The read side: each query returns maps shaped like the read models, deserialised as they come.</summary>
public sealed partial class Neo4jGraphStore
{
    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        var counts = GraphVocabulary.NewCounts();
        var nodes = await QueryAsync("read-count-nodes", null, cancellationToken).ConfigureAwait(false);
        foreach (var row in nodes.Rows)
        {
            counts.AddNodes(nodes.Value<string>(row, "label"), nodes.Value<long>(row, "count"));
        }

        var relationships = await QueryAsync("read-count-relationships", null, cancellationToken).ConfigureAwait(false);
        foreach (var row in relationships.Rows)
        {
            counts.AddRelationships(relationships.Value<string>(row, "type"), relationships.Value<long>(row, "count"));
        }

        return counts.Build();
    }

    public async Task<IReadOnlyList<TopicSummary>> GetTopicsAsync(CancellationToken cancellationToken = default) =>
        (await QueryAsync("read-topics", null, cancellationToken).ConfigureAwait(false)).Values<TopicSummary>("topic");

    public async Task<TopicTimeline?> GetTopicTimelineAsync(string topicId, TimelineFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var topic = await QueryAsync("read-topic", new { topicId }, cancellationToken).ConfigureAwait(false);
        if (topic.Rows.Count == 0)
        {
            return null;
        }

        var meetings = await QueryAsync("read-timeline-meetings", new { topicId }, cancellationToken).ConfigureAwait(false);
        var statements = await QueryAsync("read-timeline-statements", new { topicId }, cancellationToken).ConfigureAwait(false);
        return TimelineAssembler.Build(
            topicId,
            topic.Value<string>(topic.Rows[0], "name"),
            [.. meetings.Rows.Select(r => new TimelineMeeting(meetings.Value<MeetingSummary>(r, "meeting"), meetings.Value<string[]>(r, "subtopics")))],
            [.. statements.Rows.Select(r => new TimelineStatement(
                statements.Value<string>(r, "meetingId"),
                statements.Value<StatementView>(r, "statement"),
                statements.Value<NamedThing[]>(r, "mentions")))],
            filter);
    }

    public async Task<MeetingPage> FindMeetingsAsync(MeetingFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var page = Math.Max(1, filter.Page);
        var size = Math.Max(1, filter.PageSize);
        var from = IsoDateText(filter.From);
        var to = IsoDateText(filter.To);
        var total = await QueryAsync("read-meetings-count", new { from, to, kind = filter.Kind, personId = filter.PersonId, topicId = filter.TopicId }, cancellationToken)
            .ConfigureAwait(false);
        var items = await QueryAsync(
            "read-meetings-page",
            new { from, to, kind = filter.Kind, personId = filter.PersonId, topicId = filter.TopicId, skip = (long)(page - 1) * size, limit = size },
            cancellationToken).ConfigureAwait(false);
        return new MeetingPage(items.Values<MeetingSummary>("meeting"), page, size, (int)total.Value<long>(total.Rows[0], "total"));
    }

    public async Task<MeetingDetail?> GetMeetingAsync(string meetingId, CancellationToken cancellationToken = default) =>
        Single<MeetingDetail>(await QueryAsync("read-meeting", new { meetingId }, cancellationToken).ConfigureAwait(false), "detail");

    public async Task<IReadOnlyList<PersonSummary>> GetPeopleAsync(CancellationToken cancellationToken = default) =>
        (await QueryAsync("read-people", null, cancellationToken).ConfigureAwait(false)).Values<PersonSummary>("person");

    public async Task<PersonDetail?> GetPersonAsync(string personId, CancellationToken cancellationToken = default) =>
        Single<PersonDetail>(await QueryAsync("read-person", new { personId }, cancellationToken).ConfigureAwait(false), "detail");

    public async Task<StoredDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        Single<StoredDocument>(await QueryAsync("read-document", new { documentId }, cancellationToken).ConfigureAwait(false), "document");

    private static T? Single<T>(QueryResult result, string field)
        where T : class =>
        result.Rows.Count == 0 ? null : result.Value<T>(result.Rows[0], field);

    private static string? IsoDateText(DateOnly? date) => Writing.IsoDate.Format(date);

    internal static JsonSerializerOptions Json => QueryResult.Json;
}

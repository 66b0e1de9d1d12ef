using System.Globalization;
using System.Text.Json;
using GraphRelations.Graph.Model;
using GraphRelations.Graph.Reading;
using Microsoft.Data.Sqlite;

namespace GraphRelations.Graph.Embedded;

/// <summary>The read side: every question runs in one read transaction, so it sees one consistent snapshot.</summary>
public sealed partial class EmbeddedGraphStore
{
    private readonly StoreReadCache _readCache = new();

    public Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(async (c, ct) =>
        {
            var counts = GraphVocabulary.NewCounts();
            foreach (var (label, count) in await c.Command(EmbeddedReadSql.CountNodes).ListAsync(r => (r.GetString(0), r.GetInt64(1)), ct).ConfigureAwait(false))
            {
                counts.AddNodes(label, count);
            }

            foreach (var (type, count) in await c.Command(EmbeddedReadSql.CountRelationships).ListAsync(r => (r.GetString(0), r.GetInt64(1)), ct).ConfigureAwait(false))
            {
                counts.AddRelationships(type, count);
            }

            return counts.Build();
        }, cancellationToken);

    public Task<string> GetVersionAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(VersionAsync, cancellationToken);

    public Task<bool> TopicExistsAsync(string topicId, CancellationToken cancellationToken = default) =>
        ReadAsync(async (c, ct) => Convert.ToInt64(
            await c.Command(EmbeddedReadSql.TopicExists).With("@topicId", topicId).ExecuteScalarAsync(ct).ConfigureAwait(false),
            CultureInfo.InvariantCulture) == 1, cancellationToken);

    public Task<bool> PersonExistsAsync(string personId, CancellationToken cancellationToken = default) =>
        ReadAsync(async (c, ct) => Convert.ToInt64(
            await c.Command(EmbeddedReadSql.PersonExists).With("@personId", personId).ExecuteScalarAsync(ct).ConfigureAwait(false),
            CultureInfo.InvariantCulture) == 1, cancellationToken);

    // The counts cover the whole graph, so they are computed once per store version.
    public Task<IReadOnlyList<TopicSummary>> GetTopicsAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(async (c, ct) => await _readCache.GetOrComputeAsync<IReadOnlyList<TopicSummary>>(
            await VersionAsync(c, ct).ConfigureAwait(false),
            "topics",
            async () => await c.Command(EmbeddedReadSql.Topics).ListAsync(
                r => new TopicSummary(r.GetString(0), r.GetString(1), r.NullableString(2), r.GetInt32(3), r.NullableDate(4), r.NullableDate(5)),
                ct).ConfigureAwait(false)).ConfigureAwait(false),
            cancellationToken);

    public Task<TopicTimeline?> GetTopicTimelineAsync(string topicId, TimelineFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ReadAsync(async (c, ct) =>
        {
            if (await c.Command(EmbeddedReadSql.TopicName).With("@topicId", topicId).ExecuteScalarAsync(ct).ConfigureAwait(false) is not string name)
            {
                return null;
            }

            var version = await VersionAsync(c, ct).ConfigureAwait(false);
            var (meetings, keys) = await MeetingPageAsync(
                c, version, new MeetingFilter(filter.From, filter.To, filter.PersonId, topicId, filter.Kind, filter.Page, filter.PageSize), ct).ConfigureAwait(false);

            var statementRows = await c.Command(EmbeddedReadSql.TimelineStatements).With("@topicId", topicId)
                .WithKeys("@meetings", keys).With("@limit", Math.Max(1, filter.StatementsPerMeeting))
                .ListAsync(r => (Row: StatementRowOf(r), Total: r.GetInt32(9)), ct).ConfigureAwait(false);
            var views = await StatementViewsAsync(c, [.. statementRows.Select(s => s.Row)], ct).ConfigureAwait(false);
            var statements = statementRows.Select((s, i) => new TimelineStatement(s.Row.MeetingId, views[i], s.Total)).ToList();

            var novelty = await _readCache.GetOrComputeAsync(
                version, CacheKey("novelty", topicId), () => NoveltyAsync(c, topicId, ct)).ConfigureAwait(false);
            return TimelineAssembler.Build(topicId, name, meetings, statements, novelty);
        }, cancellationToken);
    }

    public Task<MeetingPage> FindMeetingsAsync(MeetingFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ReadAsync(async (c, ct) => (await MeetingPageAsync(c, await VersionAsync(c, ct).ConfigureAwait(false), filter, ct).ConfigureAwait(false)).Page, cancellationToken);
    }

    /// <summary>
    /// One page of a filtered meeting list. The total and the page anchors come from one pass over the list's
    /// sort keys per store version; the page itself seeks to its anchor on meetings_order and reads its rows.
    /// </summary>
    private async Task<(MeetingPage Page, IReadOnlyList<long> Keys)> MeetingPageAsync(SqliteTransaction c, string version, MeetingFilter filter, CancellationToken ct)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Max(1, filter.PageSize);
        var from = Writing.IsoDate.Format(filter.From);
        var to = Writing.IsoDate.Format(filter.To);
        var shape = new MeetingListShape(from is not null, to is not null, filter.Kind is not null, filter.PersonId is not null, filter.TopicId is not null, Anchored: false);
        SqliteCommand Filtered(string sql) => c.Command(sql)
            .With("@from", from).With("@to", to).With("@kind", filter.Kind).With("@personId", filter.PersonId).With("@topicId", filter.TopicId);

        var anchors = await _readCache.GetOrComputeAsync(
            version,
            CacheKey("meetings", from, to, filter.Kind, filter.PersonId, filter.TopicId),
            async () => new PageAnchors(await Filtered(shape is { Topic: true, Kind: false, Person: false }
                    ? EmbeddedReadSql.TopicMeetingKeys(shape.From, shape.To)
                    : EmbeddedReadSql.MeetingList(shape, page: false))
                .ListAsync(r => (r.GetString(0), r.GetInt64(1)), ct).ConfigureAwait(false)))
            .ConfigureAwait(false);

        var offset = (long)(page - 1) * size;
        List<MeetingRecord> rows = [];
        if (offset < anchors.Total)
        {
            var (anchor, skip) = anchors.Seek(offset);
            rows = await Filtered(EmbeddedReadSql.MeetingList(shape with { Anchored = anchor is not null }, page: true))
                .With("@anchor", anchor).With("@limit", size).With("@skip", skip)
                .ListAsync(MeetingRowOf, ct).ConfigureAwait(false);
        }

        var items = await WithAttendeesAsync(c, rows, ct).ConfigureAwait(false);
        return (new MeetingPage(items, page, size, checked((int)anchors.Total)), [.. rows.Select(m => m.Key)]);
    }

    private static async Task<TopicNovelty> NoveltyAsync(SqliteTransaction c, string topicId, CancellationToken ct)
    {
        var subtopics = await c.Command(EmbeddedReadSql.FirstSubtopics).With("@topicId", topicId)
            .ListAsync(r => (r.GetString(0), MeetingIdOfKey(r.GetString(1))), ct).ConfigureAwait(false);
        var mentions = await c.Command(EmbeddedReadSql.FirstMentions).With("@topicId", topicId)
            .ListAsync(r => (NamedThingOf(r), MeetingIdOfKey(r.GetString(3))), ct).ConfigureAwait(false);
        return new TopicNovelty(subtopics, mentions);
    }

    // "key id", where the key (a date or '~') holds no space.
    private static string MeetingIdOfKey(string keyAndId) => keyAndId[(keyAndId.IndexOf(' ', StringComparison.Ordinal) + 1)..];

    private static string CacheKey(params string?[] parts) => JsonSerializer.Serialize(parts);

    private static async Task<string> VersionAsync(SqliteTransaction c, CancellationToken ct) =>
        (string)(await c.Command(EmbeddedReadSql.Version).ExecuteScalarAsync(ct).ConfigureAwait(false))!;

    public Task<MeetingDetail?> GetMeetingAsync(string meetingId, CancellationToken cancellationToken = default) =>
        ReadAsync(async (c, ct) =>
        {
            var rows = await c.Command(EmbeddedReadSql.MeetingById).With("@meetingId", meetingId).ListAsync(MeetingRowOf, ct).ConfigureAwait(false);
            if (rows.Count == 0)
            {
                return null;
            }

            var meeting = (await WithAttendeesAsync(c, rows, ct).ConfigureAwait(false))[0];
            var key = rows[0].Key;
            var topics = await c.Command(EmbeddedReadSql.MeetingTopics).With("@meeting", key)
                .ListAsync(r => new DiscussedTopic(r.GetString(0), r.GetString(1), r.NullableString(2), r.GetInt32(3)), ct).ConfigureAwait(false);
            var statementRows = await c.Command(EmbeddedReadSql.MeetingStatements).With("@meeting", key)
                .ListAsync(StatementRowOf, ct).ConfigureAwait(false);
            var statements = await StatementViewsAsync(c, statementRows, ct).ConfigureAwait(false);
            var mentions = await c.Command(EmbeddedReadSql.MeetingMentions).With("@meeting", key)
                .ListAsync(NamedThingOf, ct).ConfigureAwait(false);
            var documents = await c.Command(EmbeddedReadSql.MeetingDocuments).With("@meeting", key)
                .ListAsync(DocumentSummaryOf, ct).ConfigureAwait(false);
            return new MeetingDetail(meeting, topics, statements, mentions, documents);
        }, cancellationToken);

    // Meeting counts cover the whole archive: computed once per store version, like the topics.
    public Task<IReadOnlyList<PersonSummary>> GetPeopleAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(async (c, ct) => await _readCache.GetOrComputeAsync<IReadOnlyList<PersonSummary>>(
            await VersionAsync(c, ct).ConfigureAwait(false),
            "people",
            async () => await c.Command(EmbeddedReadSql.People)
                .ListAsync(r => new PersonSummary(r.GetString(0), r.GetString(1), r.NullableString(2), r.GetInt32(3)), ct).ConfigureAwait(false))
            .ConfigureAwait(false),
            cancellationToken);

    public Task<PersonDetail?> GetPersonAsync(string personId, CancellationToken cancellationToken = default) =>
        ReadAsync(async (c, ct) =>
        {
            var people = await c.Command(EmbeddedReadSql.PersonById).With("@personId", personId)
                .ListAsync(r => (Person: new PersonSummary(r.GetString(0), r.GetString(1), r.NullableString(2), r.GetInt32(3)),
                    Aliases: JsonSerializer.Deserialize<string[]>(r.GetString(4)) ?? []), ct).ConfigureAwait(false);
            if (people.Count == 0)
            {
                return null;
            }

            var (person, aliases) = people[0];
            var offices = await c.Command(EmbeddedReadSql.PersonOffices).With("@personId", personId)
                .ListAsync(r => new OfficeTerm(r.GetString(0), r.GetString(1), r.NullableDate(2), r.NullableDate(3)), ct).ConfigureAwait(false);
            var meetingRows = await c.Command(EmbeddedReadSql.RecentMeetingsOfPerson).With("@personId", personId)
                .With("@limit", PersonDetail.RecentMeetingLimit).ListAsync(MeetingRowOf, ct).ConfigureAwait(false);
            var meetings = await WithAttendeesAsync(c, meetingRows, ct).ConfigureAwait(false);
            var counterparts = await c.Command(EmbeddedReadSql.Counterparts).With("@personId", personId)
                .ListAsync(r => new Counterpart(r.GetString(0), r.GetString(1), r.NullableString(2), r.GetInt32(3), r.NullableDate(4), r.NullableDate(5)), ct)
                .ConfigureAwait(false);
            var topics = await c.Command(EmbeddedReadSql.PersonTopics).With("@personId", personId)
                .ListAsync(r => new TopicCount(r.GetString(0), r.GetString(1), r.GetInt32(2)), ct).ConfigureAwait(false);
            return new PersonDetail(person, [.. aliases.Order(StringComparer.Ordinal)], offices, meetings, counterparts, topics);
        }, cancellationToken);

    public Task<StoredDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        ReadAsync(async (c, ct) =>
        {
            var documents = await c.Command(EmbeddedReadSql.DocumentById).With("@documentId", documentId)
                .ListAsync(r => (Summary: DocumentSummaryOf(r), Text: r.GetString(6)), ct).ConfigureAwait(false);
            if (documents.Count == 0)
            {
                return null;
            }

            var meetingIds = await c.Command(EmbeddedReadSql.DocumentMeetings).With("@documentId", documentId)
                .ListAsync(r => r.GetString(0), ct).ConfigureAwait(false);
            return new StoredDocument(documents[0].Summary, documents[0].Text, meetingIds);
        }, cancellationToken);

    private async Task<T> ReadAsync<T>(Func<SqliteTransaction, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: true);
        return await read(transaction, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A meeting's row and its key, for the reads that follow on the same page.</summary>
    private sealed record MeetingRecord(long Key, MeetingSummary Meeting);

    private static MeetingRecord MeetingRowOf(SqliteDataReader r) => new(
        r.GetInt64(8),
        new MeetingSummary(
            r.GetString(0), r.GetString(1), r.NullableDate(2), r.NullableString(3), r.NullableString(4), r.NullableString(5),
            r.NullableInt(6), r.NullableInt(7), []));

    private static async Task<List<MeetingSummary>> WithAttendeesAsync(SqliteTransaction c, IReadOnlyList<MeetingRecord> meetings, CancellationToken ct)
    {
        if (meetings.Count == 0)
        {
            return [];
        }

        var attendees = (await c.Command(EmbeddedReadSql.Attendees).WithKeys("@meetings", meetings.Select(m => m.Key))
                .ListAsync(r => (Meeting: r.GetInt64(0), Attendee: new Attendee(r.GetString(1), r.GetString(2), r.NullableString(3), r.NullableString(4))), ct)
                .ConfigureAwait(false))
            .ToLookup(a => a.Meeting, a => a.Attendee);
        return [.. meetings.Select(m => m.Meeting with { Participants = [.. attendees[m.Key]] })];
    }

    /// <summary>A statement's row; <see cref="Document"/> is its document's key, <see cref="DocumentId"/> its public id.</summary>
    private sealed record StatementRecord(string DocumentId, int Start, int End, string MeetingId, string Kind, string Verb, string Text, long Document)
    {
        public string Id => Writing.DocumentFacts.StatementIdOf(DocumentId, Start);
    }

    private static StatementRecord StatementRowOf(SqliteDataReader r) =>
        new(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetInt64(7));

    private static async Task<List<StatementView>> StatementViewsAsync(SqliteTransaction c, IReadOnlyList<StatementRecord> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var keys = JsonSerializer.Serialize(rows.Select(s => new[] { s.Document, s.Start }));
        async Task<ILookup<(long, int), string>> IdsByStatementAsync(string sql) =>
            (await c.Command(sql).With("@statements", keys)
                .ListAsync(r => (Key: (r.GetInt64(0), r.GetInt32(1)), Id: r.GetString(2)), ct).ConfigureAwait(false))
            .ToLookup(x => x.Key, x => x.Id);

        var speakers = await IdsByStatementAsync(EmbeddedReadSql.StatementSpeakers).ConfigureAwait(false);
        var topics = await IdsByStatementAsync(EmbeddedReadSql.StatementTopics).ConfigureAwait(false);
        return [.. rows.Select(s => new StatementView(
            s.Id, s.Kind, s.Verb, s.Text, [.. speakers[(s.Document, s.Start)]], [.. topics[(s.Document, s.Start)]], new Provenance(s.DocumentId, s.Start, s.End)))];
    }

    private static NamedThing NamedThingOf(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2));

    private static DocumentSummary DocumentSummaryOf(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.NullableString(2), r.NullableDate(3), r.GetString(4),
        DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
}

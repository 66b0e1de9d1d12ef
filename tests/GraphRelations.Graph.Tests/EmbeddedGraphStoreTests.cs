using GraphRelations.Graph.Embedded;
using GraphRelations.Graph.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static GraphRelations.Graph.Tests.SampleDocuments;

namespace GraphRelations.Graph.Tests;

/// <summary>The contract against the embedded SQLite store: a fresh file per test under a per-class temp folder.</summary>
public sealed class EmbeddedGraphStoreTests : GraphStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graphrelations-store-").FullName;
    private readonly List<EmbeddedGraphStore> _stores = [];
    private string _path = string.Empty;

    protected override async Task<IGraphStore> EmptyStoreAsync()
    {
        _path = Path.Combine(_folder, $"{Guid.NewGuid():N}.db");
        var store = Open(_path);
        await store.InitializeAsync(Ct);
        return store;
    }

    protected override Task<IGraphStore> SecondClientAsync() => Task.FromResult<IGraphStore>(Open(_path));

    [Fact]
    public async Task Data_survives_closing_and_reopening_the_file()
    {
        var store = (EmbeddedGraphStore)await EmptyStoreAsync();
        foreach (var document in All())
        {
            await store.WriteDocumentAsync(document, Ct);
        }

        var before = await store.CountAsync(Ct);
        var summitBefore = Json(await store.GetMeetingAsync(SummitId, Ct));
        store.Dispose();
        _stores.Remove(store);

        using var reopened = new EmbeddedGraphStore(
            Options.Create(new EmbeddedStoreOptions { EmbeddedPath = _path }), new TestKnowledge(), NullLogger<EmbeddedGraphStore>.Instance);

        AssertSameCounts(before, await reopened.CountAsync(Ct));
        Assert.Equal(summitBefore, Json(await reopened.GetMeetingAsync(SummitId, Ct)));
        Assert.Equal(WriteOutcome.Unchanged, await reopened.WriteDocumentAsync(SummitKantei(), Ct));
        Assert.True(File.Exists(_path));
    }

    [Fact]
    public async Task The_file_is_in_write_ahead_log_mode()
    {
        var store = (EmbeddedGraphStore)await EmptyStoreAsync();
        await store.WriteDocumentAsync(Phone(), Ct);

        await using var connection = new SqliteConnection($"Data Source={store.FilePath};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task Writes_replacements_and_deletions_leave_no_row_pointing_at_a_missing_one()
    {
        var store = (EmbeddedGraphStore)await EmptyStoreAsync();
        await store.WriteDocumentsAsync(All(), Ct);
        await store.WriteDocumentAsync(SummitKantei("v2"), Ct);
        await store.DeleteDocumentAsync(Id("b2"), Ct);
        await store.DeleteDocumentAsync(Id("d4"), Ct);
        await store.WriteDocumentAsync(Phone(), Ct);

        // The store does not enforce foreign keys per statement (for speed); the check proves the writer keeps them.
        Assert.Empty(await QueryAsync(store.FilePath, "PRAGMA foreign_key_check;"));
        // Every support count is the number of documents that gave the relationship.
        Assert.Empty(await QueryAsync(store.FilePath, """
            SELECT 'attended' FROM attended a WHERE support <> (SELECT count(*) FROM attended_support s WHERE s.meeting = a.meeting AND s.person = a.person)
            UNION ALL SELECT 'discussed' FROM discussed d WHERE support <> (SELECT count(*) FROM discussed_support s WHERE s.meeting = d.meeting AND s.topic = d.topic)
            UNION ALL SELECT 'mentions' FROM meeting_mentions m WHERE support <> (SELECT count(*) FROM meeting_mentions_support s WHERE s.meeting = m.meeting AND s.thing = m.thing);
            """));
    }

    [Fact]
    public async Task A_statement_is_read_from_its_documents_text_and_kept_only_when_it_differs_from_it()
    {
        var store = (EmbeddedGraphStore)await EmptyStoreAsync();
        var phone = Phone();
        var meeting = phone.Graph.Meetings[0];
        var statement = meeting.Statements[0];
        // A statement whose text is not the document's text at its offsets (no extractor makes one, but the store must not lose it).
        var odd = phone with { Graph = phone.Graph with { Meetings = [meeting with { Statements = [statement with { Text = "Not what the offsets hold." }] }] } };
        await store.WriteDocumentAsync(SummitKantei(), Ct);
        await store.WriteDocumentAsync(odd, Ct);

        var summit = await store.GetMeetingAsync(SummitId, Ct);
        var text = SummitKantei().Text;
        Assert.All(summit!.Statements, s => Assert.Equal(text[s.Source.Start..s.Source.End], s.Text));
        Assert.Equal("Not what the offsets hold.", (await store.GetMeetingAsync(PhoneId, Ct))!.Statements.Single().Text);
        Assert.Equal(["Not what the offsets hold."], (await QueryAsync(store.FilePath, "SELECT text FROM statements WHERE text IS NOT NULL;")).Select(r => r[0]));
    }

    [Fact]
    public async Task A_store_file_of_another_format_is_refused_with_what_to_do_and_left_untouched()
    {
        var path = Path.Combine(_folder, "old.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE documents (id TEXT PRIMARY KEY, text TEXT); INSERT INTO documents VALUES ('a', 'kept');";
            await command.ExecuteNonQueryAsync(Ct);
        }

        var before = await File.ReadAllBytesAsync(path, Ct);
        var store = Open(path);

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync(Ct));
        Assert.Contains("format 0", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("ingest", refusal.Message, StringComparison.Ordinal);
        store.Dispose();
        _stores.Remove(store);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await File.ReadAllBytesAsync(path, Ct));
    }

    [Fact]
    public async Task A_format_2_file_is_upgraded_in_place_and_answers_as_before()
    {
        var store = (EmbeddedGraphStore)await EmptyStoreAsync();
        foreach (var document in All().Append(Talk("f6", new DateOnly(2015, 6, 1), "Shikotan")))
        {
            await store.WriteDocumentAsync(document, Ct);
        }

        async Task<string> Answers(IGraphStore s) => Json(new object?[]
        {
            await s.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(), Ct),
            await s.GetTopicTimelineAsync("north-korea", new TimelineFilter(From: MinistersDate), Ct),
            await s.FindMeetingsAsync(new MeetingFilter(TopicId: "territorial-issue", PageSize: 2, Page: 2), Ct),
            await s.GetTopicsAsync(Ct),
        });

        var before = await Answers(store);
        var mentions = await QueryAsync(_path, "SELECT doc, start, thing, topic, meeting, key FROM topic_mentions ORDER BY 1, 2, 3, 4;");
        store.Dispose();
        _stores.Remove(store);
        // What format 2 was: no timeline key on discussed, no topic_mentions.
        await QueryAsync(_path, """
            DROP TRIGGER meetings_key_update; DROP TABLE topic_mentions; DROP INDEX discussed_timeline;
            ALTER TABLE discussed DROP COLUMN key; CREATE INDEX discussed_topic ON discussed(topic); PRAGMA user_version = 2;
            """);

        var upgraded = Open(_path);
        await upgraded.InitializeAsync(Ct);

        Assert.Equal(before, await Answers(upgraded));
        Assert.Equal(mentions, await QueryAsync(_path, "SELECT doc, start, thing, topic, meeting, key FROM topic_mentions ORDER BY 1, 2, 3, 4;"));
        Assert.Equal(3L, (await QueryAsync(_path, "PRAGMA user_version;"))[0][0]);
        Assert.Equal(WriteOutcome.Inserted, await upgraded.WriteDocumentAsync(Talk("f7", null, "Kunashiri"), Ct));
    }

    private static async Task<List<object?[]>> QueryAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(Ct))
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }

        return rows;
    }

    private EmbeddedGraphStore Open(string path)
    {
        var store = new EmbeddedGraphStore(
            Options.Create(new EmbeddedStoreOptions { EmbeddedPath = path }), new TestKnowledge(), NullLogger<EmbeddedGraphStore>.Instance);
        _stores.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }
}

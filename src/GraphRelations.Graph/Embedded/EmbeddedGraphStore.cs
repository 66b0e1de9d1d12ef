using GraphRelations.Extraction;
using GraphRelations.Graph.Model;
using GraphRelations.Graph.Reading;
using GraphRelations.Graph.Writing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphRelations.Graph.Embedded;

/// <summary>
/// The default store: a SQLite file in WAL mode. Each document is written in one IMMEDIATE transaction, so
/// two processes writing the same document serialise on the file lock and the second sees the first's work.
/// </summary>
public sealed partial class EmbeddedGraphStore : IGraphStore, IDisposable
{
    private readonly string _connectionString;
    private readonly IDomainKnowledge _knowledge;
    private readonly ILogger<EmbeddedGraphStore> _logger;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    public EmbeddedGraphStore(IOptions<EmbeddedStoreOptions> options, IDomainKnowledge knowledge, ILogger<EmbeddedGraphStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = Path.GetFullPath(options.Value.EmbeddedPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _knowledge = knowledge;
        _logger = logger;
        FilePath = path;
    }

    /// <summary>The file the store lives in.</summary>
    public string FilePath { get; }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var topic in _knowledge.Topics)
        {
            await connection.Command(EmbeddedWriteSql.UpsertTopic, transaction)
                .With("@id", topic.Id).With("@name", topic.Name).With("@parentId", topic.ParentId)
                .ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var office in _knowledge.Offices)
        {
            await connection.Command(EmbeddedWriteSql.UpsertOffice, transaction)
                .With("@id", office.Id).With("@name", office.Name).With("@country", office.Country)
                .ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        LogInitialized(_logger, FilePath, _knowledge.Topics.Count, _knowledge.Offices.Count);
    }

    public async Task<WriteOutcome> WriteDocumentAsync(DocumentRecord document, CancellationToken cancellationToken = default)
    {
        var facts = DocumentFacts.From(document);
        var documentId = facts.Document.Id;
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // IMMEDIATE: take the write lock before reading the version, so check-then-write cannot interleave.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var existing = (string?)await connection.Command(EmbeddedWriteSql.DocumentVersion, transaction)
            .With("@documentId", documentId).ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);

        if (existing == facts.Document.ExtractorVersion)
        {
            return WriteOutcome.Unchanged;
        }

        if (existing is not null)
        {
            await connection.Command(EmbeddedWriteSql.ReleaseDocument, transaction)
                .With("@documentId", documentId).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await WriteFactsAsync(connection, transaction, facts, cancellationToken).ConfigureAwait(false);

        if (existing is not null)
        {
            await connection.Command(EmbeddedWriteSql.PruneUnsupported, transaction).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return existing is null ? WriteOutcome.Inserted : WriteOutcome.Replaced;
    }

    private static async Task WriteFactsAsync(SqliteConnection connection, SqliteTransaction transaction, DocumentFacts facts, CancellationToken ct)
    {
        var d = facts.Document;
        await connection.Command(EmbeddedWriteSql.UpsertDocument, transaction)
            .With("@id", d.Id).With("@source", d.Source).With("@title", d.Title).With("@publishedOn", d.PublishedOn)
            .With("@extractorVersion", d.ExtractorVersion).With("@ingestedAt", d.IngestedAt).With("@text", d.Text)
            .ExecuteNonQueryAsync(ct).ConfigureAwait(false);

        foreach (var m in facts.Meetings)
        {
            await connection.Command(EmbeddedWriteSql.UpsertMeeting, transaction)
                .With("@id", m.Id).With("@kind", m.Kind).With("@date", m.Date).With("@city", m.City).With("@country", m.Country)
                .With("@occasion", m.Occasion).With("@durationMinutes", m.DurationMinutes).With("@sequenceNumber", m.SequenceNumber)
                .With("@documentId", d.Id)
                .ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        foreach (var a in facts.Attendance)
        {
            await connection.Command(EmbeddedWriteSql.UpsertAttendance, transaction)
                .With("@personId", a.PersonId).With("@name", a.Name).With("@country", a.Country).With("@role", a.Role)
                .With("@meetingId", a.MeetingId).With("@documentId", d.Id)
                .ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        foreach (var h in facts.Held)
        {
            await connection.Command(EmbeddedWriteSql.UpsertHeld, transaction)
                .With("@personId", h.PersonId).With("@officeId", h.OfficeId).With("@termFrom", h.TermFrom).With("@termTo", h.TermTo)
                .ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        foreach (var t in facts.Discussions)
        {
            await connection.Command(EmbeddedWriteSql.UpsertDiscussion, transaction)
                .With("@meetingId", t.MeetingId).With("@topicId", t.TopicId).With("@order", t.Order).With("@heading", t.Heading)
                .With("@documentId", d.Id)
                .ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        foreach (var s in facts.Statements)
        {
            await connection.Command(EmbeddedWriteSql.UpsertStatement, transaction)
                .With("@id", s.Id).With("@meetingId", s.MeetingId).With("@documentId", d.Id).With("@kind", s.Kind)
                .With("@verb", s.Verb).With("@text", s.Text).With("@start", s.Start).With("@end", s.End)
                .ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            foreach (var speaker in s.Speakers)
            {
                await connection.Command(EmbeddedWriteSql.InsertMade, transaction)
                    .With("@statementId", s.Id).With("@personId", speaker).ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            foreach (var topic in s.Topics)
            {
                await connection.Command(EmbeddedWriteSql.InsertAbout, transaction)
                    .With("@statementId", s.Id).With("@topicId", topic).ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
        }

        foreach (var m in facts.Mentions)
        {
            await connection.Command(EmbeddedWriteSql.UpsertMention, transaction)
                .With("@meetingId", m.MeetingId).With("@type", m.Type).With("@entityId", m.EntityId).With("@name", m.Name)
                .With("@statementId", m.StatementId).With("@documentId", d.Id)
                .ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    public async Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var existing = await connection.Command(EmbeddedWriteSql.DocumentVersion, transaction)
            .With("@documentId", documentId).ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            return false;
        }

        await connection.Command(EmbeddedWriteSql.ReleaseDocument + EmbeddedWriteSql.DeleteDocument + EmbeddedWriteSql.PruneUnsupported, transaction)
            .With("@documentId", documentId).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            return await connection.Command("SELECT count(*) FROM topics;").ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long;
        }
        catch (SqliteException ex)
        {
            LogPingFailed(_logger, ex, FilePath);
            return false;
        }
    }

    /// <summary>Returns pooled connections so the file can be closed, moved or deleted.</summary>
    public void Dispose()
    {
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _schemaGate.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await connection.Command(EmbeddedSchema.ConnectionPragmas).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        if (_schemaReady)
        {
            return;
        }

        await _schemaGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await connection.Command(EmbeddedSchema.Pragmas).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await connection.Command(EmbeddedSchema.Tables, transaction).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await connection.Command(EmbeddedSchema.ReadIndexes, transaction).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded graph store ready at {Path} with {Topics} topics and {Offices} offices")]
    private static partial void LogInitialized(ILogger logger, string path, int topics, int offices);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedded graph store at {Path} did not answer")]
    private static partial void LogPingFailed(ILogger logger, Exception exception, string path);
}

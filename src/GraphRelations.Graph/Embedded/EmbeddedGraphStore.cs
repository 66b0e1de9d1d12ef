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
    private readonly EmbeddedStoreGuard _guard;
    private volatile bool _schemaReady;

    public EmbeddedGraphStore(
        IOptions<EmbeddedStoreOptions> options, IDomainKnowledge knowledge, ILogger<EmbeddedGraphStore> logger, StoreHealth? health = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        SqliteProcessSettings.Configure();
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
        _guard = new EmbeddedStoreGuard(path, _connectionString, health ?? new StoreHealth(TimeProvider.System), TimeProvider.System, logger);
        _guard.Reopened += () => _schemaReady = false;
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
                .With("@id", topic.Id).With("@name", topic.Name)
                .ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var topic in _knowledge.Topics)
        {
            await connection.Command(EmbeddedWriteSql.SetTopicParent, transaction)
                .With("@id", topic.Id).With("@parentId", topic.ParentId)
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
        var result = (await WriteDocumentsAsync([document], cancellationToken).ConfigureAwait(false))[0];
        return result.Outcome ?? throw new InvalidOperationException($"The embedded store refused document {result.DocumentId}: {result.Error}");
    }

    /// <summary>
    /// Group commit: one IMMEDIATE transaction (one fsync) for the batch, a savepoint per document so a document the
    /// store refuses (a constraint, a value SQLite cannot hold) is rolled back alone. Any other SQLite failure (disk full,
    /// I/O error, a removed or corrupt file) is the store failing: the whole batch rolls back and, where the guard
    /// recognises it, it surfaces as <see cref="StoreUnavailableException"/>. Acknowledges only a commit that reached
    /// the file at the store's path (see <see cref="EmbeddedStoreGuard"/>).
    /// </summary>
    public async Task<IReadOnlyList<DocumentWriteResult>> WriteDocumentsAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        try
        {
            await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
            var file = await _guard.BeforeWriteAsync(cancellationToken).ConfigureAwait(false);
            var results = await WriteBatchAsync(documents, cancellationToken).ConfigureAwait(false);
            _guard.AfterWrite(file);
            return results;
        }
        catch (SqliteException ex) when (_guard.Translate(ex) is { } unavailable)
        {
            throw unavailable;
        }
    }

    private async Task<IReadOnlyList<DocumentWriteResult>> WriteBatchAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken)
    {
        var facts = documents.Select(DocumentFacts.From).ToList();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);

        // IMMEDIATE: take the write lock before reading versions, so check-then-write cannot interleave.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<DocumentWriteResult>(facts.Count);
        using (var writer = new EmbeddedDocumentWriter(transaction))
        {
            foreach (var f in facts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.Begin();
                try
                {
                    var outcome = writer.Write(f);
                    writer.Keep();
                    results.Add(new DocumentWriteResult(f.Document.Id, outcome));
                }
                catch (SqliteException ex) when (IsDocumentFault(ex))
                {
                    writer.Undo();
                    LogDocumentRefused(_logger, ex, f.Document.Id, FilePath);
                    results.Add(new DocumentWriteResult(f.Document.Id, null, ex.Message));
                }
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return results;
    }

    /// <summary>Failures that belong to one document's values rather than to the store (SQLite primary result codes).</summary>
    private static bool IsDocumentFault(SqliteException ex) => (ex.SqliteErrorCode & 0xFF) switch
    {
        18 or 19 or 20 or 25 => true, // SQLITE_TOOBIG, SQLITE_CONSTRAINT, SQLITE_MISMATCH, SQLITE_RANGE
        _ => false,
    };

    public async Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        bool deleted;
        using (var writer = new EmbeddedDocumentWriter(transaction))
        {
            deleted = writer.Delete(documentId);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            return await connection.Command("SELECT count(*) FROM topics;").ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long
                && await _guard.CheckAsync(cancellationToken).ConfigureAwait(false);
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
        _guard.Dispose();
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
            // Before anything writes to it: a file of a format this build cannot upgrade is refused as it is.
            var upgrade = false;
            await using (var reader = await connection.Command(EmbeddedSchema.ReadFormat).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var format = reader.GetInt32(0);
                upgrade = reader.GetBoolean(1) && format == 2;
                if (reader.GetBoolean(1) && format != EmbeddedSchema.Format && !upgrade)
                {
                    throw new InvalidOperationException(
                        $"the store file is in format {format}, this build reads format {EmbeddedSchema.Format}: move the file aside "
                        + "(or point GraphStore:EmbeddedPath elsewhere) and run `ingest` on your sources again");
                }
            }

            await connection.Command(EmbeddedSchema.Pragmas).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (upgrade)
            {
                await connection.Command(EmbeddedSchema.UpgradeFrom2, transaction).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await connection.Command(EmbeddedSchema.Tables, transaction).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (upgrade)
            {
                await connection.Command(EmbeddedSchema.BackfillFrom2, transaction).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                LogUpgraded(_logger, FilePath, 2, EmbeddedSchema.Format);
            }

            await connection.Command($"PRAGMA user_version = {EmbeddedSchema.Format};", transaction).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded graph store at {Path} upgraded in place from format {From} to {To}")]
    private static partial void LogUpgraded(ILogger logger, string path, int from, int to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedded graph store refused document {DocumentId} (rolled back alone; the rest of its batch is kept) at {Path}")]
    private static partial void LogDocumentRefused(ILogger logger, Exception exception, string documentId, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedded graph store at {Path} did not answer")]
    private static partial void LogPingFailed(ILogger logger, Exception exception, string path);
}

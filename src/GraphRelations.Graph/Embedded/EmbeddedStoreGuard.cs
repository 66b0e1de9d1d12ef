using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace GraphRelations.Graph.Embedded;

/// <summary>
/// Makes the embedded store acknowledge only what is durable. It holds one connection open on the store file (the
/// anchor) and compares the path's identity with it around every write: a file deleted under the service is restored
/// from the anchor (which still reaches the unlinked file, acknowledged documents included); a file replaced by
/// another is adopted after the old contents are saved beside it; a write that raced such a change, or that the disk
/// refused (full, read-only, I/O error), becomes a <see cref="StoreUnavailableException"/> and a <see cref="StoreHealth"/> fault.
/// </summary>
internal sealed partial class EmbeddedStoreGuard(string path, string pooledConnectionString, StoreHealth health, TimeProvider clock, ILogger logger)
    : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _anchor;
    private StoreFileIdentity? _identity;
    private StoreFileIdentity? _walIdentity;

    /// <summary>Raised after the store moved to a new file, so schema state cached for the old one is dropped.</summary>
    public event Action? Reopened;

    /// <summary>Before a write: the file is the one held open (restoring or adopting it if not). Returns its identity for <see cref="AfterWrite"/>.</summary>
    public async Task<StoreFileIdentity?> BeforeWriteAsync(CancellationToken cancellationToken)
    {
        var current = StoreFileIdentity.Of(path);
        if (_anchor is null || current != _identity)
        {
            await RecoverAsync(cancellationToken).ConfigureAwait(false);
            current = _identity;
        }

        return current;
    }

    /// <summary>After a commit: still the same file, or the commit went to a file nobody will read again and is not acknowledged.</summary>
    public void AfterWrite(StoreFileIdentity? started)
    {
        if (StoreFileIdentity.Of(path) != started)
        {
            const string reason = "the store file was removed or replaced during the write";
            health.Report(reason);
            throw new StoreUnavailableException(reason);
        }

        health.Clear();
    }

    /// <summary>The disk's refusals become <see cref="StoreUnavailableException"/> (retry later); anything else is not the guard's.</summary>
    public StoreUnavailableException? Translate(SqliteException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var reason = ex.SqliteErrorCode switch
        {
            13 => "the disk is full (SQLITE_FULL)",
            8 => "the store file is read-only (SQLITE_READONLY)",
            10 => "the disk reported an I/O error (SQLITE_IOERR)",
            14 => "the store file cannot be opened (SQLITE_CANTOPEN)",
            _ => null,
        };
        if (reason is null)
        {
            return null;
        }

        health.Report(reason);
        LogFault(logger, path, reason);
        return new StoreUnavailableException(reason, ex);
    }

    /// <summary>
    /// For readiness: restores or adopts the file if it changed, and while a fault is on record tries a small real write
    /// (a 64 KB row in <c>store_probe</c>, a table only this check uses), so the service recovers once the disk takes writes again.
    /// </summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await BeforeWriteAsync(cancellationToken).ConfigureAwait(false);
            if (health.Current is null)
            {
                return true;
            }

            var started = _identity;
            await using (var connection = new SqliteConnection(pooledConnectionString))
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await connection.Command("""
                    CREATE TABLE IF NOT EXISTS store_probe (id INTEGER PRIMARY KEY, filler BLOB);
                    INSERT OR REPLACE INTO store_probe (id, filler) VALUES (1, zeroblob(65536));
                    """, transaction).ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            AfterWrite(started);
            LogRecovered(logger, path);
            return true;
        }
        catch (SqliteException ex) when (Translate(ex) is not null)
        {
            return false;
        }
        catch (StoreUnavailableException)
        {
            return false;
        }
    }

    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = StoreFileIdentity.Of(path);
            if (_anchor is not null && current == _identity)
            {
                return; // Another caller recovered while this one waited.
            }

            if (_anchor is not null)
            {
                if (current is null || HoldsNoDocuments(path))
                {
                    // Gone, or an empty file that a connection opened in the meantime created in its place.
                    Restore();
                }
                else
                {
                    SaveReplaced();
                }

                _anchor.Dispose();
                _anchor = null;
                using (var pooled = new SqliteConnection(pooledConnectionString))
                {
                    SqliteConnection.ClearPool(pooled);
                }

                Reopened?.Invoke();
            }

            _anchor = OpenAnchor(path);
            _identity = StoreFileIdentity.Of(path);
            _walIdentity = StoreFileIdentity.Of(path + "-wal");
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException)
        {
            var reason = ex is SqliteException { SqliteErrorCode: 13 } || ex is IOException { HResult: 28 }
                ? "the disk is full (SQLITE_FULL)"
                : "the store file is gone and could not be restored yet";
            health.Report(reason);
            LogRecoveryFailed(logger, ex, path, reason);
            throw new StoreUnavailableException(reason, ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The file was deleted (or its folder): the anchor still reads it, so it is copied back whole before anyone writes again.</summary>
    private void Restore()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.restore-{Guid.NewGuid():N}";
        Backup(temporary);
        // A -wal or -shm left at the path belongs to the deleted file; beside the restored one it would corrupt it.
        File.Delete(path + "-wal");
        File.Delete(path + "-shm");
        File.Move(temporary, path, overwrite: true);
        LogRestored(logger, path);
    }

    /// <summary>Another file was put in place: it is used from now on, and what the old one held is kept beside it.</summary>
    private void SaveReplaced()
    {
        var kept = $"{path}.replaced-{clock.GetUtcNow():yyyyMMddTHHmmss}-{Guid.NewGuid().ToString("N")[..6]}.db";
        Backup(kept);
        // The old file's write-ahead log and index are still at the path; read beside the new file they would show the old pages.
        if (_walIdentity is { } oldWal && StoreFileIdentity.Of(path + "-wal") == oldWal)
        {
            File.Delete(path + "-wal");
            File.Delete(path + "-shm");
        }

        LogReplaced(logger, path, kept);
    }

    private static bool HoldsNoDocuments(string file)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = file,
                Mode = SqliteOpenMode.ReadOnly,
                Pooling = false,
            }.ToString());
            connection.Open();
            var hasTable = (long)connection.Command("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents';").ExecuteScalar()! > 0;
            return !hasTable || (long)connection.Command("SELECT count(*) FROM documents;").ExecuteScalar()! == 0;
        }
        catch (SqliteException)
        {
            return false; // Not a database we can judge: treated as a deliberate replacement, the old contents kept beside it.
        }
    }

    private void Backup(string destinationPath)
    {
        using var destination = new SqliteConnection(Unpooled(destinationPath));
        destination.Open();
        _anchor!.BackupDatabase(destination);
    }

    private static SqliteConnection OpenAnchor(string file)
    {
        var anchor = new SqliteConnection(Unpooled(file));
        anchor.Open();
        // Reading opens the -wal and -shm too, so the anchor reaches every committed page even once they are unlinked.
        anchor.Command("SELECT count(*) FROM sqlite_master;").ExecuteScalar();
        return anchor;
    }

    private static string Unpooled(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 30 }.ToString();

    public void Dispose()
    {
        _anchor?.Dispose();
        _gate.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Embedded graph store at {Path} cannot write: {Reason}; writes answer 'unavailable' until it can")]
    private static partial void LogFault(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Embedded graph store at {Path} could not recover yet: {Reason}")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception, string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded graph store at {Path} takes writes again")]
    private static partial void LogRecovered(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedded graph store file {Path} was deleted while in use; restored from the open file, nothing acknowledged is lost")]
    private static partial void LogRestored(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Embedded graph store file {Path} was replaced by another file, which is used from now on; the previous contents are kept in {Kept}")]
    private static partial void LogReplaced(ILogger logger, string path, string kept);
}

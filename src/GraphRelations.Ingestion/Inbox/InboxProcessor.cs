using System.Collections.Concurrent;
using System.Text.Json;
using GraphRelations.Graph;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphRelations.Ingestion.Inbox;

/// <summary>
/// Moves inbox files through claim -> ingest -> processed | quarantine, so that several workers (or a worker and
/// an <c>ingest</c> command) can share one inbox and a crash at any point loses nothing.
/// </summary>
/// <remarks>
/// <para>Claiming is an atomic rename of <c>inbox/x.txt</c> into this process's private folder
/// <c>inbox/.processing/&lt;worker-id&gt;/</c>: of two processes renaming the same file, exactly one succeeds.
/// Each worker holds an exclusive lock on <c>.processing/&lt;worker-id&gt;.lock</c> for its lifetime; the operating
/// system drops that lock when the process dies, however it dies. A claim folder whose lock can be taken
/// therefore belongs to a dead worker, and its files are adopted (again by atomic rename) and processed again.
/// Because the store's write is idempotent and all-or-nothing, processing a file twice gives the same graph
/// as processing it once.</para>
/// <para>The file only leaves the claim folder after the store has committed its facts (or refused it), so no
/// crash can drop a file before its facts are stored.</para>
/// </remarks>
public sealed class InboxProcessor(
    DocumentIngestor ingestor,
    IngestionTally tally,
    IOptions<IngestionOptions> options,
    TimeProvider clock,
    ILogger<InboxProcessor> logger) : IDisposable
{
    /// <summary>The claims folder lives inside the inbox so that claiming is a same-file-system rename.</summary>
    public const string ClaimsFolderName = ".processing";

    // A good file whose write fails this often is quarantined rather than retried for ever.
    private const int MaxStoreAttempts = 3;

    private readonly ConcurrentDictionary<string, int> _storeFailures = new(StringComparer.Ordinal);
    private readonly Lock _startGate = new();
    private FileStream? _lease;

    /// <summary>Unique per process and start, so a restarted worker never mistakes its predecessor's claims for its own.</summary>
    public string WorkerId { get; } = $"{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    public string InboxPath => Path.GetFullPath(options.Value.InboxPath);

    private string ClaimsRoot => Path.Combine(InboxPath, ClaimsFolderName);

    private string MyClaims => Path.Combine(ClaimsRoot, WorkerId);

    private string ProcessedPath => Path.GetFullPath(options.Value.ProcessedPath);

    private string QuarantinePath => Path.GetFullPath(options.Value.QuarantinePath);

    /// <summary>Creates the folders and takes this worker's lease. Called by the first pass; idempotent.</summary>
    public void Start()
    {
        lock (_startGate)
        {
            if (_lease is not null)
            {
                return;
            }

            Directory.CreateDirectory(InboxPath);
            Directory.CreateDirectory(ProcessedPath);
            Directory.CreateDirectory(QuarantinePath);
            Directory.CreateDirectory(ClaimsRoot);

            // The lease exists before the claim folder does, so a claim folder without a lease is never a live worker's.
            _lease = new FileStream(LeasePath(WorkerId), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
            Directory.CreateDirectory(MyClaims);
            logger.WorkerStarted(WorkerId, InboxPath);
        }
    }

    /// <summary>The <c>*.txt</c> files waiting in the inbox, in name order.</summary>
    public IReadOnlyList<string> ListPending()
    {
        if (!Directory.Exists(InboxPath))
        {
            return [];
        }

        var files = Directory.GetFiles(InboxPath, "*.txt", SearchOption.TopDirectoryOnly)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// One pass: adopts dead workers' claims, then claims and processes every settled inbox file. Stops early when
    /// the store fails, since the next file would fail too.
    /// </summary>
    public async Task<InboxPass> RunPassAsync(Action<FileOutcome>? onFile = null, CancellationToken cancellationToken = default)
    {
        Start();
        int handled = 0, unsettled = 0;
        var storeFailed = false;

        void Count(FileOutcome outcome)
        {
            onFile?.Invoke(outcome);
            if (outcome.Status != FileStatus.Skipped)
            {
                handled++;
            }

            storeFailed |= outcome.Status == FileStatus.Retry;
        }

        foreach (var outcome in await RecoverStaleClaimsAsync(cancellationToken))
        {
            Count(outcome);
        }

        var settledBefore = clock.GetUtcNow() - options.Value.SettleTime;
        foreach (var file in ListPending())
        {
            if (storeFailed)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (new DateTimeOffset(File.GetLastWriteTimeUtc(file)) > settledBefore)
            {
                // Possibly still being written; the next pass takes it.
                unsettled++;
                continue;
            }

            Count(await ProcessFileAsync(file, cancellationToken));
        }

        return new InboxPass(handled, unsettled, storeFailed);
    }

    /// <summary>Claims one inbox file and takes it through the pipeline. Never throws for a bad or vanished file.</summary>
    public async Task<FileOutcome> ProcessFileAsync(string inboxFile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inboxFile);
        Start();
        var name = Path.GetFileName(inboxFile);
        var claim = Path.Combine(MyClaims, name);
        try
        {
            // rename(2): atomic, and only one of several processes renaming the same file succeeds. Overwriting is
            // safe because nobody else writes into this worker's private folder and it holds one file at a time.
            File.Move(inboxFile, claim, overwrite: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            logger.Vanished(name);
            return Record(new FileOutcome(name, FileStatus.Skipped, null));
        }
        catch (IOException ex)
        {
            logger.ClaimFailed(ex, name);
            return Record(new FileOutcome(name, FileStatus.Skipped, null));
        }

        return await ProcessClaimedAsync(name, claim, cancellationToken);
    }

    private async Task<FileOutcome> ProcessClaimedAsync(string name, string claim, CancellationToken cancellationToken)
    {
        IngestionResult result;
        try
        {
            result = await ReadAndIngestAsync(name, claim, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Nothing was committed for this file, or all of it was: either way it is safe to hand back.
            MoveUnique(claim, InboxPath, name);
            throw;
        }
#pragma warning disable CA1031 // Any failure here is the store's or the disk's, not the file's: the worker must carry on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // While the store is down every file fails: wait for it rather than quarantine good files.
            // Only a document the store keeps refusing while it otherwise answers is counted towards quarantine.
            // A store that cannot write (disk full, file removed) is an outage too, however well it still answers reads.
            var storeUp = ex is not StoreUnavailableException && await ingestor.StoreRespondsAsync(cancellationToken);
            var attempts = storeUp ? _storeFailures.AddOrUpdate(name, 1, (_, n) => n + 1) : 0;
            if (attempts < MaxStoreAttempts)
            {
                logger.StoreFailed(ex, name, attempts, MaxStoreAttempts);
                var back = MoveUnique(claim, InboxPath, name);
                return Record(new FileOutcome(name, FileStatus.Retry, null, back));
            }

            result = IngestionResult.Rejected(RejectionReasons.StoreFailed, $"{attempts} attempts failed; last: {ex.GetType().Name}: {ex.Message}");
        }

        _storeFailures.TryRemove(name, out _);
        if (result.IsQuarantined)
        {
            return Record(Quarantine(name, claim, result));
        }

        var processed = MoveUnique(claim, ProcessedPath, name);
        logger.FileProcessed(name, result.Outcome, result.DocumentId, result.Meetings);
        return Record(new FileOutcome(name, FileStatus.Processed, result, processed));
    }

    private async Task<IngestionResult> ReadAndIngestAsync(string name, string claim, CancellationToken cancellationToken)
    {
        // The claimed entry is checked, not the inbox one: nobody else can swap it inside this worker's claim folder.
        if (RegularFile.WhyNot(claim) is { } notRegular)
        {
            return IngestionResult.Rejected(RejectionReasons.NotRegularFile, notRegular);
        }

        // A read that hangs in the kernel (a stale network share) ignores cancellation; the worker stops waiting for it
        // after the timeout, or at once when asked to stop, and the thread is left to finish on its own.
        var timeout = options.Value.ReadTimeout;
        byte[] content;
        IngestionResult? refusal;
        try
        {
            (content, refusal) = await Task.Run(() => InPlaceFile.ReadAsync(claim, ingestor.MaxBytes, cancellationToken), cancellationToken)
                .WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            return IngestionResult.Rejected(RejectionReasons.Unreadable, $"reading did not finish within {timeout.TotalSeconds:0.#} s (Ingestion:ReadTimeout)");
        }

        return refusal ?? await ingestor.IngestAsync(content, name, cancellationToken);
    }

    private FileOutcome Quarantine(string name, string claim, IngestionResult result)
    {
        long? size = File.Exists(claim) ? new FileInfo(claim).Length : null;
        var record = new QuarantineRecord(name, result.Reason!, result.Detail, clock.GetUtcNow(), size, result.DocumentId);
        string? movedTo = null;
        if (size is null)
        {
            // Nothing left to move; the error file alone says what happened.
            WriteErrorFile(UniqueDestination(QuarantinePath, name), record);
        }
        else
        {
            // The error file first: if we crash before the move, the file is reprocessed and the error file rewritten.
            var destination = UniqueDestination(QuarantinePath, name);
            WriteErrorFile(destination, record);
            movedTo = MoveUnique(claim, QuarantinePath, Path.GetFileName(destination));
            if (movedTo != destination)
            {
                WriteErrorFile(movedTo, record);
            }
        }

        logger.FileQuarantined(name, IngestionOutcome.Quarantined, result.Reason, result.Detail, result.DocumentId);
        return new FileOutcome(name, FileStatus.Quarantined, result, movedTo);
    }

    private static void WriteErrorFile(string quarantinedPath, QuarantineRecord record)
    {
        var errorPath = Path.Combine(Path.GetDirectoryName(quarantinedPath)!, QuarantineRecord.ErrorFileName(quarantinedPath));
        var temporary = errorPath + $".{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(record, QuarantineRecord.JsonOptions));
        File.Move(temporary, errorPath, overwrite: true);
    }

    /// <summary>Adopts the claims of workers that died (their lease is free) and processes those files again.</summary>
    private async Task<List<FileOutcome>> RecoverStaleClaimsAsync(CancellationToken cancellationToken)
    {
        var outcomes = new List<FileOutcome>();
        foreach (var folder in Directory.GetDirectories(ClaimsRoot))
        {
            var owner = Path.GetFileName(folder);
            if (owner == WorkerId)
            {
                continue;
            }

            FileStream lease;
            try
            {
                lease = new FileStream(LeasePath(owner), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                continue; // Its owner is alive.
            }

            using (lease)
            {
                string[] files;
                try
                {
                    files = Directory.GetFiles(folder);
                }
                catch (DirectoryNotFoundException)
                {
                    files = []; // Another worker recovered it first.
                }

                foreach (var file in files)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var name = Path.GetFileName(file);
                    var claim = Path.Combine(MyClaims, name);
                    try
                    {
                        File.Move(file, claim, overwrite: true);
                    }
                    catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
                    {
                        continue;
                    }

                    logger.Recovered(name, owner);
                    outcomes.Add(await ProcessClaimedAsync(name, claim, cancellationToken));
                }

                TryDeleteDirectory(folder);
                TryDeleteFile(LeasePath(owner));
            }
        }

        RemoveAbandonedLeases();
        return outcomes;
    }

    /// <summary>A worker killed between taking its lease and creating its claim folder leaves a lease file alone.</summary>
    private void RemoveAbandonedLeases()
    {
        foreach (var leaseFile in Directory.GetFiles(ClaimsRoot, "*.lock"))
        {
            var owner = Path.GetFileNameWithoutExtension(leaseFile);
            // Young leases may belong to a worker between taking its lease and creating its folder.
            if (owner == WorkerId || Directory.Exists(Path.Combine(ClaimsRoot, owner))
                || File.GetLastWriteTimeUtc(leaseFile) > clock.GetUtcNow().UtcDateTime - TimeSpan.FromMinutes(1))
            {
                continue;
            }

            try
            {
                using var lease = new FileStream(leaseFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                TryDeleteFile(leaseFile);
            }
            catch (IOException)
            {
                // Alive (just starting), or already removed.
            }
        }
    }

    private string LeasePath(string workerId) => Path.Combine(ClaimsRoot, workerId + ".lock");

    private FileOutcome Record(FileOutcome outcome)
    {
        tally.Record(outcome);
        return outcome;
    }

    /// <summary>A name in <paramref name="folder"/> that neither a file nor its error file uses yet.</summary>
    private string UniqueDestination(string folder, string name)
    {
        var candidate = Path.Combine(folder, name);
        while (File.Exists(candidate) || File.Exists(Path.Combine(folder, QuarantineRecord.ErrorFileName(candidate))))
        {
            candidate = Path.Combine(folder, DisambiguatedName(name));
        }

        return candidate;
    }

    /// <summary>Moves without ever overwriting: a same-named file already there keeps its name and this one gets a suffix.</summary>
    private string MoveUnique(string source, string folder, string name)
    {
        var destination = Path.Combine(folder, name);
        while (true)
        {
            try
            {
                File.Move(source, destination, overwrite: false);
                return destination;
            }
            catch (IOException) when (File.Exists(destination) && File.Exists(source))
            {
                destination = Path.Combine(folder, DisambiguatedName(name));
            }
        }
    }

    private string DisambiguatedName(string name) =>
        $"{Path.GetFileNameWithoutExtension(name)}.{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}{Path.GetExtension(name)}";

    private static void TryDeleteDirectory(string path)
    {
        try
        {
            Directory.Delete(path, recursive: false);
        }
        catch (IOException)
        {
            // Not empty (a file arrived in it) or already gone: the next pass looks again.
        }
    }

    private static void TryDeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Hands any file still claimed back to the inbox and gives up the lease.</summary>
    public void Dispose()
    {
        lock (_startGate)
        {
            if (_lease is null)
            {
                return;
            }

            if (Directory.Exists(MyClaims))
            {
                foreach (var file in Directory.GetFiles(MyClaims))
                {
                    MoveUnique(file, InboxPath, Path.GetFileName(file));
                }

                TryDeleteDirectory(MyClaims);
            }

            TryDeleteFile(LeasePath(WorkerId));
            _lease.Dispose();
            _lease = null;
        }
    }
}

/// <summary>What one inbox pass did.</summary>
/// <param name="Handled">Files processed or quarantined (including recovered claims).</param>
/// <param name="Unsettled">Files left for the next pass because they may still be being written.</param>
/// <param name="StoreFailed">The pass stopped because the store failed.</param>
public sealed record InboxPass(int Handled, int Unsettled, bool StoreFailed);

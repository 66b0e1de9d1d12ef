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
    BatchIngestor batches,
    IngestionTally tally,
    IOptions<IngestionOptions> options,
    TimeProvider clock,
    ILogger<InboxProcessor> logger) : IDisposable
{
    /// <summary>The claims folder lives inside the inbox so that claiming is a same-file-system rename.</summary>
    public const string ClaimsFolderName = ".processing";

    // A good file whose write fails this often is quarantined rather than retried for ever.
    private const int MaxStoreAttempts = 3;

    // Stands in for a file that vanished before it could be claimed; never written, never acknowledged.
    private static readonly PreparedDocument NotClaimed = PreparedDocument.Refused(string.Empty, IngestionResult.Rejected(RejectionReasons.Vanished, "not claimed"));

    private readonly ConcurrentDictionary<string, int> _storeFailures = new(StringComparer.Ordinal);

    // The claim paths this worker holds; only this process writes into its claim folder, so this is the folder's content.
    private readonly ConcurrentDictionary<string, byte> _held = new(StringComparer.Ordinal);
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
    /// One pass: adopts dead workers' claims, then claims every settled inbox file and takes them through
    /// <see cref="BatchIngestor"/>: files are read and extracted on several workers and committed in batches, and each
    /// file moves to processed or quarantine only after its batch committed. A batch is whatever is ready, so a file
    /// arriving alone is written alone, at once. Stops early when the store fails, since the next batch would fail too;
    /// every file claimed and not yet acknowledged then goes back to the inbox.
    /// </summary>
    public async Task<InboxPass> RunPassAsync(Action<FileOutcome>? onFile = null, CancellationToken cancellationToken = default)
    {
        Start();
        int handled = 0, unsettled = 0;

        void Count(FileOutcome outcome)
        {
            onFile?.Invoke(outcome);
            if (outcome.Status != FileStatus.Skipped)
            {
                handled++;
            }
        }

        var recovered = RecoverStaleClaims(cancellationToken);
        var settledBefore = clock.GetUtcNow() - options.Value.SettleTime;
        var suspects = new List<string>();

        IEnumerable<string> Settled()
        {
            foreach (var file in ListPending())
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    yield break;
                }

                if (new DateTimeOffset(File.GetLastWriteTimeUtc(file)) > settledBefore)
                {
                    // Possibly still being written; the next pass takes it.
                    unsettled++;
                }
                else if (_storeFailures.ContainsKey(Path.GetFileName(file)))
                {
                    // Was in a batch the answering store failed: written alone below, so one bad document cannot keep
                    // failing its neighbours and only a document that fails by itself counts towards quarantine.
                    suspects.Add(file);
                }
                else
                {
                    yield return file;
                }
            }
        }

        var storeFailed = !await IngestClaimsAsync(recovered.Concat(Claiming(Settled())), Count, cancellationToken);
        foreach (var suspect in suspects)
        {
            if (storeFailed)
            {
                break;
            }

            storeFailed = !await IngestClaimsAsync(Claiming([suspect]), Count, cancellationToken);
        }

        return new InboxPass(handled, unsettled, storeFailed);
    }

    /// <summary>Claims one inbox file and takes it through the pipeline. Never throws for a bad or vanished file.</summary>
    public async Task<FileOutcome> ProcessFileAsync(string inboxFile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inboxFile);
        Start();
        FileOutcome? outcome = null;
        await IngestClaimsAsync(Claiming([inboxFile]), o => outcome = o, cancellationToken);
        return outcome!;
    }

    /// <summary>
    /// Claims each file as the pipeline asks for the next one (so a second worker on the inbox still finds work), by an
    /// atomic rename into this worker's claim folder; a file already gone comes through as not claimed.
    /// </summary>
    private IEnumerable<ClaimedFile> Claiming(IEnumerable<string> inboxFiles)
    {
        foreach (var inboxFile in inboxFiles)
        {
            var name = Path.GetFileName(inboxFile);
            yield return new ClaimedFile(name, TryClaim(inboxFile, name));
        }
    }

    private string? TryClaim(string inboxFile, string name)
    {
        var claim = ReserveClaim(name);
        try
        {
            // rename(2): atomic, and only one of several processes renaming the same file succeeds. Overwriting is safe:
            // nobody else writes into this worker's private folder, and ReserveClaim gave a name it does not hold yet.
            File.Move(inboxFile, claim, overwrite: true);
            return claim;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            logger.Vanished(name);
        }
        catch (IOException ex)
        {
            logger.ClaimFailed(ex, name);
        }

        _held.TryRemove(claim, out _);
        return null;
    }

    /// <summary>A path in this worker's claim folder that none of the files it holds uses (a recovered file may share an inbox file's name).</summary>
    private string ReserveClaim(string name)
    {
        var claim = Path.Combine(MyClaims, name);
        while (!_held.TryAdd(claim, 0))
        {
            claim = Path.Combine(MyClaims, DisambiguatedName(name));
        }

        return claim;
    }

    /// <summary>
    /// Takes claimed files through the batched pipeline and acknowledges each (moves it to processed or quarantine) once its
    /// batch committed. False when the store failed: every file not yet acknowledged went back to the inbox.
    /// </summary>
    private async Task<bool> IngestClaimsAsync(IEnumerable<ClaimedFile> claims, Action<FileOutcome> onFile, CancellationToken cancellationToken)
    {
        // The claims in the order the pipeline took them; acknowledgements follow the same order, so the files still held
        // after a failure are the ones from index `acknowledged` on.
        var taken = new List<ClaimedFile>();
        var acknowledged = 0;

        IEnumerable<ClaimedFile> Taking()
        {
            foreach (var claim in claims)
            {
                lock (taken)
                {
                    taken.Add(claim);
                }

                yield return claim;
            }
        }

        try
        {
            await batches.RunAsync(
                Taking(),
                PrepareAsync,
                committed =>
                {
                    foreach (var (file, result) in committed)
                    {
                        onFile(Acknowledge(file, result));
                        acknowledged++;
                    }

                    return Task.CompletedTask;
                },
                cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Nothing was committed for these files, or all of a file's facts were: either way they are safe to hand back.
            foreach (var file in StillHeld(taken, acknowledged))
            {
                Release(file.Claim!);
                MoveUnique(file.Claim!, InboxPath, file.Name);
            }

            throw;
        }
#pragma warning disable CA1031 // Any failure here is the store's or the disk's, not the files': the worker must carry on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await HandBackAsync(StillHeld(taken, acknowledged), ex, onFile, cancellationToken);
            return false;
        }
    }

    private static List<ClaimedFile> StillHeld(List<ClaimedFile> taken, int acknowledged)
    {
        lock (taken)
        {
            return taken.Skip(acknowledged).Where(f => f.Claim is not null).ToList();
        }
    }

    /// <summary>
    /// After a store failure: while the store is down every file fails, so they wait for it rather than good files being
    /// quarantined. Only a document the store keeps refusing while it otherwise answers is counted towards quarantine; a
    /// store that cannot write (disk full, file removed) is an outage too, however well it still answers reads.
    /// </summary>
    private async Task HandBackAsync(List<ClaimedFile> files, Exception failure, Action<FileOutcome> onFile, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return;
        }

        var storeUp = failure is not StoreUnavailableException && await ingestor.StoreRespondsAsync(cancellationToken);
        var logged = false;
        foreach (var file in files)
        {
            var attempts = storeUp ? _storeFailures.AddOrUpdate(file.Name, 1, (_, n) => n + 1) : 0;
            Release(file.Claim!);
            if (attempts >= MaxStoreAttempts)
            {
                _storeFailures.TryRemove(file.Name, out _);
                onFile(Record(Quarantine(file.Name, file.Claim!, IngestionResult.Rejected(
                    RejectionReasons.StoreFailed, $"{attempts} attempts failed; last: {failure.GetType().Name}: {failure.Message}"))));
                continue;
            }

            if (!logged)
            {
                logged = true;
                if (files.Count == 1)
                {
                    logger.StoreFailed(failure, file.Name, attempts, MaxStoreAttempts);
                }
                else
                {
                    logger.BatchStoreFailed(failure, files.Count, file.Name, attempts, MaxStoreAttempts);
                }
            }

            var back = MoveUnique(file.Claim!, InboxPath, file.Name);
            onFile(Record(new FileOutcome(file.Name, FileStatus.Retry, null, back)));
        }
    }

    /// <summary>The CPU half for one claimed file, on one of the extraction workers: check it, read it, extract it.</summary>
    private async Task<PreparedDocument> PrepareAsync(ClaimedFile file, CancellationToken cancellationToken)
    {
        if (file.Claim is not { } claim)
        {
            return NotClaimed;
        }

        // The claimed entry is checked, not the inbox one: nobody else can swap it inside this worker's claim folder.
        if (RegularFile.WhyNot(claim) is { } notRegular)
        {
            return PreparedDocument.Refused(file.Name, IngestionResult.Rejected(RejectionReasons.NotRegularFile, notRegular));
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
            return PreparedDocument.Refused(file.Name, IngestionResult.Rejected(
                RejectionReasons.Unreadable, $"reading did not finish within {timeout.TotalSeconds:0.#} s (Ingestion:ReadTimeout)"));
        }

        return refusal is null ? ingestor.Prepare(content, file.Name) : PreparedDocument.Refused(file.Name, refusal);
    }

    /// <summary>Moves a file whose batch committed (or that was refused) out of the claim folder: the acknowledgement.</summary>
    private FileOutcome Acknowledge(ClaimedFile file, IngestionResult result)
    {
        if (file.Claim is not { } claim)
        {
            return Record(new FileOutcome(file.Name, FileStatus.Skipped, null));
        }

        _storeFailures.TryRemove(file.Name, out _);
        Release(claim);
        if (result.IsQuarantined)
        {
            return Record(Quarantine(file.Name, claim, result));
        }

        var processed = MoveUnique(claim, ProcessedPath, file.Name);
        logger.FileProcessed(file.Name, result.Outcome, result.DocumentId, result.Meetings);
        return Record(new FileOutcome(file.Name, FileStatus.Processed, result, processed));
    }

    private void Release(string claim) => _held.TryRemove(claim, out _);

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

    /// <summary>
    /// Adopts the claims of workers that died (their lease is free) into this worker's claim folder, to be processed
    /// again at the head of the pass.
    /// </summary>
    private List<ClaimedFile> RecoverStaleClaims(CancellationToken cancellationToken)
    {
        var adopted = new List<ClaimedFile>();
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
                    var claim = ReserveClaim(name);
                    try
                    {
                        File.Move(file, claim, overwrite: true);
                    }
                    catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
                    {
                        Release(claim);
                        continue;
                    }

                    logger.Recovered(name, owner);
                    adopted.Add(new ClaimedFile(name, claim));
                }

                TryDeleteDirectory(folder);
                TryDeleteFile(LeasePath(owner));
            }
        }

        RemoveAbandonedLeases();
        return adopted;
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

/// <summary>An inbox file on its way through a pass: <see cref="Claim"/> is where this worker holds it, null when it vanished before it could be claimed.</summary>
internal sealed record ClaimedFile(string Name, string? Claim);

/// <summary>What one inbox pass did.</summary>
/// <param name="Handled">Files processed or quarantined (including recovered claims).</param>
/// <param name="Unsettled">Files left for the next pass because they may still be being written.</param>
/// <param name="StoreFailed">The pass stopped because the store failed.</param>
public sealed record InboxPass(int Handled, int Unsettled, bool StoreFailed);

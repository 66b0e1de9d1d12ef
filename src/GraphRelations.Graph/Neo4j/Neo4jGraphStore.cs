using GraphRelations.Extraction;
using GraphRelations.Graph.Model;
using GraphRelations.Graph.Reading;
using GraphRelations.Graph.Writing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphRelations.Graph.Neo4j;

/// <summary>
/// The production store: Neo4j over its HTTP Query API. Every statement is a file in cypher/ run with
/// parameters; one document is written in one explicit transaction. A write Neo4j cannot take (unreachable, timing out,
/// transient, read-only) becomes a <see cref="StoreUnavailableException"/> and a <see cref="StoreHealth"/> fault, as in
/// the embedded store, so the API answers 503 and readiness reports it.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private static readonly string[] Queries =
    [
        "write-topics", "write-subtopics", "write-offices", "write-claim-document", "write-release-document",
        "write-prune-unsupported", "write-delete-document", "write-document", "write-meetings", "write-attendance",
        "write-held", "write-discussions", "write-statements", "write-mentions",
        "write-store-generation", "write-store-generation-ensure", "write-probe",
        "read-count-nodes", "read-count-relationships", "read-topics", "read-topic",
        "read-timeline-statements", "read-meetings-dates", "read-meetings-undated-count", "read-meetings-dated-page",
        "read-meetings-undated-page", "read-topic-meetings-dates", "read-topic-meetings-undated-count",
        "read-topic-meetings-dated-page", "read-topic-meetings-undated-page", "read-meeting", "read-people", "read-person", "read-document", "read-ping",
        "read-version", "read-person-exists", "read-timeline-first-subtopics", "read-timeline-first-mentions",
    ];

    private readonly Neo4jQueryClient _client;
    private readonly CypherLibrary _cypher;
    private readonly IDomainKnowledge _knowledge;
    private readonly ILogger<Neo4jGraphStore> _logger;
    private readonly StoreHealth _health;
    private readonly int _retries;

    public Neo4jGraphStore(
        Neo4jQueryClient client, CypherLibrary cypher, IDomainKnowledge knowledge, IOptions<Neo4jOptions> options, ILogger<Neo4jGraphStore> logger,
        StoreHealth? health = null)
    {
        ArgumentNullException.ThrowIfNull(cypher);
        ArgumentNullException.ThrowIfNull(options);
        cypher.Require(Queries);
        _client = client;
        _cypher = cypher;
        _knowledge = knowledge;
        _logger = logger;
        _health = health ?? new StoreHealth(TimeProvider.System);
        _retries = Math.Max(0, options.Value.TransientRetries);
    }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        foreach (var statement in _cypher.SchemaStatements())
        {
            await _client.RunAsync(statement, null, cancellationToken, "schema").ConfigureAwait(false);
        }

        var topics = _knowledge.Topics.Select(t => new { id = t.Id, name = t.Name, parentId = t.ParentId }).ToList();
        var offices = _knowledge.Offices.Select(o => new { id = o.Id, name = o.Name, country = o.Country }).ToList();
        await InTransactionAsync(async tx =>
        {
            await RunAsync(tx, "write-topics", new { topics }, cancellationToken).ConfigureAwait(false);
            await RunAsync(tx, "write-subtopics", new { topics }, cancellationToken).ConfigureAwait(false);
            await RunAsync(tx, "write-offices", new { offices }, cancellationToken).ConfigureAwait(false);
            await RunAsync(tx, "write-store-generation-ensure", null, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        LogInitialized(_logger, topics.Count, offices.Count);
    }

    public async Task<WriteOutcome> WriteDocumentAsync(DocumentRecord document, CancellationToken cancellationToken = default)
    {
        var facts = DocumentFacts.From(document);
        return (await GuardedAsync(() => InTransactionAsync(tx => WriteBatchAsync(tx, [facts], cancellationToken), cancellationToken), cancellationToken)
            .ConfigureAwait(false))[0];
    }

    /// <summary>
    /// One transaction per batch, and a fixed number of round trips whatever its size: each write-*.cypher UNWINDs the
    /// rows of every document in the batch. A document repeated in the batch is written once (later copies are
    /// <c>Unchanged</c>). When Neo4j refuses the batch for a reason of the request (not of the store), each document is written
    /// again in a transaction of its own, so the one it refuses is reported alone and the others still commit.
    /// </summary>
    public Task<IReadOnlyList<DocumentWriteResult>> WriteDocumentsAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return GuardedAsync(() => WriteDocumentBatchAsync(documents, cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<DocumentWriteResult>> WriteDocumentBatchAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken)
    {
        var facts = documents.Select(DocumentFacts.From).ToList();
        var distinct = facts.DistinctBy(f => f.Document.Id, StringComparer.Ordinal).ToList();
        Dictionary<string, WriteOutcome> outcomes;
        Dictionary<string, string> errors = new(StringComparer.Ordinal);
        try
        {
            var written = await InTransactionAsync(tx => WriteBatchAsync(tx, distinct, cancellationToken), cancellationToken).ConfigureAwait(false);
            outcomes = distinct.Select((f, i) => (f.Document.Id, written[i])).ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal);
        }
        catch (Neo4jQueryException ex) when (Neo4jFailure.UnavailableReason(ex, cancellationToken) is null && distinct.Count > 1)
        {
            LogBatchSplit(_logger, ex.Code, distinct.Count);
            outcomes = new(StringComparer.Ordinal);
            foreach (var f in distinct)
            {
                try
                {
                    outcomes[f.Document.Id] = (await InTransactionAsync(tx => WriteBatchAsync(tx, [f], cancellationToken), cancellationToken).ConfigureAwait(false))[0];
                }
                catch (Neo4jQueryException one) when (Neo4jFailure.UnavailableReason(one, cancellationToken) is null)
                {
                    errors[f.Document.Id] = one.Message;
                }
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return facts.Select(f => !seen.Add(f.Document.Id) && outcomes.ContainsKey(f.Document.Id)
                ? new DocumentWriteResult(f.Document.Id, WriteOutcome.Unchanged)
                : outcomes.TryGetValue(f.Document.Id, out var o) ? new DocumentWriteResult(f.Document.Id, o) : new DocumentWriteResult(f.Document.Id, null, errors[f.Document.Id]))
            .ToList();
    }

    /// <summary>Writes distinct documents in the open transaction; commits unless every one was unchanged.</summary>
    private async Task<(bool Commit, IReadOnlyList<WriteOutcome> Outcome)> WriteBatchAsync(Neo4jTransaction tx, List<DocumentFacts> batch, CancellationToken ct)
    {
        var claim = await RunAsync(tx, "write-claim-document", new { documentIds = batch.Select(f => f.Document.Id).ToList() }, ct).ConfigureAwait(false);
        var previous = claim.Rows.ToDictionary(r => claim.Value<string>(r, "documentId"), r => claim.Value<string?>(r, "previousVersion"), StringComparer.Ordinal);
        var outcomes = new List<WriteOutcome>(batch.Count);
        var write = new List<DocumentFacts>(batch.Count);
        var replaced = new List<string>();
        foreach (var f in batch)
        {
            var version = previous.GetValueOrDefault(f.Document.Id);
            if (version == f.Document.ExtractorVersion)
            {
                outcomes.Add(WriteOutcome.Unchanged);
                continue;
            }

            outcomes.Add(version is null ? WriteOutcome.Inserted : WriteOutcome.Replaced);
            write.Add(f);
            if (version is not null)
            {
                replaced.Add(f.Document.Id);
            }
        }

        if (write.Count == 0)
        {
            return (false, outcomes);
        }

        if (replaced.Count > 0)
        {
            await RunAsync(tx, "write-release-document", new { documentIds = replaced }, ct).ConfigureAwait(false);
        }

        await RunAsync(tx, "write-document", new { documents = write.Select(f => f.Document).ToList() }, ct).ConfigureAwait(false);
        await RunAsync(tx, "write-meetings", new { meetings = Rows(write, f => f.Meetings) }, ct).ConfigureAwait(false);
        await RunAsync(tx, "write-attendance", new { attendance = Rows(write, f => f.Attendance) }, ct).ConfigureAwait(false);
        await RunAsync(tx, "write-held", new { held = write.SelectMany(f => f.Held).ToList() }, ct).ConfigureAwait(false);
        await RunAsync(tx, "write-discussions", new { discussions = Rows(write, f => f.Discussions) }, ct).ConfigureAwait(false);
        await RunAsync(tx, "write-statements", new { statements = Rows(write, f => f.Statements) }, ct).ConfigureAwait(false);
        await RunAsync(tx, "write-mentions", new { mentions = Rows(write, f => f.Mentions) }, ct).ConfigureAwait(false);
        if (replaced.Count > 0)
        {
            await RunAsync(tx, "write-prune-unsupported", null, ct).ConfigureAwait(false);
        }

        await RunAsync(tx, "write-store-generation", null, ct).ConfigureAwait(false);
        return (true, outcomes);
    }

    /// <summary>Every document's rows of one kind, each beside the id of the document that says it.</summary>
    private static List<BatchRow<T>> Rows<T>(IEnumerable<DocumentFacts> batch, Func<DocumentFacts, IEnumerable<T>> rows) =>
        [.. batch.SelectMany(f => rows(f).Select(r => new BatchRow<T>(f.Document.Id, r)))];

    private sealed record BatchRow<T>(string DocumentId, T Row);

    public Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        GuardedAsync(() => InTransactionAsync(async tx =>
        {
            await RunAsync(tx, "write-release-document", new { documentIds = new[] { documentId } }, cancellationToken).ConfigureAwait(false);
            var deleted = await RunAsync(tx, "write-delete-document", new { documentId }, cancellationToken).ConfigureAwait(false);
            var existed = deleted.Value<long>(deleted.Rows[0], "deleted") > 0;
            if (existed)
            {
                await RunAsync(tx, "write-prune-unsupported", null, cancellationToken).ConfigureAwait(false);
                await RunAsync(tx, "write-store-generation", null, cancellationToken).ConfigureAwait(false);
            }

            return (Commit: existed, Outcome: existed);
        }, cancellationToken), cancellationToken);

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            if (_health.Current is null)
            {
                var result = await QueryAsync("read-ping", null, cancellationToken).ConfigureAwait(false);
                return result.Rows.Count == 1;
            }

            // A write failed: ready again only once Neo4j takes a write (one that is always rolled back).
            await InTransactionAsync(async tx =>
            {
                await RunAsync(tx, "write-probe", null, cancellationToken).ConfigureAwait(false);
                return (Commit: false, Outcome: true);
            }, cancellationToken).ConfigureAwait(false);
            _health.Clear();
            LogRecovered(_logger);
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or Neo4jQueryException or Neo4jAuthenticationException or TaskCanceledException
            or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            if (_health.Current is not null && Neo4jFailure.UnavailableReason(ex, cancellationToken) is { } reason)
            {
                _health.Report(reason);
            }

            LogPingFailed(_logger, ex.GetType().Name, ex.Message);
            return false;
        }
    }

    /// <summary>
    /// Runs a document write; a failure of Neo4j itself becomes a <see cref="StoreUnavailableException"/> and the
    /// store's health fault (cleared by the next write that succeeds), anything else passes through.
    /// </summary>
    private async Task<T> GuardedAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        try
        {
            var result = await write().ConfigureAwait(false);
            _health.Clear();
            return result;
        }
        catch (Exception ex) when (Neo4jFailure.UnavailableReason(ex, cancellationToken) is { } reason)
        {
            _health.Report(reason);
            LogUnavailable(_logger, reason);
            throw new StoreUnavailableException(reason, ex);
        }
    }

    private Task<QueryResult> RunAsync(Neo4jTransaction tx, string name, object? parameters, CancellationToken cancellationToken) =>
        tx.RunAsync(_cypher[name], parameters, cancellationToken, name);

    private Task<QueryResult> QueryAsync(string name, object? parameters, CancellationToken cancellationToken) =>
        _client.RunAsync(_cypher[name], parameters, cancellationToken, name);

    private async Task<bool> InTransactionAsync(Func<Neo4jTransaction, Task<bool>> work, CancellationToken cancellationToken) =>
        await InTransactionAsync(async tx => (Commit: await work(tx).ConfigureAwait(false), Outcome: true), cancellationToken).ConfigureAwait(false);

    /// <summary>Runs the work in one explicit transaction, committing if it says so; retries the whole transaction on transient errors.</summary>
    private async Task<T> InTransactionAsync<T>(Func<Neo4jTransaction, Task<(bool Commit, T Outcome)>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var tx = await _client.BeginAsync(cancellationToken).ConfigureAwait(false);
                var (commit, outcome) = await work(tx).ConfigureAwait(false);
                if (commit)
                {
                    await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
                }

                return outcome;
            }
            catch (Neo4jQueryException ex) when (ex.IsTransient && attempt < _retries)
            {
                LogTransient(_logger, ex.Code, attempt + 1);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * (1 << attempt)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j graph store initialised with {Topics} topics and {Offices} offices")]
    private static partial void LogInitialized(ILogger logger, int topics, int offices);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j refused a batch of {Count} documents ({Code}); writing them one transaction each to find the one it refuses")]
    private static partial void LogBatchSplit(ILogger logger, string code, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j did not answer the readiness probe ({Failure}: {Reason})")]
    private static partial void LogPingFailed(ILogger logger, string failure, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Neo4j cannot take writes: {Reason}; writes answer 'unavailable' until it can")]
    private static partial void LogUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Neo4j takes writes again")]
    private static partial void LogRecovered(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j reported transient error {Code}; retrying the transaction (attempt {Attempt})")]
    private static partial void LogTransient(ILogger logger, string code, int attempt);
}

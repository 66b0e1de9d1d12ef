using GraphRelations.Extraction;
using GraphRelations.Graph.Model;
using GraphRelations.Graph.Reading;
using GraphRelations.Graph.Writing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphRelations.Graph.Neo4j;

/// <summary>
/// The production store: Neo4j over its HTTP Query API. Every statement is a file in cypher/ run with
/// parameters; one document is written in one explicit transaction.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private static readonly string[] Queries =
    [
        "write-topics", "write-subtopics", "write-offices", "write-claim-document", "write-release-document",
        "write-prune-unsupported", "write-delete-document", "write-document", "write-meetings", "write-attendance",
        "write-held", "write-discussions", "write-statements", "write-mentions",
        "read-count-nodes", "read-count-relationships", "read-topics", "read-topic", "read-timeline-meetings",
        "read-timeline-statements", "read-meetings-page", "read-meetings-count", "read-meeting", "read-people",
        "read-person", "read-document", "read-ping",
        "read-version", "read-person-exists", "read-timeline-count", "read-timeline-first-subtopics", "read-timeline-first-mentions",
    ];

    private readonly Neo4jQueryClient _client;
    private readonly CypherLibrary _cypher;
    private readonly IDomainKnowledge _knowledge;
    private readonly ILogger<Neo4jGraphStore> _logger;
    private readonly int _retries;

    public Neo4jGraphStore(Neo4jQueryClient client, CypherLibrary cypher, IDomainKnowledge knowledge, IOptions<Neo4jOptions> options, ILogger<Neo4jGraphStore> logger)
    {
        ArgumentNullException.ThrowIfNull(cypher);
        ArgumentNullException.ThrowIfNull(options);
        cypher.Require(Queries);
        _client = client;
        _cypher = cypher;
        _knowledge = knowledge;
        _logger = logger;
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
            return true;
        }, cancellationToken).ConfigureAwait(false);
        LogInitialized(_logger, topics.Count, offices.Count);
    }

    public Task<WriteOutcome> WriteDocumentAsync(DocumentRecord document, CancellationToken cancellationToken = default)
    {
        var facts = DocumentFacts.From(document);
        var documentId = facts.Document.Id;
        return InTransactionAsync(async tx =>
        {
            var claim = await RunAsync(tx, "write-claim-document", new { documentId }, cancellationToken).ConfigureAwait(false);
            var previous = claim.Value<string?>(claim.Rows[0], "previousVersion");
            if (previous == facts.Document.ExtractorVersion)
            {
                return (Commit: false, Outcome: WriteOutcome.Unchanged);
            }

            if (previous is not null)
            {
                await RunAsync(tx, "write-release-document", new { documentId }, cancellationToken).ConfigureAwait(false);
            }

            await RunAsync(tx, "write-document", new { document = facts.Document }, cancellationToken).ConfigureAwait(false);
            await RunAsync(tx, "write-meetings", new { documentId, meetings = facts.Meetings }, cancellationToken).ConfigureAwait(false);
            await RunAsync(tx, "write-attendance", new { documentId, attendance = facts.Attendance }, cancellationToken).ConfigureAwait(false);
            await RunAsync(tx, "write-held", new { held = facts.Held }, cancellationToken).ConfigureAwait(false);
            await RunAsync(tx, "write-discussions", new { documentId, discussions = facts.Discussions }, cancellationToken).ConfigureAwait(false);
            await RunAsync(tx, "write-statements", new { documentId, statements = facts.Statements }, cancellationToken).ConfigureAwait(false);
            await RunAsync(tx, "write-mentions", new { documentId, mentions = facts.Mentions }, cancellationToken).ConfigureAwait(false);
            if (previous is not null)
            {
                await RunAsync(tx, "write-prune-unsupported", null, cancellationToken).ConfigureAwait(false);
            }

            return (Commit: true, Outcome: previous is null ? WriteOutcome.Inserted : WriteOutcome.Replaced);
        }, cancellationToken);
    }

    public Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        InTransactionAsync(async tx =>
        {
            await RunAsync(tx, "write-release-document", new { documentId }, cancellationToken).ConfigureAwait(false);
            var deleted = await RunAsync(tx, "write-delete-document", new { documentId }, cancellationToken).ConfigureAwait(false);
            var existed = deleted.Value<long>(deleted.Rows[0], "deleted") > 0;
            if (existed)
            {
                await RunAsync(tx, "write-prune-unsupported", null, cancellationToken).ConfigureAwait(false);
            }

            return (Commit: existed, Outcome: existed);
        }, cancellationToken);

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await QueryAsync("read-ping", null, cancellationToken).ConfigureAwait(false);
            return result.Rows.Count == 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or Neo4jQueryException or Neo4jAuthenticationException or TaskCanceledException
            or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            LogPingFailed(_logger, ex);
            return false;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j did not answer the readiness probe")]
    private static partial void LogPingFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j reported transient error {Code}; retrying the transaction (attempt {Attempt})")]
    private static partial void LogTransient(ILogger logger, string code, int attempt);
}

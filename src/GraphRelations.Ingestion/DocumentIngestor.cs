using GraphRelations.Extraction;
using GraphRelations.Extraction.Model;
using GraphRelations.Graph;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphRelations.Ingestion;

/// <summary>
/// The one ingestion pipeline (inbox worker, <c>ingest</c> verb, POST /api/documents):
/// validate -> normalise -> extract -> refuse off-genre -> write the document in one store transaction.
/// </summary>
/// <remarks>
/// Bad input never throws: it comes back as <see cref="IngestionOutcome.Quarantined"/> with a reason. A failing
/// store does throw, because the input is fine and the caller should retry rather than quarantine it.
/// </remarks>
public sealed class DocumentIngestor(
    IMeetingRecordExtractor extractor,
    IGraphStore store,
    IOptions<IngestionOptions> options,
    TimeProvider clock,
    ILogger<DocumentIngestor> logger)
{
    private readonly Lock _initializeGate = new();
    private Task? _initialization;

    public long MaxBytes => options.Value.MaxFileBytes;

    /// <summary>Ingests text that is already a string (e.g. a JSON request body).</summary>
    public Task<IngestionResult> IngestAsync(string text, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IngestVerifiedAsync(InputValidator.Check(text, options.Value), source, cancellationToken);
    }

    /// <summary>Ingests raw bytes, which must be UTF-8 text.</summary>
    public Task<IngestionResult> IngestAsync(ReadOnlyMemory<byte> content, string source, CancellationToken cancellationToken = default) =>
        IngestVerifiedAsync(InputValidator.Check(content.Span, options.Value), source, cancellationToken);

    /// <summary>Ingests a stream, reading at most one byte past the size limit so oversized input is never buffered whole.</summary>
    public async Task<IngestionResult> IngestAsync(Stream content, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek && content.Length - content.Position > MaxBytes)
        {
            return Refuse(IngestionResult.Rejected(
                RejectionReasons.TooLarge, $"{content.Length - content.Position} bytes is over the limit of {MaxBytes} bytes"), source);
        }

        var bytes = await ReadAtMostAsync(content, MaxBytes + 1, cancellationToken);
        if (bytes.Length > MaxBytes)
        {
            return Refuse(IngestionResult.Rejected(RejectionReasons.TooLarge, $"more than {MaxBytes} bytes (the limit)"), source);
        }

        return await IngestAsync(bytes, source, cancellationToken);
    }

    /// <summary>Creates the store's schema and reference data once per process; the store makes it idempotent.</summary>
    public Task EnsureStoreInitializedAsync(CancellationToken cancellationToken = default)
    {
        lock (_initializeGate)
        {
            // A failed attempt (store not up yet) is retried by the next caller rather than remembered for ever.
            if (_initialization is null || _initialization.IsFaulted || _initialization.IsCanceled)
            {
                _initialization = store.InitializeAsync(cancellationToken);
            }

            return _initialization;
        }
    }

    /// <summary>
    /// Whether the store answers at all. Lets callers tell a store outage (retry every file later) from one document the
    /// store keeps refusing (quarantine it).
    /// </summary>
    public async Task<bool> StoreRespondsAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.PingAsync(cancellationToken);
        }
#pragma warning disable CA1031 // Any failure to answer means "not responding"; the caller only needs the yes/no.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    /// <summary>
    /// The CPU half of the pipeline, with no store access: validate, normalise, extract, refuse off-genre. Safe to run on
    /// another thread than the writes (<see cref="BatchIngestor"/> runs it ahead of the store).
    /// </summary>
    public PreparedDocument Prepare(ReadOnlySpan<byte> content, string source) => Prepare(InputValidator.Check(content, options.Value), source);

    /// <summary>
    /// The store half for a batch: writes every prepared document in one store transaction and returns one result per
    /// input, in order (a refusal from <see cref="Prepare(ReadOnlySpan{byte}, string)"/> comes back as it was). A document
    /// the store refuses alone is quarantined as <c>store-failed</c> while the rest commit; a failing store throws and
    /// commits nothing of the batch, so the caller can retry every input.
    /// </summary>
    public async Task<IReadOnlyList<IngestionResult>> WriteAsync(IReadOnlyList<PreparedDocument> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var records = batch.Where(p => p.Record is not null).Select(p => p.Record!).ToList();
        IReadOnlyList<DocumentWriteResult> written = [];
        if (records.Count > 0)
        {
            await EnsureStoreInitializedAsync(cancellationToken);
            written = await store.WriteDocumentsAsync(records, cancellationToken);
        }

        var results = new List<IngestionResult>(batch.Count);
        var next = 0;
        foreach (var prepared in batch)
        {
            if (prepared.Record is not { } record)
            {
                results.Add(prepared.Refusal!);
                continue;
            }

            var w = written[next++];
            var graph = record.Graph;
            if (w.Outcome is not { } done)
            {
                results.Add(Refuse(IngestionResult.Rejected(RejectionReasons.StoreFailed, w.Error ?? "the store refused the document", graph.DocumentId, graph), prepared.Source));
                continue;
            }

            results.Add(Ingested(graph, prepared.Source, done));
        }

        return results;
    }

    private async Task<IngestionResult> IngestVerifiedAsync(InputValidator.Verdict verdict, string source, CancellationToken cancellationToken)
    {
        var prepared = Prepare(verdict, source);
        if (prepared.Record is null)
        {
            return prepared.Refusal!;
        }

        await EnsureStoreInitializedAsync(cancellationToken);
        var record = prepared.Record;
        var written = await store.WriteDocumentAsync(record, cancellationToken);
        return Ingested(record.Graph, source, written);
    }

    /// <summary>The result, and its log line, of a document the store committed.</summary>
    private IngestionResult Ingested(DocumentGraph graph, string source, WriteOutcome written)
    {
        var outcome = written switch
        {
            WriteOutcome.Inserted => IngestionOutcome.Inserted,
            WriteOutcome.Unchanged => IngestionOutcome.Unchanged,
            WriteOutcome.Replaced => IngestionOutcome.Replaced,
            _ => throw new InvalidOperationException($"Unknown write outcome {written}"),
        };

        logger.Ingested(graph.DocumentId, source, outcome, graph.Meetings.Count);
        return new IngestionResult(graph.DocumentId, outcome, null, graph.Meetings.Count, graph);
    }

    private PreparedDocument Prepare(InputValidator.Verdict verdict, string source)
    {
        if (!verdict.IsValid)
        {
            return PreparedDocument.Refused(source, Refuse(IngestionResult.Rejected(verdict.Reason!, verdict.Detail!), source));
        }

        DocumentGraph graph;
        NormalizedDocument document;
        try
        {
            document = extractor.Normalize(verdict.Text!);
            graph = extractor.Extract(document, source);
        }
#pragma warning disable CA1031 // The extractor promises not to throw; if it does, that input is quarantined, not fatal.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.ExtractorFailed(ex, extractor.Version, source);
            return PreparedDocument.Refused(source, Refuse(IngestionResult.Rejected(RejectionReasons.ExtractionFailed, $"{ex.GetType().Name}: {ex.Message}"), source));
        }

        if (graph.Meetings.Count == 0)
        {
            var why = string.IsNullOrWhiteSpace(graph.Reason) ? "no meeting found" : graph.Reason;
            return PreparedDocument.Refused(source, Refuse(IngestionResult.Rejected(RejectionReasons.OffGenre, why, document.Id, graph), source));
        }

        var limit = options.Value.MaxStatementsPerMeeting;
        if (graph.Meetings.FirstOrDefault(m => m.Statements.Count > limit) is { } flooded)
        {
            return PreparedDocument.Refused(source, Refuse(IngestionResult.Rejected(RejectionReasons.TooManyStatements,
                $"a meeting ({flooded.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}) has {flooded.Statements.Count} statements; the limit is {limit}",
                document.Id), source));
        }

        return new PreparedDocument(source, null, new DocumentRecord(graph, document.Text, clock.GetUtcNow()));
    }

    private IngestionResult Refuse(IngestionResult result, string source)
    {
        logger.Refused(source, result.DocumentId, result.Reason, result.Detail);
        return result;
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length < limit)
        {
            var wanted = (int)Math.Min(chunk.Length, limit - buffer.Length);
            var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

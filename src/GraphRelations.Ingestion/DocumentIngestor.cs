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

    private async Task<IngestionResult> IngestVerifiedAsync(InputValidator.Verdict verdict, string source, CancellationToken cancellationToken)
    {
        if (!verdict.IsValid)
        {
            return Refuse(IngestionResult.Rejected(verdict.Reason!, verdict.Detail!), source);
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
            return Refuse(IngestionResult.Rejected(RejectionReasons.ExtractionFailed, $"{ex.GetType().Name}: {ex.Message}"), source);
        }

        if (graph.Meetings.Count == 0)
        {
            var why = string.IsNullOrWhiteSpace(graph.Reason) ? "no meeting found" : graph.Reason;
            return Refuse(IngestionResult.Rejected(RejectionReasons.OffGenre, why, document.Id, graph), source);
        }

        var limit = options.Value.MaxStatementsPerMeeting;
        if (graph.Meetings.FirstOrDefault(m => m.Statements.Count > limit) is { } flooded)
        {
            return Refuse(IngestionResult.Rejected(RejectionReasons.TooManyStatements,
                $"a meeting ({flooded.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}) has {flooded.Statements.Count} statements; the limit is {limit}",
                document.Id), source);
        }

        await EnsureStoreInitializedAsync(cancellationToken);
        var written = await store.WriteDocumentAsync(new DocumentRecord(graph, document.Text, clock.GetUtcNow()), cancellationToken);
        var outcome = written switch
        {
            WriteOutcome.Inserted => IngestionOutcome.Inserted,
            WriteOutcome.Unchanged => IngestionOutcome.Unchanged,
            WriteOutcome.Replaced => IngestionOutcome.Replaced,
            _ => throw new InvalidOperationException($"Unknown write outcome {written}"),
        };

        logger.Ingested(document.Id, source, outcome, graph.Meetings.Count);
        return new IngestionResult(document.Id, outcome, null, graph.Meetings.Count, graph);
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

using GraphRelations.Api.Caching;
using GraphRelations.Api.Problems;
using GraphRelations.Api.Queries;
using GraphRelations.Api.Security;
using GraphRelations.Api.Validation;
using GraphRelations.Extraction;
using GraphRelations.Extraction.Contract;
using GraphRelations.Graph;
using GraphRelations.Graph.Model;
using GraphRelations.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace GraphRelations.Api.Apis;

public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/documents").WithTags("Documents");

        api.MapPost("/", IngestDocument)
            .RequireWriter()
            .Validate<DocumentUploadQuery>()
            .Accepts<string>("text/plain")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithName("IngestDocument")
            .WithSummary("Ingest a meeting record")
            .WithDescription("Runs the plain-text body through the same pipeline as the inbox worker. 201 when the document is new "
                + "or replaces an older extraction, 200 when it was already there; a problem with the quarantine reason otherwise.");

        api.MapGet("/{id}", GetDocument)
            .WithStoreCaching()
            .WithName("GetDocument")
            .WithSummary("Get a document")
            .WithDescription("The document's metadata, its normalised text (what statement offsets index) and the meetings it reports.");

        api.MapGet("/{id}/extraction", GetExtraction)
            .WithStoreCaching()
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithName("GetDocumentExtraction")
            .WithSummary("Get a document's extraction")
            .WithDescription("The extraction output contract JSON for the document, produced by re-running the pure extractor on the stored normalised text.");

        return app;
    }

    public static async Task<Results<Created<DocumentIngested>, Ok<DocumentIngested>, ProblemHttpResult>> IngestDocument(
        HttpRequest request,
        [AsParameters] DocumentUploadQuery query,
        DocumentIngestor ingestor,
        CancellationToken cancellationToken)
    {
        if (request.ContentType is { } contentType
            && !(MediaTypeHeaderValue.TryParse(contentType, out var mediaType) && mediaType.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase)))
        {
            return ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type", "Content-Type",
                "The body must be the meeting record as text/plain (UTF-8).");
        }

        var source = query.Source?.Trim() ?? DocumentUploadQuery.DefaultSource;
        var result = await ingestor.IngestAsync(request.Body, source, cancellationToken);
        if (result.IsQuarantined || result.DocumentId is null || result.Graph is null)
        {
            return Quarantined(result);
        }

        var body = new DocumentIngested(result.DocumentId, result.Outcome, result.Meetings, ExtractionJson.ToContract(result.Graph));
        return result.Outcome == IngestionOutcome.Unchanged
            ? TypedResults.Ok(body)
            : TypedResults.Created($"/api/documents/{result.DocumentId}", body);
    }

    public static async Task<Results<Ok<StoredDocument>, ProblemHttpResult>> GetDocument(
        string id,
        IGraphStore store,
        CancellationToken cancellationToken) =>
        await store.GetDocumentAsync(id, cancellationToken) is { } document
            ? TypedResults.Ok(document)
            : ApiProblems.NotFound("id", $"No document has the id '{id}'.");

    /// <remarks>
    /// The extraction is recomputed rather than stored: the extractor is pure and deterministic and the store keeps the
    /// exact normalised text the document id hashes, so the stored text is the single source of truth and nothing can
    /// drift. When the running extractor is newer than the one that wrote the document, the headers say both versions.
    /// </remarks>
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetExtraction(
        string id,
        IGraphStore store,
        IMeetingRecordExtractor extractor,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        if (await store.GetDocumentAsync(id, cancellationToken) is not { } stored)
        {
            return ApiProblems.NotFound("id", $"No document has the id '{id}'.");
        }

        var graph = extractor.Extract(new NormalizedDocument(stored.Document.Id, stored.Text), stored.Document.Source);
        response.Headers["X-Extractor-Version"] = extractor.Version;
        response.Headers["X-Stored-Extractor-Version"] = stored.Document.ExtractorVersion;
        return TypedResults.Content(ExtractionJson.Serialize(graph), "application/json; charset=utf-8");
    }

    private static ProblemHttpResult Quarantined(IngestionResult result)
    {
        var status = result.Reason switch
        {
            RejectionReasons.TooLarge or RejectionReasons.TooManyLines or RejectionReasons.TooManySentences => StatusCodes.Status413PayloadTooLarge,
            RejectionReasons.OffGenre or RejectionReasons.ExtractionFailed or RejectionReasons.TooManyStatements => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status400BadRequest,
        };
        var detail = $"Quarantined ({result.Reason}): {result.Detail}";
        return TypedResults.Problem(
            detail: detail,
            statusCode: status,
            title: "The document was not ingested.",
            extensions: new Dictionary<string, object?>
            {
                ["reason"] = result.Reason,
                ["documentId"] = result.DocumentId,
                ["errors"] = new Dictionary<string, string[]> { ["body"] = [detail] },
            });
    }
}

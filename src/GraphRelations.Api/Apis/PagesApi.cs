using GraphRelations.Api.Pages;
using GraphRelations.Api.Problems;
using GraphRelations.Api.Queries;
using GraphRelations.Api.Validation;
using GraphRelations.Graph;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphRelations.Api.Apis;

/// <summary>
/// The pages an analyst looks at: an index of topics, a topic's timeline and a source document with a sentence
/// highlighted. Pages are static files embedded in the assembly; their scripts fetch the JSON API and build the
/// DOM with textContent only, so document text can never become markup.
/// </summary>
public static class PagesApi
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").WithTags("Pages").ExcludeFromDescription();

        pages.MapGet("/", () => PageAssets.Page("index.html"));

        pages.MapGet("/topics/{id}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
            string id, IGraphStore store, CancellationToken cancellationToken) =>
            (await store.GetTopicsAsync(cancellationToken)).Any(topic => topic.Id == id)
                ? PageAssets.Page("topic.html")
                : ApiProblems.NotFound("id", $"No topic has the id '{id}'."));

        pages.MapGet("/documents/{id}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
            string id, [AsParameters] DocumentRangeQuery range, IGraphStore store, CancellationToken cancellationToken) =>
            await store.GetDocumentAsync(id, cancellationToken) is not null
                ? PageAssets.Page("document.html")
                : ApiProblems.NotFound("id", $"No document has the id '{id}'."))
            .Validate<DocumentRangeQuery>();

        pages.MapGet("/assets/{name}", Results<FileContentHttpResult, NotFound> (string name) =>
            PageAssets.Asset(name) is { } asset ? asset : TypedResults.NotFound());

        return app;
    }
}

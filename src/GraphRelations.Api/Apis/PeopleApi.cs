using GraphRelations.Api.Caching;
using GraphRelations.Api.Problems;
using GraphRelations.Graph;
using GraphRelations.Graph.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphRelations.Api.Apis;

public static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/people").WithTags("People");

        api.MapGet("/", GetPeople)
            .WithStoreCaching()
            .WithName("ListPeople")
            .WithSummary("List people")
            .WithDescription("Everyone who attended a meeting, with how many meetings they attended.");

        api.MapGet("/{id}", GetPerson)
            .WithStoreCaching()
            .WithName("GetPerson")
            .WithSummary("Get a person")
            .WithDescription($"A person's offices, their latest {PersonDetail.RecentMeetingLimit} dated meetings with a link to all of them, counterparts and the topics their meetings discussed.");

        return app;
    }

    public static async Task<Ok<IReadOnlyList<PersonSummary>>> GetPeople(IGraphStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.GetPeopleAsync(cancellationToken));

    public static async Task<Results<Ok<PersonPage>, ProblemHttpResult>> GetPerson(
        string id,
        IGraphStore store,
        HttpRequest request,
        CancellationToken cancellationToken) =>
        await store.GetPersonAsync(id, cancellationToken) is { } person
            ? TypedResults.Ok(PersonPage.Of(person, request))
            : ApiProblems.NotFound("id", $"No person has the id '{id}'.");
}

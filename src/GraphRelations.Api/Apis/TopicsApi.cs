using GraphRelations.Api.Problems;
using GraphRelations.Api.Queries;
using GraphRelations.Api.Validation;
using GraphRelations.Graph;
using GraphRelations.Graph.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphRelations.Api.Apis;

public static class TopicsApi
{
    public static IEndpointRouteBuilder MapTopicsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/topics").WithTags("Topics");

        api.MapGet("/", GetTopics)
            .WithName("ListTopics")
            .WithSummary("List the topic taxonomy")
            .WithDescription("Every taxonomy topic with its parent, how many meetings discussed it, and the first and last such meeting.");

        api.MapGet("/{id}/timeline", GetTimeline)
            .Validate<TimelineQuery>()
            .WithName("GetTopicTimeline")
            .WithSummary("How a topic evolved across meetings")
            .WithDescription("Meetings that discussed the topic or one of its subtopics, in date order, with the statements about it "
                + "(agreements apart from unilateral positions) and what was new at each meeting.");

        return app;
    }

    public static async Task<Ok<IReadOnlyList<TopicSummary>>> GetTopics(IGraphStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.GetTopicsAsync(cancellationToken));

    public static async Task<Results<Ok<TopicTimeline>, ProblemHttpResult>> GetTimeline(
        string id,
        [AsParameters] TimelineQuery query,
        IGraphStore store,
        CancellationToken cancellationToken)
    {
        var filter = query.ToFilter();
        if (filter.PersonId is { } personId && await store.GetPersonAsync(personId, cancellationToken) is null)
        {
            return ApiProblems.NotFound("person", $"No person has the id '{personId}'.");
        }

        var timeline = await store.GetTopicTimelineAsync(id, filter, cancellationToken);
        return timeline is null
            ? ApiProblems.NotFound("id", $"No topic has the id '{id}'.")
            : TypedResults.Ok(timeline);
    }
}

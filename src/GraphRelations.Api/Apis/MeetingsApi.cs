using GraphRelations.Api.Caching;
using GraphRelations.Api.Problems;
using GraphRelations.Api.Queries;
using GraphRelations.Api.Validation;
using GraphRelations.Graph;
using GraphRelations.Graph.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphRelations.Api.Apis;

public static class MeetingsApi
{
    public static IEndpointRouteBuilder MapMeetingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/meetings").WithTags("Meetings");

        api.MapGet("/", FindMeetings)
            .Validate<MeetingQuery>()
            .WithStoreCaching()
            .WithName("ListMeetings")
            .WithSummary("Find meetings")
            .WithDescription("A page of meetings in date order, narrowed by date range, participant, topic and kind.");

        api.MapGet("/{id}", GetMeeting)
            .WithStoreCaching()
            .WithName("GetMeeting")
            .WithSummary("Get a meeting")
            .WithDescription("Everything the graph holds about one meeting: participants, topics, statements, mentions and the documents that report it.");

        return app;
    }

    public static async Task<Results<Ok<MeetingPage>, ProblemHttpResult>> FindMeetings(
        [AsParameters] MeetingQuery query,
        IGraphStore store,
        CancellationToken cancellationToken)
    {
        var filter = query.ToFilter();
        if (filter.PersonId is { } personId && !await store.PersonExistsAsync(personId, cancellationToken))
        {
            return ApiProblems.NotFound("person", $"No person has the id '{personId}'.");
        }

        if (filter.TopicId is { } topicId && !await store.TopicExistsAsync(topicId, cancellationToken))
        {
            return ApiProblems.NotFound("topic", $"No topic has the id '{topicId}'.");
        }

        return TypedResults.Ok(await store.FindMeetingsAsync(filter, cancellationToken));
    }

    public static async Task<Results<Ok<MeetingDetail>, ProblemHttpResult>> GetMeeting(
        string id,
        IGraphStore store,
        CancellationToken cancellationToken) =>
        await store.GetMeetingAsync(id, cancellationToken) is { } meeting
            ? TypedResults.Ok(meeting)
            : ApiProblems.NotFound("id", $"No meeting has the id '{id}'.");
}

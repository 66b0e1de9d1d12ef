using GraphRelations.Api.Caching;
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
            .WithStoreCaching()
            .WithDescription("Every taxonomy topic with its parent, how many meetings discussed it, and the first and last such meeting.");

        api.MapGet("/{id}/timeline", GetTimeline)
            .Validate<TimelineQuery>()
            .WithStoreCaching()
            .WithName("GetTopicTimeline")
            .WithSummary("How a topic evolved across meetings")
            .WithDescription("A page of the meetings that discussed the topic or one of its subtopics, in date order, with the statements "
                + "about it (agreements apart from unilateral positions, at most statementsPerMeeting each, with the full count and a link "
                + "to the meeting) and what was new at each meeting; total, next and previous for paging.");

        return app;
    }

    public static async Task<Ok<IReadOnlyList<TopicSummary>>> GetTopics(IGraphStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.GetTopicsAsync(cancellationToken));

    public static async Task<Results<Ok<TimelinePage>, ProblemHttpResult>> GetTimeline(
        string id,
        [AsParameters] TimelineQuery query,
        IGraphStore store,
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        var filter = query.ToFilter();
        if (filter.PersonId is { } personId && !await store.PersonExistsAsync(personId, cancellationToken))
        {
            return ApiProblems.NotFound("person", $"No person has the id '{personId}'.");
        }

        var timeline = await store.GetTopicTimelineAsync(id, filter, cancellationToken);
        return timeline is null
            ? ApiProblems.NotFound("id", $"No topic has the id '{id}'.")
            : TypedResults.Ok(PageOf(timeline, request));
    }

    private static TimelinePage PageOf(TopicTimeline timeline, HttpRequest request)
    {
        var pages = (int)Math.Ceiling(timeline.Total / (double)timeline.PageSize);
        string? Link(int page) => page < 1 || page > pages ? null : request.PathBase + request.Path + WithPage(request.Query, page);
        return new TimelinePage(
            timeline.TopicId,
            timeline.Name,
            timeline.Page,
            timeline.PageSize,
            timeline.Total,
            Link(timeline.Page + 1),
            timeline.Page > pages ? Link(pages) : Link(timeline.Page - 1),
            [.. timeline.Entries.Select(e => new TimelinePageEntry(
                e.Meeting, e.Agreements, e.Positions, e.NewSubtopics, e.NewMentions, e.StatementCount,
                $"{request.PathBase}/api/meetings/{Uri.EscapeDataString(e.Meeting.Id)}"))]);
    }

    private static QueryString WithPage(IQueryCollection query, int page) =>
        QueryString.Create(query
            .Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)))
            .Append(KeyValuePair.Create("page", (string?)page.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}

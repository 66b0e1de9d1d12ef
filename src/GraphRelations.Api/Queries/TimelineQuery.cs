using System.ComponentModel;
using GraphRelations.Graph.Model;
using Microsoft.AspNetCore.Mvc;

namespace GraphRelations.Api.Queries;

/// <summary>The query string of <c>GET /api/topics/{id}/timeline</c>.</summary>
public sealed record TimelineQuery(
    [property: Description("First meeting date to include, yyyy-MM-dd.")][FromQuery(Name = "from")] string? From = null,
    [property: Description("Last meeting date to include, yyyy-MM-dd.")][FromQuery(Name = "to")] string? To = null,
    [property: Description("Only meetings this person attended (person id).")][FromQuery(Name = "person")] string? Person = null,
    [property: Description("Only meetings of this kind: summit, foreign-ministers, telephone, other.")][FromQuery(Name = "kind")] string? Kind = null,
    [property: Description("Page number, from 1.")][FromQuery(Name = "page")] string? Page = null,
    [property: Description("Meetings per page, 1 to 100.")][FromQuery(Name = "pageSize")] string? PageSize = null,
    [property: Description("Statements shown per meeting, 1 to 50 (agreements first); each entry still counts them all.")]
    [FromQuery(Name = "statementsPerMeeting")] string? StatementsPerMeeting = null) : IMeetingScope, IPaged
{
    public const int DefaultStatementsPerMeeting = 10;
    public const int MaxStatementsPerMeeting = 50;

    /// <summary>Only valid after <see cref="Validation.TimelineQueryValidator"/> has passed.</summary>
    public TimelineFilter ToFilter() => new(
        QueryValues.ParseDate(QueryValues.Blank(From)),
        QueryValues.ParseDate(QueryValues.Blank(To)),
        QueryValues.Blank(Person),
        QueryValues.Blank(Kind),
        QueryValues.ParseInt(Page) ?? 1,
        QueryValues.ParseInt(PageSize) ?? MeetingQuery.DefaultPageSize,
        QueryValues.ParseInt(StatementsPerMeeting) ?? DefaultStatementsPerMeeting);
}

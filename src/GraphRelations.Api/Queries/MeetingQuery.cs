using System.ComponentModel;
using GraphRelations.Graph.Model;
using Microsoft.AspNetCore.Mvc;

namespace GraphRelations.Api.Queries;

/// <summary>The query string of <c>GET /api/meetings</c>.</summary>
public sealed record MeetingQuery(
    [property: Description("First meeting date to include, yyyy-MM-dd.")][FromQuery(Name = "from")] string? From = null,
    [property: Description("Last meeting date to include, yyyy-MM-dd.")][FromQuery(Name = "to")] string? To = null,
    [property: Description("Only meetings this person attended (person id).")][FromQuery(Name = "person")] string? Person = null,
    [property: Description("Only meetings that discussed this topic or one of its subtopics (topic id).")][FromQuery(Name = "topic")] string? Topic = null,
    [property: Description("Only meetings of this kind: summit, foreign-ministers, telephone, other.")][FromQuery(Name = "kind")] string? Kind = null,
    [property: Description("Page number, from 1.")][FromQuery(Name = "page")] string? Page = null,
    [property: Description("Meetings per page, 1 to 100.")][FromQuery(Name = "pageSize")] string? PageSize = null) : IMeetingScope, IPaged
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Only valid after <see cref="Validation.MeetingQueryValidator"/> has passed.</summary>
    public MeetingFilter ToFilter() => new(
        QueryValues.ParseDate(QueryValues.Blank(From)),
        QueryValues.ParseDate(QueryValues.Blank(To)),
        QueryValues.Blank(Person),
        QueryValues.Blank(Topic),
        QueryValues.Blank(Kind),
        QueryValues.ParseInt(Page) ?? 1,
        QueryValues.ParseInt(PageSize) ?? DefaultPageSize);
}

using System.ComponentModel;
using GraphRelations.Graph.Model;
using Microsoft.AspNetCore.Mvc;

namespace GraphRelations.Api.Queries;

/// <summary>The query string of <c>GET /api/topics/{id}/timeline</c>.</summary>
public sealed record TimelineQuery(
    [property: Description("First meeting date to include, yyyy-MM-dd.")][FromQuery(Name = "from")] string? From = null,
    [property: Description("Last meeting date to include, yyyy-MM-dd.")][FromQuery(Name = "to")] string? To = null,
    [property: Description("Only meetings this person attended (person id).")][FromQuery(Name = "person")] string? Person = null,
    [property: Description("Only meetings of this kind: summit, foreign-ministers, telephone, other.")][FromQuery(Name = "kind")] string? Kind = null) : IMeetingScope
{
    /// <summary>Only valid after <see cref="Validation.TimelineQueryValidator"/> has passed.</summary>
    public TimelineFilter ToFilter() =>
        new(QueryValues.ParseDate(QueryValues.Blank(From)), QueryValues.ParseDate(QueryValues.Blank(To)), QueryValues.Blank(Person), QueryValues.Blank(Kind));
}

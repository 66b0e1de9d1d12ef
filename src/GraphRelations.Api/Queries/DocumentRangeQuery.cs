using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace GraphRelations.Api.Queries;

/// <summary>The character range of the document page to highlight (a statement's provenance offsets).</summary>
public sealed record DocumentRangeQuery(
    [property: Description("Start offset of the range to highlight in the normalised text.")][FromQuery(Name = "start")] string? Start = null,
    [property: Description("End offset (exclusive) of the range to highlight.")][FromQuery(Name = "end")] string? End = null);

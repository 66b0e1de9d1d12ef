namespace GraphRelations.Extraction.Model;

/// <summary>An office a person can hold, e.g. <c>jp-prime-minister</c>.</summary>
public sealed record Office(string Id, string Name, string Country);

namespace GraphRelations.Extraction.Model;

/// <summary>A taxonomy topic; <see cref="ParentId"/> is the topic it is a subtopic of.</summary>
public sealed record Topic(string Id, string Name, string? ParentId);

namespace GraphRelations.Graph.Model;

/// <summary>A taxonomy topic with how many meetings discussed it and when first and last.</summary>
public sealed record TopicSummary(string Id, string Name, string? ParentId, int MeetingCount, DateOnly? FirstMeeting, DateOnly? LastMeeting);

namespace GraphRelations.Extraction.Model;

/// <summary>A taxonomy topic a meeting discussed, with the section heading that named it (null when only a statement did).</summary>
public sealed record MeetingTopic(string TopicId, string? Heading, int Order);

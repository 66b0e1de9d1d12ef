namespace GraphRelations.Graph.Model;

/// <summary>A stored document with its normalised text (what provenance offsets index) and the meetings it reports.</summary>
public sealed record StoredDocument(DocumentSummary Document, string Text, IReadOnlyList<string> MeetingIds);

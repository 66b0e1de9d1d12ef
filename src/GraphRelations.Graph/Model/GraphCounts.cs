namespace GraphRelations.Graph.Model;

/// <summary>Node and relationship counts per label and type; what idempotency and replacement tests compare.</summary>
public sealed record GraphCounts(IReadOnlyDictionary<string, long> Nodes, IReadOnlyDictionary<string, long> Relationships);

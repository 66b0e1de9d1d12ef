using GraphRelations.Extraction.Model;

namespace GraphRelations.Graph;

/// <summary>The node labels and relationship types of the graph model (cypher/SCHEMA.md), in one place.</summary>
public static class GraphVocabulary
{
    public static readonly IReadOnlyList<string> Labels =
        ["Document", "Meeting", "Person", "Office", "Topic", "Statement", .. MentionTypes.All];

    public static readonly IReadOnlyList<string> RelationshipTypes =
        ["ATTENDED", "REPORTED_IN", "HELD", "DISCUSSED", "SUBTOPIC_OF", "HAS_STATEMENT", "MADE", "ABOUT", "MENTIONS"];

    /// <summary>
    /// Both adapters report every label and type of the model, zero when absent, so that counts from two
    /// adapters (or before and after a write) compare as equal dictionaries.
    /// </summary>
    internal static GraphCountsBuilder NewCounts() => new();

    internal sealed class GraphCountsBuilder
    {
        private readonly Dictionary<string, long> _nodes = Labels.ToDictionary(l => l, _ => 0L, StringComparer.Ordinal);
        private readonly Dictionary<string, long> _relationships = RelationshipTypes.ToDictionary(t => t, _ => 0L, StringComparer.Ordinal);

        public void AddNodes(string label, long count)
        {
            if (_nodes.ContainsKey(label))
            {
                _nodes[label] += count;
            }
        }

        public void AddRelationships(string type, long count)
        {
            if (_relationships.ContainsKey(type))
            {
                _relationships[type] += count;
            }
        }

        public Model.GraphCounts Build() => new(_nodes, _relationships);
    }
}

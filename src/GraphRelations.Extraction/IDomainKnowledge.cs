using GraphRelations.Extraction.Model;

namespace GraphRelations.Extraction;

/// <summary>The reference data the graph holds besides what documents say: the topic taxonomy and the offices.</summary>
public interface IDomainKnowledge
{
    IReadOnlyList<Topic> Topics { get; }

    IReadOnlyList<Office> Offices { get; }
}

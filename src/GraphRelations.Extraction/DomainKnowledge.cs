using GraphRelations.Extraction.Knowledge;
using GraphRelations.Extraction.Model;

namespace GraphRelations.Extraction;

/// <summary>The topic taxonomy and the offices, read from the embedded knowledge files.</summary>
public sealed class DomainKnowledge : IDomainKnowledge
{
    public DomainKnowledge()
        : this(KnowledgeBase.Default)
    {
    }

    internal DomainKnowledge(KnowledgeBase kb)
    {
        Topics = kb.Topics.Select(t => new Topic(t.Id, t.Name, t.Parent)).ToList();
        Offices = kb.Offices.Select(o => new Office(o.Id, o.Name, o.Country)).ToList();
    }

    public IReadOnlyList<Topic> Topics { get; }

    public IReadOnlyList<Office> Offices { get; }
}

using GraphRelations.Extraction;
using GraphRelations.Extraction.Model;

namespace GraphRelations.Graph.Tests;

/// <summary>A small taxonomy and office list, enough for the hand-made graphs in <see cref="SampleDocuments"/>.</summary>
public sealed class TestKnowledge : IDomainKnowledge
{
    public IReadOnlyList<Topic> Topics { get; } =
    [
        new("territorial-issue", "Territorial issue", null),
        new("peace-treaty", "Peace treaty", "territorial-issue"),
        new("joint-economic-activities", "Joint economic activities", "territorial-issue"),
        new("economy", "Economy", null),
        new("energy", "Energy", "economy"),
        new("north-korea", "North Korea", null),
        new("political-dialogue", "Political dialogue", null),
    ];

    public IReadOnlyList<Office> Offices { get; } =
    [
        new("jp-prime-minister", "Prime Minister of Japan", "JP"),
        new("ru-president", "President of Russia", "RU"),
        new("jp-foreign-minister", "Minister for Foreign Affairs of Japan", "JP"),
        new("ru-foreign-minister", "Minister of Foreign Affairs of Russia", "RU"),
    ];
}

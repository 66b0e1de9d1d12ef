namespace GraphRelations.Extraction.Model;

/// <summary>A named thing mentioned in a meeting's text, once per meeting, at its first occurrence.</summary>
public sealed record Mention(string EntityId, string Type, string Name, int Start, int End);

/// <summary>The values <see cref="Mention.Type"/> takes; each is also a node label in the graph.</summary>
public static class MentionTypes
{
    public const string Place = "Place";
    public const string Organization = "Organization";
    public const string Project = "Project";
    public const string Instrument = "Instrument";
    public const string Event = "Event";

    public static readonly IReadOnlyList<string> All = [Place, Organization, Project, Instrument, Event];
}

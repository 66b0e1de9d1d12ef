using System.Text.Json.Serialization;

namespace GraphRelations.Extraction.Knowledge;

internal sealed record OfficeEntry(string Id, string Name, string Country, string Role, bool Head = false, bool Foreign = false);

internal sealed record PersonEntry(
    string Id,
    string Name,
    string Country,
    IReadOnlyList<string>? Aliases,
    IReadOnlyList<IReadOnlyList<string?>> Terms,
    bool SurnameFirst = false);

internal sealed record TopicEntry(
    string Id,
    string Name,
    string? Parent,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> HeadingAliases);

internal sealed record CountryEntry(string Code, IReadOnlyList<string> Names, string Canonical);

internal sealed record PlaceEntry(string Name, IReadOnlyList<string>? Aliases, string? Country, bool City = false);

internal sealed record PlacesFile(IReadOnlyList<CountryEntry> Countries, IReadOnlyList<PlaceEntry> Places, IReadOnlyList<string> NotPlaces);

internal sealed record EntityEntry(string Id, string Type, string Name, IReadOnlyList<string> Aliases, bool FixedName = false);

internal sealed record SpeechFile(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Verbs,
    IReadOnlyList<string> AcknowledgementObjects,
    IReadOnlyList<string> RequestObjects,
    IReadOnlyList<string> BothSubjects,
    IReadOnlyDictionary<string, IReadOnlyList<string>> SideSubjects,
    IReadOnlyList<string> Pronouns,
    IReadOnlyList<string> SubjectAdverbs);

/// <summary>A term of office as the gazetteer records it.</summary>
internal sealed record Term(OfficeEntry Office, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly date) => date >= From && (To is null || date <= To.Value);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(List<OfficeEntry>))]
[JsonSerializable(typeof(List<PersonEntry>))]
[JsonSerializable(typeof(List<TopicEntry>))]
[JsonSerializable(typeof(PlacesFile))]
[JsonSerializable(typeof(List<EntityEntry>))]
[JsonSerializable(typeof(SpeechFile))]
internal sealed partial class KnowledgeJsonContext : JsonSerializerContext;

using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphRelations.Extraction.Text;

namespace GraphRelations.Extraction.Knowledge;

/// <summary>
/// The embedded knowledge files, parsed once. Everything the extractor knows about the genre that is a fact
/// rather than a rule lives in these files, so a change of knowledge changes <see cref="ContentHash"/>.
/// </summary>
internal sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Shared = new(Load);

    public static KnowledgeBase Default => Shared.Value;

    public required IReadOnlyList<OfficeEntry> Offices { get; init; }
    public required IReadOnlyDictionary<string, OfficeEntry> OfficesById { get; init; }
    public required IReadOnlyList<PersonEntry> People { get; init; }
    public required IReadOnlyList<TopicEntry> Topics { get; init; }
    public required IReadOnlyList<CountryEntry> Countries { get; init; }
    public required IReadOnlyList<PlaceEntry> Places { get; init; }
    public required IReadOnlyList<VenueEntry> Venues { get; init; }
    public required Gatherings Gatherings { get; init; }
    public required IReadOnlySet<string> NotPlaces { get; init; }
    public required IReadOnlyList<EntityEntry> Entities { get; init; }
    public required SpeechFile Speech { get; init; }
    public required string ContentHash { get; init; }

    /// <summary>Country name (as written, lower case) to ISO code.</summary>
    public required IReadOnlyDictionary<string, string> CountryCodes { get; init; }

    /// <summary>A country's adjective ("Indonesian", "Kazakh") to its ISO code.</summary>
    public required IReadOnlyDictionary<string, string> Demonyms { get; init; }

    public required PhraseMatcher<TopicEntry> TopicAliases { get; init; }
    public required PhraseMatcher<TopicEntry> TopicHeadingAliases { get; init; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<PersonEntry, IReadOnlyList<Term>> _terms = new(ReferenceEqualityComparer.Instance);

    /// <summary>The person's terms of office, parsed once: term look-ups run for every surname found in every sentence.</summary>
    public IReadOnlyList<Term> TermsOf(PersonEntry person) => _terms.GetOrAdd(person, ParseTerms);

    private IReadOnlyList<Term> ParseTerms(PersonEntry person)
    {
        var terms = new List<Term>();
        foreach (var t in person.Terms)
        {
            if (t.Count < 2 || t[0] is not { } officeId || !OfficesById.TryGetValue(officeId, out var office) || t[1] is not { } from)
            {
                continue;
            }

            DateOnly? to = t.Count > 2 && t[2] is { } toText ? DateOnly.Parse(toText, System.Globalization.CultureInfo.InvariantCulture) : null;
            terms.Add(new Term(office, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to));
        }

        return terms;
    }

    private static KnowledgeBase Load()
    {
        var assembly = typeof(KnowledgeBase).Assembly;
        var raw = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("GraphRelations.Knowledge.", StringComparison.Ordinal)))
        {
            raw[name] = ReadAll(assembly, name);
        }

        var ctx = KnowledgeJsonContext.Default;
        var offices = Parse(raw, "offices.json", ctx.ListOfficeEntry);
        var topics = Parse(raw, "topics.json", ctx.ListTopicEntry);
        var places = Parse(raw, "places.json", ctx.PlacesFile);
        var world = Parse(raw, "world-places.json", ctx.WorldPlacesFile);
        var countryCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in world.Countries)
        {
            foreach (var n in c.Names)
            {
                countryCodes[n] = c.Code;
                if (n.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
                {
                    countryCodes[n[4..]] = c.Code;
                }
            }
        }

        var topicAliases = new PhraseMatcher<TopicEntry>(caseSensitive: false);
        var headingAliases = new PhraseMatcher<TopicEntry>(caseSensitive: false);
        foreach (var t in topics)
        {
            foreach (var a in t.Aliases)
            {
                topicAliases.Add(a, t);
            }

            headingAliases.Add(t.Name, t);
            foreach (var a in t.HeadingAliases)
            {
                headingAliases.Add(a, t);
            }
        }

        var canonicalNames = world.Countries.ToDictionary(c => c.Code, c => c.Canonical, StringComparer.Ordinal);
        var gatherings = new Gatherings(Parse(raw, "gatherings.json", ctx.ListGatheringEntry), code => canonicalNames.GetValueOrDefault(code));

        using var sha = SHA256.Create();
        foreach (var (name, bytes) in raw)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            sha.TransformBlock(nameBytes, 0, nameBytes.Length, null, 0);
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }

        sha.TransformFinalBlock([], 0, 0);

        return new KnowledgeBase
        {
            Offices = offices,
            OfficesById = offices.ToDictionary(o => o.Id, StringComparer.Ordinal),
            People = Parse(raw, "people.json", ctx.ListPersonEntry),
            Topics = topics,
            Countries = world.Countries,
            Places = PlacesOf(places, world, gatherings),
            Venues = places.Venues,
            Gatherings = gatherings,
            NotPlaces = new HashSet<string>(places.NotPlaces, StringComparer.OrdinalIgnoreCase),
            Entities = Parse(raw, "entities.json", ctx.ListEntityEntry),
            Speech = Parse(raw, "speech.json", ctx.SpeechFile),
            ContentHash = Convert.ToHexStringLower(sha.Hash!)[..8],
            CountryCodes = countryCodes,
            Demonyms = (places.Demonyms ?? new Dictionary<string, IReadOnlyList<string>>())
                .SelectMany(d => d.Value.Where(w => !w.Contains(' ', StringComparison.Ordinal)).Select(w => (Word: w, Code: d.Key)))
                .GroupBy(d => d.Word, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Code, StringComparer.Ordinal),
            TopicAliases = topicAliases,
            TopicHeadingAliases = headingAliases,
        };
    }

    /// <summary>
    /// Hand places first: where a name is in both, the hand entry (a region, a resort) is the reading kept. A town that
    /// hosted a gathering (Muskoka, Hua Hin) is a place even when it is too small for the generated list.
    /// </summary>
    private static List<PlaceEntry> PlacesOf(PlacesFile hand, WorldPlacesFile world, Gatherings gatherings)
    {
        var result = new List<PlaceEntry>(hand.Places.Count + world.Cities.Count);
        result.AddRange(hand.Places);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in hand.Places)
        {
            known.UnionWith((p.Aliases ?? []).Append(p.Name));
        }

        foreach (var c in world.Cities)
        {
            known.UnionWith(c);
        }

        foreach (var e in gatherings.Entries.SelectMany(g => g.Editions))
        {
            if (e.City is { } city && known.Add(city))
            {
                result.Add(new PlaceEntry(city, null, e.Country, City: true));
            }
        }

        foreach (var c in world.Cities)
        {
            if (c.Count < 2)
            {
                throw new InvalidOperationException("world-places.json: a city needs a name and a country code.");
            }

            result.Add(new PlaceEntry(c[0], c.Count > 2 ? c.Skip(2).ToList() : null, c[1], City: true, Generated: true));
        }

        return result;
    }

    private static T Parse<T>(SortedDictionary<string, byte[]> raw, string file, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
    {
        var key = "GraphRelations.Knowledge." + file;
        if (!raw.TryGetValue(key, out var bytes))
        {
            throw new InvalidOperationException($"Embedded knowledge file {file} is missing.");
        }

        return JsonSerializer.Deserialize(bytes, info) ?? throw new InvalidOperationException($"Knowledge file {file} is empty.");
    }

    private static byte[] ReadAll(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }
}

using System.Globalization;
using GraphRelations.Extraction.Text;

namespace GraphRelations.Extraction.Knowledge;

/// <summary>One edition of a recurring gathering: where and when it was held, as the record of the series has it.</summary>
internal sealed record GatheringEdition(int Year, string? City, string Country, string? From = null, string? To = null, int? Number = null)
{
    public DateOnly? FromDate => From is null ? null : DateOnly.Parse(From, CultureInfo.InvariantCulture);

    public DateOnly? ToDate => To is null ? FromDate : DateOnly.Parse(To, CultureInfo.InvariantCulture);
}

/// <summary>
/// A recurring gathering (APEC leaders, G20, ASEM, UNGA, ...): its name, the names texts give it, and the templates
/// its editions are named by ("G20 {city} Summit", "ASEM{number}", "APEC {country} {year}").
/// </summary>
internal sealed record GatheringEntry(
    string Id,
    string Name,
    string Series,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> EditionNames,
    IReadOnlyList<GatheringEdition> Editions);

/// <summary>A gathering named in a text; <see cref="Editions"/> holds the editions the name fits (all of them for a bare series name).</summary>
/// <see cref="IsEventName"/> is false for an ordinal description ("the 11th East Asia Summit"): it dates the record, but the
/// mention is the gathering itself, not a named edition.
internal sealed record GatheringName(GatheringEntry Gathering, IReadOnlyList<GatheringEdition> Editions, bool NamesEdition, bool IsEventName = false);

/// <summary>
/// The recurring gatherings, with one multi-pattern matcher over every series and edition name, so finding them
/// costs one pass over the tokens whatever the size of the list.
/// </summary>
internal sealed class Gatherings
{
    private readonly PhraseMatcher<GatheringName> _names = new(caseSensitive: true);
    private readonly List<(string Name, GatheringEntry Gathering, GatheringEdition Edition)> _eventNames = [];

    public Gatherings(IReadOnlyList<GatheringEntry> entries, Func<string, string?> countryName)
    {
        Entries = entries;

        // An edition name may fit several editions, of one series or of two ("Kananaskis Summit" is the G8 of 2002 and the G7 of
        // 2025): they are kept together, so the name decides nothing between them.
        var byName = new Dictionary<string, (GatheringEntry First, List<GatheringEdition> Editions, bool Ordinal)>(StringComparer.Ordinal);
        foreach (var g in entries)
        {
            foreach (var alias in g.Aliases.Append(g.Name).Distinct(StringComparer.Ordinal))
            {
                _names.Add(alias, new GatheringName(g, g.Editions, NamesEdition: false));
            }

            foreach (var e in g.Editions)
            {
                foreach (var template in g.EditionNames)
                {
                    if (EditionName(template, e, countryName) is not { } name)
                    {
                        continue;
                    }

                    if (!byName.TryGetValue(name, out var found))
                    {
                        found = (g, [], template.Contains("{ordinal", StringComparison.Ordinal));
                        byName[name] = found;
                    }

                    if (!found.Editions.Contains(e))
                    {
                        found.Editions.Add(e);
                    }
                }
            }
        }

        foreach (var (name, (first, editions, ordinal)) in byName)
        {
            var value = new GatheringName(first, editions, NamesEdition: true, IsEventName: !ordinal);
            _names.Add(name, value);
            if (value is { IsEventName: true, Editions: [var edition] })
            {
                _eventNames.Add((name, first, edition));
            }
        }
    }

    public IReadOnlyList<GatheringEntry> Entries { get; }

    /// <summary>The names that name exactly one edition ("G20 Hamburg Summit", "ASEM10"): each is an Event when a text writes it.</summary>
    public IReadOnlyList<(string Name, GatheringEntry Gathering, GatheringEdition Edition)> EventNames => _eventNames;

    /// <summary>Every gathering named in the tokens, longest name first at each position.</summary>
    public List<PhraseMatch<GatheringName>> FindAll(IReadOnlyList<Token> tokens) => _names.FindAll(tokens);

    /// <summary>The first gathering named in <paramref name="text"/>, or null.</summary>
    public PhraseMatch<GatheringName>? FindIn(string text)
    {
        var found = _names.FindAll(Tokenizer.Tokenize(text));
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>
    /// The one edition of <paramref name="gatheringId"/> that fits what the text says (its host city, its year); null when
    /// none or more than one fits, because a guess would be worse than no answer.
    /// </summary>
    public GatheringEdition? FindEdition(string gatheringId, string? city, int? year)
    {
        var g = Entries.FirstOrDefault(e => string.Equals(e.Id, gatheringId, StringComparison.Ordinal));
        return g is null ? null : Single(g.Editions, city, year);
    }

    /// <summary>The year a named edition in <paramref name="text"/> was held in ("G20 Buenos Aires Summit" => 2018, "ASEM10" => 2014), when only one year fits.</summary>
    public int? YearNamedIn(string text, string? city = null)
    {
        int? year = null;
        var tokens = Tokenizer.Tokenize(text);
        foreach (var m in _names.FindAll(tokens))
        {
            // "the APEC Economic Leaders' Meeting in Santiago": a series name and the host city written beside it.
            var editions = m.Value.NamesEdition ? m.Value.Editions
                : m.Value.Editions.Where(e => city is not null ? SameCity(e.City, city) : e.City is { } c && Names(tokens, c)).ToList();
            var years = editions.Select(e => e.Year).Distinct().ToList();
            if (years.Count != 1)
            {
                continue;
            }

            if (year is { } y && y != years[0])
            {
                return null;
            }

            year = years[0];
        }

        return year;
    }

    private static bool Names(List<Token> tokens, string city)
    {
        var parts = Tokenizer.Tokenize(city);
        for (var i = 0; i + parts.Count <= tokens.Count; i++)
        {
            var k = 0;
            while (k < parts.Count && string.Equals(tokens[i + k].Value, parts[k].Value, StringComparison.Ordinal))
            {
                k++;
            }

            if (k == parts.Count)
            {
                return true;
            }
        }

        return false;
    }

    internal static GatheringEdition? Single(IReadOnlyList<GatheringEdition> editions, string? city, int? year)
    {
        var fitting = editions.Where(e => (year is null || e.Year == year) && (city is null || SameCity(e.City, city))).ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    private static bool SameCity(string? a, string b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    // Lower case, so that "Fifth Eastern Economic Forum" and "the fifth Eastern Economic Forum" both match.
    private static readonly string[] OrdinalWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
        "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static string? EditionName(string template, GatheringEdition e, Func<string, string?> countryName)
    {
        var numbered = template.Contains("{number}", StringComparison.Ordinal) || template.Contains("{ordinal}", StringComparison.Ordinal) || template.Contains("{ordinalword}", StringComparison.Ordinal);
        if ((template.Contains("{city}", StringComparison.Ordinal) && e.City is null) || (numbered && e.Number is null)
            || (template.Contains("{ordinalword}", StringComparison.Ordinal) && e.Number > OrdinalWords.Length))
        {
            return null;
        }

        var country = template.Contains("{country}", StringComparison.Ordinal) ? countryName(e.Country) : string.Empty;
        if (country is null)
        {
            return null;
        }

        return template
            .Replace("{city}", e.City, StringComparison.Ordinal)
            .Replace("{number}", e.Number?.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{ordinal}", e.Number is { } n ? Ordinal(n) : string.Empty, StringComparison.Ordinal)
            .Replace("{ordinalword}", e.Number is { } w and > 0 && w <= OrdinalWords.Length ? OrdinalWords[w - 1] : string.Empty, StringComparison.Ordinal)
            .Replace("{year}", e.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{country}", country, StringComparison.Ordinal);
    }
}

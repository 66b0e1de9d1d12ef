using GraphRelations.Extraction.Knowledge;
using GraphRelations.Extraction.Model;
using GraphRelations.Extraction.Text;

namespace GraphRelations.Extraction.Recognition;

/// <summary>
/// A named thing found in the text; <see cref="CountryCode"/> is set for places. A venue hit (type <see cref="MentionRecognizer.Venue"/>)
/// carries the venue's city as its name and is never a mention; <see cref="InnerPlace"/> is the place an event is named after ("G20 Hamburg Summit").
/// </summary>
internal sealed record MentionHit(string EntityId, string Type, string Name, int Start, int End, string? CountryCode, bool IsCountry, bool IsCity, bool FromGazetteer = false)
{
    public MentionHit? InnerPlace { get; init; }

    /// <summary>The text puts a visit right before it ("visited Sakhalin", "arrived in Vladivostok").</summary>
    public bool AfterVisit { get; init; }

    /// <summary>A place a meeting can be held in: a city, a region or island of a known country, or a venue standing for its city.</summary>
    public bool IsMeetingPlace => (Type == MentionTypes.Place && !IsCountry && (CountryCode is not null || IsCity)) || Type == MentionRecognizer.Venue;
}

/// <summary>
/// Finds places, organisations, projects, instruments and events: gazetteer entries first (longest match), then
/// naming patterns of the genre ("X Prefecture", "X Project", "X Declaration", "X Summit", "Japan-Russia X Commission on Y").
/// </summary>
internal sealed partial class MentionRecognizer
{
    /// <summary>The type of a venue hit: it locates a meeting, it is not a mention (design.md: "not venues such as the Kremlin").</summary>
    public const string Venue = "Venue";

    private readonly KnowledgeBase _kb;
    private readonly PhraseMatcher<Known> _gazetteer = new(caseSensitive: true);
    private readonly HashSet<string> _placeNames = new(StringComparer.Ordinal);

    private static readonly HashSet<string> InstrumentHeads = new(StringComparer.Ordinal) { "Declaration", "Agreement", "Protocol", "Statement", "Plan", "Treaty", "Charter", "Convention", "Memorandum", "Accord", "Communique" };
    private static readonly HashSet<string> OrganizationHeads = new(StringComparer.Ordinal) { "Council", "Commission", "Committee", "Center", "Centre" };
    private static readonly HashSet<string> EventHeads = new(StringComparer.Ordinal) { "Conference", "Forum", "Earthquake", "Games", "Olympics", "Exhibition", "Day" };
    private static readonly HashSet<string> PlaceSuffixes = new(StringComparer.Ordinal) { "Prefecture", "Oblast", "Krai", "Region" };
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "Peace", "Joint", "Basic", "New", "Bilateral", "Action", "Cooperation", "Summit", "Final", "Interim", "Special", "Economic", "Partnership",
        "Strategic", "Comprehensive", "This", "That", "These", "Ministerial", "Leaders", "Leaders'", "The", "A", "An", "Japan", "Russia", "Japan-Russia",
        "Russia-Japan", "Japanese", "Russian", "Foreign", "Ministers", "Ministers'", "Press", "Government", "Governments", "International", "Security",
        "Consultation", "Dialogue", "Framework", "Overall", "Our", "Their", "Its", "His", "Her", "Both", "Each", "Such", "Relevant", "All", "Various",
        "Japan-U", "U", "S", ".", "-", "Working", "Group", "Cabinet", "Secretary", "Office", "Embassy", "Ministry", "Director", "General",
    };
    private static readonly HashSet<string> VenueWords = new(StringComparer.Ordinal) { "Headquarters", "Building", "House", "Hall", "Airport", "Station", "University", "Hotel", "Palace", "Residence", "Office", "Embassy" };

    /// <summary>Words that put a person's name, not a town's, right after them: "Ambassador Kato", "Mr. Ota".</summary>
    private static readonly HashSet<string> PersonCues = new(StringComparer.Ordinal)
    {
        "Mr", "Ms", "Mrs", "Dr", "Ambassador", "Minister", "Secretary", "Governor", "Mayor", "Director", "Chairman", "President", "Deputy", "Counsellor",
        "Counselor", "Adviser", "Advisor", "Senator", "Representative", "Vice-Minister", "Envoy", "Chancellor", "Premier", "General", "Admiral", "Professor",
    };

    /// <summary>Capitalised words that may follow a town's name in the names of events, instruments and places of the genre.</summary>
    private static readonly HashSet<string> NameHeads = new(StringComparer.Ordinal)
    {
        "Summit", "Meeting", "Meetings", "Conference", "Forum", "Declaration", "Agreement", "Protocol", "Statement", "Plan", "Treaty", "Charter", "Convention",
        "Memorandum", "Accord", "Communique", "Prefecture", "Oblast", "Krai", "Region", "City", "Olympics", "Olympic", "Games", "Expo", "EXPO", "Round", "Process",
        "Initiative", "Action", "Principles", "Talks", "Dialogue", "Consultation", "Exhibition", "Festival", "Year", "Group", "Format", "Framework", "Ministerial",
    };

    private sealed record Known(string Id, string Type, string Name, bool FixedName, string? Country, bool IsCountry, bool IsCity, IReadOnlySet<string> Acronyms, bool Generated = false)
    {
        /// <summary>For a named edition: its host city and country, a place the text names inside the event's name.</summary>
        public (string City, string Country)? Host { get; init; }
    }

    public MentionRecognizer(KnowledgeBase kb)
    {
        _kb = kb;
        foreach (var e in kb.Entities)
        {
            var acronyms = e.Aliases.Where(a => a.Length <= 8 && PersonRecognizer.IsAllCaps(a.Replace(" ", "", StringComparison.Ordinal))).ToHashSet(StringComparer.Ordinal);
            var known = new Known(e.Id, e.Type, e.Name, e.FixedName, null, false, false, acronyms);
            foreach (var a in e.Aliases.Append(e.Name))
            {
                _gazetteer.Add(a, known);
            }
        }

        foreach (var c in kb.Countries)
        {
            var known = new Known(PersonRecognizer.Slug(c.Canonical), MentionTypes.Place, c.Canonical, false, c.Code, true, false, new HashSet<string>());
            foreach (var n in c.Names)
            {
                _gazetteer.Add(n.StartsWith("the ", StringComparison.Ordinal) ? n[4..] : n, known);
            }
        }

        var noAcronyms = new HashSet<string>();
        foreach (var p in kb.Places)
        {
            var known = new Known(PersonRecognizer.Slug(p.Name), MentionTypes.Place, p.Name, false, p.Country, false, p.City, noAcronyms, p.Generated);
            foreach (var n in (p.Aliases ?? []).Append(p.Name))
            {
                _gazetteer.Add(n, known);
                _placeNames.Add(n);
            }
        }

        // A named edition of a known gathering ("G20 Hamburg Summit", "ASEM10", "APEC Russia 2012") is an event; every way of
        // writing one edition shares its id, so "G8 Gleneagles Summit" and "Gleneagles Summit" are one mention.
        foreach (var (name, gathering, edition) in kb.Gatherings.EventNames)
        {
            _gazetteer.Add(name, new Known(EditionId(gathering, edition), MentionTypes.Event, name, false, null, false, false, noAcronyms)
            {
                Host = edition.City is { } city ? (city, edition.Country) : null,
            });
        }

        foreach (var v in kb.Venues)
        {
            var known = new Known(PersonRecognizer.Slug(v.City), Venue, v.City, true, v.Country, false, true, noAcronyms);
            foreach (var n in (v.Aliases ?? []).Append(v.Name))
            {
                _gazetteer.Add(n.StartsWith("the ", StringComparison.Ordinal) ? n[4..] : n, known);
            }
        }
    }

    /// <summary>
    /// A generated town name standing in a person's name ("Deputy Minister Ryozo Kato", "KATO Ryozo", "Mr. Ota") is the person:
    /// the world's towns share their names with surnames, the hand list's places were chosen not to.
    /// </summary>
    private static bool InPersonName(IReadOnlyList<Token> tokens, int first, int last)
    {
        // "Toyota Motor", "Kerch Strait", "Moscow State University": the town names a company, a feature or a body, not a place
        // of the meeting; "Hamburg Summit", "Sakhalin Oblast", "Tokyo Declaration" keep it.
        if (last + 1 < tokens.Count && tokens[last + 1].IsWord && tokens[last + 1].IsCapitalized && tokens[last + 1].Start <= tokens[last].End + 1
            && !NameHeads.Contains(tokens[last + 1].Value) && !PersonRecognizer.IsAllCaps(tokens[last + 1].Value))
        {
            return true;
        }

        // "KATO Ryozo": a surname in capitals before a given name.
        if (first == last && PersonRecognizer.IsAllCaps(tokens[first].Value) && last + 1 < tokens.Count && tokens[last + 1].IsWord
            && tokens[last + 1].IsCapitalized && tokens[last + 1].Value.Skip(1).All(char.IsLower) && tokens[last + 1].Start <= tokens[last].End + 1)
        {
            return true;
        }

        var p = first - 1;
        if (p >= 0 && tokens[p].Value == "." && p > 0)
        {
            p--;
        }

        if (p < 0 || !tokens[p].IsWord)
        {
            return false;
        }

        // "Ambassador Kato"; "an Akita dog": an article before a bare town name makes it a common noun's modifier.
        if (PersonCues.Contains(tokens[p].Value) || tokens[p].Value is "a" or "an")
        {
            return true;
        }

        // A capitalised given name before it, not a sentence's first word ("In Moscow", "The Sochi talks").
        return tokens[p].IsCapitalized && tokens[p].Value.Skip(1).All(char.IsLower) && p > 0 && tokens[p - 1].IsWord && tokens[p - 1].End + 1 >= tokens[p].Start
            && !tokens[p - 1].Value.All(char.IsUpper);
    }

    public List<MentionHit> FindAll(string text, IReadOnlyList<Token> tokens)
    {
        var candidates = new List<(int First, int Last, bool Gazetteer, MentionHit Hit)>();
        foreach (var m in _gazetteer.FindAll(tokens))
        {
            var k = m.Value;
            var start = m.Start;
            var end = m.End;
            var last = m.LastToken;
            var name = text[start..end];
            if (k.Type == MentionTypes.Place && _kb.NotPlaces.Contains(name))
            {
                continue;
            }

            if (last + 1 < tokens.Count && tokens[last + 1].IsWord && VenueWords.Contains(tokens[last + 1].Value) && k.Type != Venue)
            {
                continue;
            }

            if (k.Generated && InPersonName(tokens, m.FirstToken, last))
            {
                continue;
            }

            // "the Representative Office of Russia to the EU": part of a venue's name, not a mention of the EU.
            if (k.Type == MentionTypes.Organization && Enumerable.Range(Math.Max(0, m.FirstToken - 6), Math.Min(6, m.FirstToken)).Any(x => tokens[x].Value is "Office" or "Embassy" or "Mission"))
            {
                continue;
            }

            var id = k.Id;
            if (k.Type == MentionTypes.Place && !k.IsCountry && last + 1 < tokens.Count && (PlaceSuffixes.Contains(tokens[last + 1].Value) || tokens[last + 1].Value == "City"))
            {
                // "Akita Prefecture", "Nagato City": the prefecture or municipality as the text names it, a place of its own.
                last++;
                end = tokens[last].End;
                name = text[start..end];
                id = PersonRecognizer.Slug(name);
            }
            else if (k.FixedName || name.Contains('(', StringComparison.Ordinal))
            {
                name = k.Name;
            }

            if (k.Type == Venue)
            {
                // The venue's city was not written: it locates the meeting but spans nothing of the text's own.
                candidates.Add((m.FirstToken, last, true, new MentionHit(k.Id, Venue, k.Name, start, end, k.Country, false, true, FromGazetteer: true)));
                continue;
            }

            // "Long Name (ACR)": the text's own short form is the name analysts search for.
            if (last + 3 < tokens.Count && tokens[last + 1].Value == "(" && k.Acronyms.Count > 0)
            {
                var close = last + 2;
                while (close < tokens.Count && close < last + 6 && tokens[close].Value != ")")
                {
                    close++;
                }

                if (close < tokens.Count && tokens[close].Value == ")")
                {
                    var inner = text[tokens[last + 2].Start..tokens[close - 1].End];
                    if (k.Acronyms.Contains(inner))
                    {
                        name = inner;
                        last = close;
                    }
                }
            }

            candidates.Add((m.FirstToken, last, true, new MentionHit(id, k.Type, name, start, end, k.Country, k.IsCountry, k.IsCity, FromGazetteer: true)
            {
                InnerPlace = k.Host is { } host ? HostIn(text, tokens, m.FirstToken, last, host.City, host.Country) : null,
            }));
        }

        FindPatterns(text, tokens, candidates);

        // Longest span wins; at equal length the gazetteer's reading wins. Token occupancy keeps this linear.
        candidates.Sort((a, b) =>
        {
            var byLength = (b.Last - b.First).CompareTo(a.Last - a.First);
            return byLength != 0 ? byLength : b.Gazetteer.CompareTo(a.Gazetteer);
        });
        var taken = new int[tokens.Count];
        var hits = new List<MentionHit>();
        foreach (var c in candidates)
        {
            var owner = 0;
            for (var i = c.First; i <= c.Last && owner == 0; i++)
            {
                owner = taken[i];
            }

            if (owner != 0)
            {
                // "G20 Hamburg Summit" keeps the city it is named after, for the meeting's place.
                var covering = hits[owner - 1];
                if (covering.Type == MentionTypes.Event && covering.InnerPlace is null && c.Hit.IsMeetingPlace && c.Hit.Type == MentionTypes.Place)
                {
                    hits[owner - 1] = covering with { InnerPlace = c.Hit };
                }

                continue;
            }

            hits.Add(c.Hit);
            for (var i = c.First; i <= c.Last; i++)
            {
                taken[i] = hits.Count;
            }
        }

        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].IsMeetingPlace && AfterVisitVerb(text, hits[i].Start))
            {
                hits[i] = hits[i] with { AfterVisit = true };
            }
        }

        return hits;
    }

    private void FindPatterns(string text, IReadOnlyList<Token> tokens, List<(int First, int Last, bool Gazetteer, MentionHit Hit)> candidates)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var head = tokens[i].Value;
            if (!tokens[i].IsWord || !tokens[i].IsCapitalized)
            {
                continue;
            }

            string? type = null;
            if (InstrumentHeads.Contains(head))
            {
                type = MentionTypes.Instrument;
            }
            else if (OrganizationHeads.Contains(head))
            {
                type = MentionTypes.Organization;
            }
            else if (EventHeads.Contains(head) || head == "Summit")
            {
                type = MentionTypes.Event;
            }
            else if (head == "Project")
            {
                type = MentionTypes.Project;
            }
            else if (head is "Prefecture" or "City" or "Oblast" or "Krai")
            {
                type = MentionTypes.Place;
            }
            else if (head == "Year" && i + 2 < tokens.Count && tokens[i + 1].Value is "in" or "of" && tokens[i + 2].IsCapitalized)
            {
                type = MentionTypes.Event;
            }

            if (type is null)
            {
                continue;
            }

            // Walk back over the capitalised modifiers: "Japan-Russia Advisory", "Sakhalin 3", "2018-2019 Japan-Russia Inter-Foreign Ministry".
            var first = i;
            var k = i - 1;
            while (k >= 0 && i - k < 16)
            {
                var t = tokens[k];
                if (t.IsWord && (t.IsCapitalized || char.IsDigit(t.Value[0])) && !(t.Value is "The" or "In" or "On" or "At" or "With" or "For" or "As"))
                {
                    first = k;
                    k--;
                    continue;
                }

                if (t.Value is "-" or "'" && k > 0 && tokens[k - 1].End == t.Start && t.End == tokens[k + 1].Start)
                {
                    k--;
                    continue;
                }

                break;
            }

            var last = i;
            if (type is MentionTypes.Organization || (type is MentionTypes.Event && head == "Year"))
            {
                last = ExtendForward(tokens, i);
            }

            // A leading year ("1956 Japan-Soviet Joint Declaration") dates the instrument; it is not part of the name.
            while (first < i && tokens[first].Value.Length == 4 && tokens[first].Value.All(char.IsDigit)
                   && !(tokens[first + 1].Value == "-" && tokens[first + 1].Start == tokens[first].End))
            {
                first++;
            }

            var modifiers = new List<Token>();
            for (var m = first; m < i; m++)
            {
                modifiers.Add(tokens[m]);
            }

            if (!Accept(text, type, head, modifiers))
            {
                continue;
            }

            var start = tokens[first].Start;
            var end = tokens[last].End;
            var name = text[start..end];
            candidates.Add((first, last, false, new MentionHit(PersonRecognizer.Slug(name), type, name, start, end, null, false, type == MentionTypes.Place && head == "City")));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:visit(?:ed|ing|s)?(?:\s+to)?|arriv(?:ed|ing|es)\s+in|trip\s+to|travell?ed\s+to)\s+(?:the\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial System.Text.RegularExpressions.Regex VisitBefore();

    private static bool AfterVisitVerb(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 40), Math.Min(40, start));
        if (!(before.Contains("visit", StringComparison.OrdinalIgnoreCase) || before.Contains("arriv", StringComparison.OrdinalIgnoreCase)
              || before.Contains("trip", StringComparison.OrdinalIgnoreCase) || before.Contains("travel", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        try
        {
            return start > 0 && VisitBefore().IsMatch(text.AsSpan(Math.Max(0, start - 40), Math.Min(40, start)));
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The host city where an edition's name writes it ("G20 Hamburg Summit"); null when the name does not ("ASEM10").</summary>
    private static MentionHit? HostIn(string text, IReadOnlyList<Token> tokens, int first, int last, string city, string country)
    {
        var parts = Tokenizer.Tokenize(city);
        for (var i = first; i + parts.Count - 1 <= last; i++)
        {
            var k = 0;
            while (k < parts.Count && string.Equals(tokens[i + k].Value, parts[k].Value, StringComparison.OrdinalIgnoreCase))
            {
                k++;
            }

            if (k == parts.Count)
            {
                var start = tokens[i].Start;
                var end = tokens[i + k - 1].End;
                return new MentionHit(PersonRecognizer.Slug(city), MentionTypes.Place, text[start..end], start, end, country, false, true, FromGazetteer: true);
            }
        }

        return null;
    }

    private static string EditionId(GatheringEntry g, GatheringEdition e) =>
        PersonRecognizer.Slug($"{g.Id} {e.Year} {e.City ?? e.Country}");

    private static bool IsGroupAcronym(string v) => v.Length > 1 && v[0] == 'G' && v.Skip(1).All(char.IsDigit);

    private static int ExtendForward(IReadOnlyList<Token> tokens, int head)
    {
        var last = head;
        var k = head + 1;
        if (k < tokens.Count && tokens[k].Value is "on" or "for" or "of" or "in")
        {
            var j = k + 1;
            var lastCap = -1;
            while (j < tokens.Count && j - head < 16)
            {
                var t = tokens[j];
                if (t.IsWord && t.IsCapitalized)
                {
                    lastCap = j;
                }
                else if (t.Value == "and" && j + 1 < tokens.Count && (tokens[j + 1].Value is "the" || (j + 2 < tokens.Count && tokens[j + 2].Value == "-")))
                {
                    // "... Council on X and the Japan-Russia Commission on Y": a second name starts here.
                    break;
                }
                else if (!(t.Value is "and" or "of" or "the" or "-" or "on" or "for"))
                {
                    break;
                }

                j++;
            }

            if (lastCap > 0)
            {
                last = lastCap;
            }
        }

        return last;
    }

    private bool Accept(string text, string type, string head, List<Token> modifiers)
    {
        var words = modifiers.Where(m => m.IsWord).ToList();
        var proper = words.Where(m => !Generic.Contains(m.Value) && !IsGroupAcronym(m.Value)).ToList();
        var modifierText = modifiers.Count == 0 ? string.Empty : text[modifiers[0].Start..modifiers[^1].End];
        switch (type)
        {
            case MentionTypes.Place:
                return words.Count > 0 && proper.Count > 0 && !(head == "City" && _placeNames.Contains(modifierText));
            case MentionTypes.Event when head == "Summit":
                // A summit is an event when a place names it ("Kananaskis Summit", "G20 Osaka Summit") or it is a named format.
                return words.Any(m => m.Value == "Trilateral") || ContainsPlace(modifiers, text);
            case MentionTypes.Event when head == "Year":
                return words.Count > 0;
            case MentionTypes.Organization:
                return words.Count >= 2 && words.Any(m => _kb.CountryCodes.ContainsKey(m.Value) || m.Value.StartsWith("Inter", StringComparison.Ordinal));
            default:
                return proper.Count > 0;
        }
    }

    private bool ContainsPlace(List<Token> modifiers, string text)
    {
        for (var a = 0; a < modifiers.Count; a++)
        {
            for (var b = a; b < modifiers.Count && b - a < 4; b++)
            {
                if (_placeNames.Contains(text[modifiers[a].Start..modifiers[b].End]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

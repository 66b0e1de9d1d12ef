using GraphRelations.Extraction.Knowledge;
using GraphRelations.Extraction.Text;

namespace GraphRelations.Extraction.Recognition;

/// <summary>A person named in a sentence: from the gazetteer when known, otherwise from a title pattern.</summary>
internal sealed record PersonHit(int FirstToken, int LastToken, string Id, string Name, string? Country, string? Role, PersonEntry? Known, string? TitleText);

/// <summary>
/// Recognises people: gazetteer people by surname (any case, "KISHIDA Fumio", "Lavrov, Sergey Viktorovich"),
/// disambiguated by given name and by the term of office covering the date; other people by title patterns
/// ("Chancellor X of Germany", "the Hon X, Prime Minister of Australia").
/// </summary>
internal sealed class PersonRecognizer
{
    private readonly KnowledgeBase _kb;
    private readonly Dictionary<string, List<PersonEntry>> _bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<PersonEntry, HashSet<string>> _givenNames = [];
    private readonly PhraseMatcher<string> _titles = new(caseSensitive: false);

    private static readonly string[] TitlePhrases =
    [
        "Prime Minister", "President", "Chancellor", "Federal Chancellor", "Foreign Minister", "Minister for Foreign Affairs", "Minister of Foreign Affairs",
        "Deputy Prime Minister", "First Deputy Prime Minister", "Vice Prime Minister", "Chairman of the Government", "Chairman", "Premier", "Vice President",
        "Secretary of State", "Foreign Secretary", "State Councilor", "King", "Emir", "Sultan", "Crown Prince", "Minister", "Vice-Minister for Foreign Affairs", "Deputy Minister of Foreign Affairs",
        "Deputy Minister for Foreign Affairs", "Secretary-General", "Secretary General", "Governor", "Speaker", "Chairperson",
    ];

    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "Hon", "Honorable", "Honourable", ".", "H", "E", "Mr", "Ms", "Mrs", "Dr", "His", "Her", "Excellency", "Mme", "Madam", "MP", "Russian", "Japanese", "Australian", "German", "American", "Korean", "Chinese", "former", "new", "newly", "appointed",
    };

    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Prime", "Minister", "President", "Chairman", "Chancellor", "Foreign", "Deputy", "Premier", "Vice", "First", "Federal", "Federation", "Government",
        "Affairs", "Secretary", "State", "General", "King", "Crown", "Prince", "Governor", "Speaker", "Chairperson", "Mr", "Ms", "Mrs", "Dr", "Former", "Then",
        "On", "In", "At", "With", "And", "The", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Japan", "Russia", "Russian", "Japanese", "Minister's",
    };

    public PersonRecognizer(KnowledgeBase kb)
    {
        _kb = kb;
        foreach (var p in kb.People)
        {
            var given = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var form in new[] { p.Name }.Concat(p.Aliases ?? []))
            {
                // "Ferdinand Marcos Jr.", "Benigno Aquino III": the surname comes before the generational suffix.
                var parts = form.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("Jr." or "Jr" or "Sr." or "II" or "III" or "IV")).ToArray();
                var surname = p.SurnameFirst ? parts[0] : parts[^1];
                Add(surname, p);
                foreach (var g in p.SurnameFirst ? parts[1..] : parts[..^1])
                {
                    foreach (var piece in g.Split('-', '.'))
                    {
                        if (piece.Length > 1)
                        {
                            given.Add(piece);
                        }
                    }
                }
            }

            _givenNames[p] = given;
        }

        foreach (var t in TitlePhrases)
        {
            _titles.Add(t, t);
        }
    }

    private void Add(string surname, PersonEntry p)
    {
        if (!_bySurname.TryGetValue(surname, out var list))
        {
            list = [];
            _bySurname[surname] = list;
        }

        if (!list.Contains(p))
        {
            list.Add(p);
        }
    }

    public bool IsKnownSurname(string token) => _bySurname.ContainsKey(token);

    /// <summary>Gazetteer people named in the token range, in order.</summary>
    public List<PersonHit> FindKnown(IReadOnlyList<Token> tokens, int from, int to, DateOnly? date)
    {
        var hits = new List<PersonHit>();
        for (var i = from; i < to; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || !t.IsCapitalized || !_bySurname.TryGetValue(t.Value, out var candidates))
            {
                continue;
            }

            // "Kan Government", "Abe administration": a surname used as an adjective names no one here.
            var first = i;
            var last = i;
            var evidence = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var k = i - 1; k >= Math.Max(from, i - 3) && tokens[k].IsWord && tokens[k].IsCapitalized; k--)
            {
                evidence.Add(tokens[k].Value);
                first = k;
            }

            var j = i + 1;
            if (j + 1 < to && tokens[j].Value == "," && tokens[j + 1].IsCapitalized)
            {
                j++;
            }

            for (var k = j; k < Math.Min(to, j + 3) && tokens[k].IsWord && tokens[k].IsCapitalized; k++)
            {
                evidence.Add(tokens[k].Value);
            }

            // The title is read here only when it can decide: namesakes, or a surname that is also a common word.
            var decidingTitle = candidates.Count > 1 || !candidates[0].BareSurname ? TitleNear(tokens, from, to, i, i) : null;
            var person = Choose(candidates, evidence, date, decidingTitle);
            if (person is null)
            {
                continue;
            }

            var given = _givenNames[person];
            while (first < i && !given.Contains(tokens[first].Value))
            {
                first++;
            }

            for (var k = j; k < Math.Min(to, j + 3) && given.Contains(tokens[k].Value); k++)
            {
                last = k;
            }

            var role = RoleAt(person, date);
            var title = TitleNear(tokens, from, to, first, last);
            hits.Add(new PersonHit(first, last, person.Id, person.Name, person.Country, role?.Office.Role ?? (title is null ? null : NormalizeRole(title, person.Country)), person, title));
            i = last;
        }

        return hits;
    }

    /// <summary>The title written next to a name: "Prime Minister Abe", "President of Russia Dmitry Medvedev", "Mr. Fradkov, the Prime Minister of ...".</summary>
    private string? TitleNear(IReadOnlyList<Token> tokens, int from, int to, int first, int last)
    {
        for (var k = first - 1; k >= Math.Max(from, first - 8); k--)
        {
            if (tokens[k].Value is "," or "with" or "and" or "on")
            {
                break;
            }

            if (_titles.LongestAt(tokens, k) is { } m && (k == from || _titles.LongestAt(tokens, k - 1) is null))
            {
                return m.Value;
            }
        }

        var j = last + 1;
        if (j < to && tokens[j].Value == ",")
        {
            j++;
            if (j < to && tokens[j].Value.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                j++;
            }

            if (j < to && _titles.LongestAt(tokens, j) is { } after)
            {
                return after.Value;
            }
        }

        return null;
    }

    private PersonEntry? Choose(List<PersonEntry> candidates, HashSet<string> evidence, DateOnly? date, string? title)
    {
        // "On May 30", "The Hague", "a Major issue": a surname that is also a common word names its bearer only with a given name or a title.
        if (title is null && candidates.Any(c => !c.BareSurname))
        {
            candidates = candidates.Where(c => c.BareSurname || _givenNames[c].Overlaps(evidence)).ToList();
        }

        // Two people of one surname in office at once (Lee Hsien Loong, Lee Myung-bak): the title written says which.
        if (title is not null && date is { } td && candidates.Count > 1)
        {
            var role = NormalizeRole(title, null);
            var byRole = candidates.Where(c => _kb.TermsOf(c).Any(t => t.Covers(td) && RoleFits(t.Office.Role, role))).ToList();
            if (byRole.Count > 0)
            {
                candidates = byRole;
            }
        }

        var named = candidates.Where(c => _givenNames[c].Overlaps(evidence)).ToList();
        var nameLike = evidence.Where(e => !Honorifics.Contains(e) && !TitleWords.Contains(e) && !_kb.CountryCodes.ContainsKey(e)).ToList();
        if (named.Count == 0 && nameLike.Count > 0)
        {
            // "PARK Min Ho" is not Park Geun-hye: a written given name that fits no one rules the gazetteer out.
            return null;
        }

        if (named.Count > 0)
        {
            return date is { } nd ? named.FirstOrDefault(p => _kb.TermsOf(p).Any(t => t.Covers(nd))) ?? named[0] : named[0];
        }

        // A bare surname is taken only when the date puts exactly that person in office (or, undated, when it is unique).
        if (date is { } d)
        {
            return candidates.FirstOrDefault(p => _kb.TermsOf(p).Any(t => t.Covers(d)));
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static bool RoleFits(string officeRole, string writtenRole) =>
        string.Equals(officeRole, writtenRole, StringComparison.OrdinalIgnoreCase)
        || (writtenRole.Contains("Foreign", StringComparison.Ordinal) && (officeRole.Contains("Foreign", StringComparison.Ordinal) || officeRole is "Secretary of State" or "Minister of External Affairs"))
        || (writtenRole == "Minister" && officeRole.StartsWith("Minister", StringComparison.Ordinal));

    public Term? RoleAt(PersonEntry person, DateOnly? date)
    {
        var terms = _kb.TermsOf(person);
        if (date is { } d)
        {
            return terms.FirstOrDefault(t => t.Covers(d));
        }

        return null;
    }

    /// <summary>
    /// Parses "[the Hon|H.E. Mr.] [Title [of Country]] Name [, [the] Title of Country]" starting near <paramref name="index"/>;
    /// the person named must carry a title either side, or it is not taken for a principal.
    /// </summary>
    public PersonHit? ParseTitled(IReadOnlyList<Token> tokens, int index, int to)
    {
        var i = index;
        string? title = null;
        string? country = null;
        var honorific = false;
        for (var guard = 0; guard < 12 && i < to; guard++)
        {
            if (_titles.LongestAt(tokens, i) is { } tm)
            {
                title = tm.Value;
                i = tm.LastToken + 1;
                if (i < to && tokens[i].Value == "of")
                {
                    var (c, next) = ParseCountry(tokens, i + 1, to);
                    if (c is not null)
                    {
                        country = c;
                        i = next;
                    }
                }

                continue;
            }

            // "Kazakh President Nazarbayev", "Indonesian Foreign Minister Marsudi": the adjective names the country.
            if (_kb.Demonyms.TryGetValue(tokens[i].Value, out var demonymCountry) && i + 1 < to && _titles.LongestAt(tokens, i + 1) is not null)
            {
                country ??= demonymCountry;
                i++;
                continue;
            }

            if (Honorifics.Contains(tokens[i].Value))
            {
                honorific |= tokens[i].Value is "Mr" or "Ms" or "Mrs" or "Dr" or "Hon" or "Honorable" or "Honourable" or "Excellency" or "E";
                i++;
                continue;
            }

            break;
        }

        var nameStart = i;
        var parts = new List<string>();
        while (i < to && parts.Count < 5)
        {
            var t = tokens[i];
            if (t.IsWord && t.IsCapitalized && _titles.LongestAt(tokens, i) is null && !_kb.CountryCodes.ContainsKey(t.Value))
            {
                if (i + 1 < to && tokens[i + 1].Value == "-" && i + 2 < to && tokens[i + 2].IsWord)
                {
                    parts.Add(t.Value + "-" + tokens[i + 2].Value);
                    i += 3;
                    continue;
                }

                if (t.Value.Length == 1 && i + 1 < to && tokens[i + 1].Value == ".")
                {
                    parts.Add(t.Value + ".");
                    i += 2;
                    continue;
                }

                parts.Add(t.Value);
                i++;
                continue;
            }

            break;
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var nameEnd = i - 1;
        if (i < to && tokens[i].Value == "," && i + 1 < to)
        {
            var k = i + 1;
            if (k < to && tokens[k].Value.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                k++;
            }

            if (_titles.LongestAt(tokens, k) is { } after)
            {
                title ??= after.Value;
                k = after.LastToken + 1;
                if (k < to && tokens[k].Value == "of")
                {
                    var (c, _) = ParseCountry(tokens, k + 1, to);
                    country ??= c;
                }
            }
        }
        else if (i < to && tokens[i].Value == "of")
        {
            var (c, _) = ParseCountry(tokens, i + 1, to);
            country ??= c;
        }

        if (country is null)
        {
            // "Mr. Dmitry Kozak, Deputy Head of the Presidential Executive Office of Russia": the appositive names the country.
            for (var k = nameEnd + 1; k < Math.Min(to, nameEnd + 16); k++)
            {
                if (tokens[k].Value is "." or ";" or "with" or "and")
                {
                    break;
                }

                if (tokens[k].Value == "of" && ParseCountry(tokens, k + 1, to) is { Code: { } code })
                {
                    country = code;
                    break;
                }
            }
        }

        // "Mr. Igor Morgulov, Deputy Chief of Staff ...": an honorific marks a person even when the title is not one we know.
        if (title is null && !(honorific && parts.Count >= 2))
        {
            return null;
        }

        var name = string.Join(' ', parts.Select(TitleCase));
        if (country == "JP" && parts.Count >= 2 && IsAllCaps(parts[0]))
        {
            name = string.Join(' ', parts.Skip(1).Select(TitleCase).Append(TitleCase(parts[0])));
        }

        return new PersonHit(nameStart, nameEnd, Slug(name), name, country, title is null ? null : NormalizeRole(title, country), null, title);
    }

    private (string? Code, int Next) ParseCountry(IReadOnlyList<Token> tokens, int i, int to)
    {
        if (i < to && tokens[i].Value.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            i++;
        }

        // Longest run of capitalised words (with "of") that is a known country name.
        string? best = null;
        var bestNext = i;
        var parts = new List<string>();
        for (var k = i; k < Math.Min(to, i + 7); k++)
        {
            var v = tokens[k].Value;
            if (!(tokens[k].IsCapitalized || v is "of" or "'" or "s" or "." || (v == "-" && k > i)))
            {
                break;
            }

            parts.Add(v);
            var candidate = Join(parts);
            if (_kb.CountryCodes.TryGetValue(candidate, out var code))
            {
                best = code;
                bestNext = k + 1;
            }
        }

        return (best, bestNext);
    }

    private static string Join(List<string> parts)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var p in parts)
        {
            if (sb.Length > 0 && p is not "." and not "'" and not "s" and not "-" && sb[^1] != '-' && sb[^1] != '\'')
            {
                sb.Append(' ');
            }

            sb.Append(p);
        }

        return sb.ToString();
    }

    public static string NormalizeRole(string title, string? country) => title switch
    {
        "Chairman of the Government" or "Premier" => "Prime Minister",
        "Federal Chancellor" => "Chancellor",
        "Foreign Minister" or "Minister for Foreign Affairs" or "Minister of Foreign Affairs" => country == "JP" ? "Minister for Foreign Affairs" : "Minister of Foreign Affairs",
        _ => title,
    };

    public static bool IsAllCaps(string s) => s.Length > 1 && s.All(c => !char.IsLetter(c) || char.IsUpper(c));

    public static string TitleCase(string s) => IsAllCaps(s) ? char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant() : s;

    public static string Slug(string name)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in name.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if ((c == ' ' || c == '-' || c == '.') && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }
}

using System.Text.RegularExpressions;
using GraphRelations.Extraction.Knowledge;
using GraphRelations.Extraction.Text;

namespace GraphRelations.Extraction.Recognition;

/// <summary>Duration, sequence number and occasion as the genre writes them in the lead paragraph.</summary>
internal static partial class MeetingDetails
{
    private const string NumberWords = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|forty-five|fifty|sixty|seventy|eighty|ninety|an|a";
    private const string Ordinals = @"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|\d{1,3}(?:st|nd|rd|th)";

    [GeneratedRegex(@"\b(?:(?<h>\d{1,2}(?:\.\d)?|" + NumberWords + @")(?:\s+and\s+a\s+(?<half>half))?\s*-?\s*hours?(?:\s+and\s+a\s+(?<half>half)|\s+and\s+(?<hm>\d{1,2}|" + NumberWords + @")\s*-?\s*minutes?)?|(?<m>\d{1,3}|" + NumberWords + @")\s*-?\s*minutes?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Duration();

    // "From 12:06 to 14:57", "(10:19 - 10:38 June 8 ...)", "from 9:30 a.m. to 10:15 a.m.": a meeting given by its clock times.
    [GeneratedRegex(@"(?<![\d:.])(?<h1>\d{1,2})[:.](?<m1>[0-5]\d)\s*(?<ap1>a\.?m\.?|p\.?m\.?)?\s*(?:to|-|–|until|till)\s*(?<h2>\d{1,2})[:.](?<m2>[0-5]\d)(?!\d)\s*(?<ap2>a\.?m\.?|p\.?m\.?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ClockRange();

    [GeneratedRegex(@"\b(?<ord>" + Ordinals + @")\s+time\s+in\s+total", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex TimeInTotal();

    // "held a Japan-Russia Summit Meeting for the 18th time": the count of meetings between the two.
    [GeneratedRegex(@"\b(?:meeting|talks?|summit|conversation)s?\s+(?:[\w'-]+\s+){0,3}?for\s+the\s+(?<ord>" + Ordinals + @")\s+time\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ForTheNthTime();

    [GeneratedRegex(@"\b(?:his|her|their)\s+(?<ord>" + Ordinals + @")\s+(?:[\w'-]+\s+){0,5}?(?:meeting|talks?|summit|conversation)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex PossessiveOrdinal();

    [GeneratedRegex(@"\bthe\s+(?<ord>" + Ordinals + @")\s+(?:[\w'-]+\s+){0,3}?(?:meeting|summit|talks)\s+between\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex OrdinalBetween();

    [GeneratedRegex(@"\bto\s+attend\s+(?:the\s+)?(?<o>(?:[^,;.]|(?<=\bSt|\bMt|\b[A-Z])\.){3,160}?)(?=,|;|(?<!\b(?:St|Mt|[A-Z]))\.(?:\s|$)|\s+and\s+(?:held|met|arrived)|\s+held\b|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ToAttend();

    [GeneratedRegex(@"\b(?:at|on)\s+the\s+(?:margins?|sidelines?)\s+of\s+(?:the\s+)?(?<o>(?:[^,;.]|(?<=\bSt|\bMt|\b[A-Z])\.){3,160}?)(?=,|;|(?<!\b(?:St|Mt|[A-Z]))\.(?:\s|$)|\s+in\s+[A-Z]|\s+held\b|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Margins();

    [GeneratedRegex(@"\b(?i:on\s+the\s+occasion\s+of)\s+(?!(?:his|her|their|the|this)\s+(?:visit|trip|stay))(?:the\s+)?(?<o>(?:[^,;.]|(?<=\bSt|\bMt|\b[A-Z])\.){3,160}?)(?=,|;|(?<!\b(?:St|Mt|[A-Z]))\.(?:\s|$)|\s+in\s+[A-Z]|\s+held\b|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex OnOccasion();

    [GeneratedRegex(@"\b(?:visit(?:ing)?\s+to|visiting|visited)\s+[A-Z][^.]{0,60}?\s+for\s+the\s+(?<o>(?:[^,;.]|(?<=\bSt|\bMt|\b[A-Z])\.){3,160}?)(?=,|;|(?<!\b(?:St|Mt|[A-Z]))\.(?:\s|$)|\s+in\s+[A-Z]|\s+held\b|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex VisitFor();

    public static int? DurationMinutes(string lead)
    {
        if (lead.Length > 5000)
        {
            lead = lead[..5000];
        }

        try
        {
            var found = new List<(int Index, int Minutes, bool Component)>();
            foreach (Match m in ClockRange().Matches(lead))
            {
                if (ClockMinutes(m) is { } span)
                {
                    found.Add((m.Index, span, IsComponent(lead[Math.Max(0, m.Index - 40)..m.Index])));
                }
            }

            foreach (Match m in Duration().Matches(lead))
            {
                int minutes;
                if (m.Groups["h"].Success)
                {
                    var hours = double.TryParse(m.Groups["h"].Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var h) ? h : NumberOf(m.Groups["h"].Value);
                    minutes = (int)Math.Round(hours * 60) + (m.Groups["half"].Success ? 30 : 0) + (m.Groups["hm"].Success ? NumberOf(m.Groups["hm"].Value) : 0);
                }
                else
                {
                    minutes = NumberOf(m.Groups["m"].Value);
                }

                if (minutes <= 0 || minutes > 24 * 60)
                {
                    continue;
                }

                var before = lead[Math.Max(0, m.Index - 40)..m.Index];
                found.Add((m.Index, minutes, IsComponent(before)));
            }

            if (found.Count == 0)
            {
                return null;
            }

            // The text's order decides: a total stated first ("From 12:06 to 14:57 ... (From 12:06 to 13:47 a small group ...)") wins.
            found.Sort((a, b) => a.Index.CompareTo(b.Index));

            // "(meeting: two hours and 40 minutes; working lunch: one hour and 30 minutes)" with no total given: the parts add up.
            if (found[0].Component)
            {
                return found.TakeWhile(f => f.Component).Sum(f => f.Minutes);
            }

            return found[0].Minutes;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static int? ClockMinutes(Match m)
    {
        var start = ClockOf(m.Groups["h1"].Value, m.Groups["m1"].Value, m.Groups["ap1"].Success ? m.Groups["ap1"].Value : m.Groups["ap2"].Value);
        var end = ClockOf(m.Groups["h2"].Value, m.Groups["m2"].Value, m.Groups["ap2"].Value);
        if (start is not { } s || end is not { } e)
        {
            return null;
        }

        // A talk that runs past midnight ("from 23:40 to 0:20") wraps; no meeting record spans more than a working day.
        var minutes = e >= s ? e - s : e + (24 * 60) - s;
        return minutes is > 0 and <= 12 * 60 ? minutes : null;
    }

    private static int? ClockOf(string hours, string minutes, string meridiem)
    {
        var h = int.Parse(hours, System.Globalization.CultureInfo.InvariantCulture);
        var m = int.Parse(minutes, System.Globalization.CultureInfo.InvariantCulture);
        var pm = meridiem.StartsWith('p') || meridiem.StartsWith('P');
        var am = meridiem.StartsWith('a') || meridiem.StartsWith('A');
        if (h > 23 || ((pm || am) && (h == 0 || h > 12)))
        {
            return null;
        }

        if (pm && h < 12)
        {
            h += 12;
        }
        else if (am && h == 12)
        {
            h = 0;
        }

        return (h * 60) + m;
    }

    public static int? SequenceNumber(string lead, string body)
    {
        try
        {
            foreach (var (regex, text) in new[] { (TimeInTotal(), lead), (PossessiveOrdinal(), lead), (ForTheNthTime(), lead), (OrdinalBetween(), lead), (TimeInTotal(), body), (OrdinalBetween(), body) })
            {
                var m = regex.Match(text.Length > 20_000 ? text[..20_000] : text);
                if (m.Success)
                {
                    return OrdinalOf(m.Groups["ord"].Value);
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        return null;
    }

    /// <summary>
    /// The gathering the meeting was held on the occasion of: the gathering's own name when the clause names a known one
    /// ("the APEC Ministerial Meeting in Brunei Darussalam" gives "APEC Ministerial Meeting"), otherwise the clause; a visit's
    /// purpose that names no gathering ("for the opening of a plant") is not an occasion.
    /// </summary>
    public static string? Occasion(IEnumerable<string> sentences, Gatherings? gatherings = null)
    {
        var list = sentences as IReadOnlyList<string> ?? sentences.ToList();
        try
        {
            foreach (var regex in new[] { ToAttend(), Margins(), OnOccasion(), VisitFor() })
            {
                foreach (var s in list)
                {
                    var text = s.Length > 3000 ? s[..3000] : s;
                    var m = regex.Match(text);
                    if (!m.Success)
                    {
                        continue;
                    }

                    var clause = Clean(m.Groups["o"].Value);
                    if (gatherings?.FindIn(clause) is { } named)
                    {
                        // "celebrations for ... and the Evian G8 Summit": the clause's own occasion comes first.
                        if (named.FirstToken > 1 && Tokenizer.Tokenize(clause) is var ct && ct[named.FirstToken - 1].Value is "the" or "and"
                            && ct[named.FirstToken - (ct[named.FirstToken - 1].Value == "the" ? 2 : 1)].Value == "and"
                            && !char.IsUpper(clause[0]))
                        {
                            return clause[..ct[named.FirstToken - (ct[named.FirstToken - 1].Value == "the" ? 2 : 1)].Start].TrimEnd();
                        }

                        if (named.FirstToken == 0 || char.IsUpper(clause[0]))
                        {
                            return NameAround(clause, named);
                        }
                    }

                    // A visit's purpose is an occasion when it is a gathering: a proper name, or a meeting, summit, ceremony...
                    if (regex == VisitFor() && !char.IsUpper(clause[0]) && !NamesAGathering(clause))
                    {
                        continue;
                    }

                    return clause;
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        // "held a meeting during the G20 Osaka Summit": a known gathering right after "during" or "at" in the meeting sentence.
        if (gatherings is not null && list.Count > 0)
        {
            var first = list[0].Length > 3000 ? list[0][..3000] : list[0];
            var tokens = Tokenizer.Tokenize(first);
            foreach (var m in gatherings.FindAll(tokens))
            {
                var k = m.FirstToken - 1;
                if (k >= 0 && tokens[k].Value.Equals("the", StringComparison.OrdinalIgnoreCase))
                {
                    k--;
                }

                if (k >= 0 && tokens[k].Value is "during" or "at" or "At" or "During")
                {
                    return NameAround(first, m);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Where the meeting took place: the first place the meeting's own sentences name (a city, a region, a venue standing for its
    /// city, a city an event is named after); failing that, a city the occasion names ("APEC ... in Santiago").
    /// </summary>
    public static MentionHit? MeetingPlace(IReadOnlyList<MentionHit> hits, IReadOnlyList<(int Start, int End)> scopes, string? occasion)
    {
        foreach (var h in hits)
        {
            if (!scopes.Any(r => h.Start >= r.Start && h.End <= r.End))
            {
                continue;
            }

            if (h.IsMeetingPlace)
            {
                return h;
            }

            if (h.Type == Model.MentionTypes.Event && h.InnerPlace is { } inner)
            {
                return inner;
            }
        }

        // "Prime Minister Aso visited Sakhalin ... Immediately after his arrival, he held talks with ...": the place visited
        // in the sentences just before the meeting's own.
        if (scopes.Count > 0)
        {
            var meetingStart = scopes[0].Start;
            MentionHit? visited = null;
            foreach (var h in hits)
            {
                if (h.End <= meetingStart && h.Start >= meetingStart - 1500 && h.AfterVisit && h.IsMeetingPlace)
                {
                    visited = h;
                }
            }

            if (visited is not null)
            {
                return visited;
            }
        }

        if (string.IsNullOrEmpty(occasion))
        {
            return null;
        }

        var words = Tokenizer.Tokenize(occasion).Where(t => t.IsWord).Select(t => t.Value).ToList();
        foreach (var h in hits)
        {
            var place = h.Type == Model.MentionTypes.Event ? h.InnerPlace : h;
            if (place is { IsMeetingPlace: true, Type: Model.MentionTypes.Place } && ContainsWords(words, place.Name))
            {
                return place;
            }
        }

        return null;
    }

    private static bool ContainsWords(List<string> words, string name)
    {
        var parts = Tokenizer.Tokenize(name).Where(t => t.IsWord).Select(t => t.Value).ToList();
        for (var i = 0; parts.Count > 0 && i + parts.Count <= words.Count; i++)
        {
            if (parts.Select((p, k) => string.Equals(p, words[i + k], StringComparison.Ordinal)).All(x => x))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words a gathering's name ends in; a purpose without one ("the opening of a plant") names no gathering.</summary>
    private static bool NamesAGathering(string clause)
    {
        foreach (var t in Tokenizer.Tokenize(clause))
        {
            if (t.Value.ToLowerInvariant() is "summit" or "meeting" or "meetings" or "conference" or "forum" or "assembly" or "session" or "ceremony" or "celebrations"
                or "celebration" or "funeral" or "games" or "olympics" or "expo" or "exhibition" or "festival" or "congress" or "convention" or "inauguration" or "commemoration" or "consultation" or "consultations" or "dialogue")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The capitalised name around a known gathering: "the G20 Hamburg Summit in July" gives "G20 Hamburg Summit".</summary>
    private static string NameAround(string text, PhraseMatch<GatheringName> named)
    {
        var tokens = Tokenizer.Tokenize(text);
        var first = named.FirstToken;
        var last = named.LastToken;
        while (first > 0 && NamePart(tokens, first - 1, tokens[first]))
        {
            first--;
        }

        while (last + 1 < tokens.Count)
        {
            var next = tokens[last + 1];
            if (next.Value == "(" && last + 3 < tokens.Count && tokens[last + 3].Value == ")" && PersonRecognizer.IsAllCaps(tokens[last + 2].Value))
            {
                last += 3;
                continue;
            }

            if (!NamePart(tokens, last + 1, tokens[last]))
            {
                break;
            }

            last++;
        }

        // A trailing hyphen or apostrophe glued to nothing is not part of the name.
        while (last > first && !tokens[last].IsWord && tokens[last].Value != ")" && tokens[last].Value != "'")
        {
            last--;
        }

        return text[tokens[first].Start..tokens[last].End];
    }

    private static bool NamePart(List<Token> tokens, int i, Token neighbour)
    {
        var t = tokens[i];
        if (t.IsWord)
        {
            return (t.IsCapitalized || char.IsDigit(t.Value[0])) && t.Value is not ("The" or "In" or "On" or "At" or "During" or "For");
        }

        // "Leaders'", "Asia-Pacific": punctuation glued to a word of the name.
        return t.Value is "-" or "'" or "’" && (t.End == neighbour.Start || t.Start == neighbour.End);
    }

    /// <summary>"meeting: 40 minutes", "a plenary meeting for 50 minutes": a part of the meeting, not its total.</summary>
    private static bool IsComponent(string before)
    {
        var b = before.ToLowerInvariant();
        var cut = Math.Max(b.LastIndexOf(';'), b.LastIndexOf('('));
        var segment = cut >= 0 ? b[(cut + 1)..] : b;
        return System.Text.RegularExpressions.Regex.IsMatch(segment, @"^\s*[a-z -]{3,20}:\s*(approximately|about|around)?\s*$", RegexOptions.None, TimeSpan.FromMilliseconds(50))
            || segment.Contains("plenary", StringComparison.Ordinal) || segment.Contains("one-on-one", StringComparison.Ordinal)
            || segment.Contains("tete-a-tete", StringComparison.Ordinal) || segment.Contains("small group", StringComparison.Ordinal);
    }

    private static string Clean(string occasion)
    {
        var o = occasion.Trim();
        if (o.EndsWith(')') && o.LastIndexOf('(') is var open and > 0 && open > o.Length / 2)
        {
            o = o[..open].TrimEnd();
        }

        return o;
    }

    private static int NumberOf(string word)
    {
        if (int.TryParse(word, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return word.ToLowerInvariant() switch
        {
            "a" or "an" or "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "fifteen" => 15,
            "twenty" => 20,
            "twenty-five" => 25,
            "thirty" => 30,
            "forty" => 40,
            "forty-five" => 45,
            "fifty" => 50,
            "sixty" => 60,
            "seventy" => 70,
            "eighty" => 80,
            "ninety" => 90,
            _ => 0,
        };
    }

    private static readonly string[] OrdinalWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
        "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth",
        "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
    ];

    private static int? OrdinalOf(string ord)
    {
        var i = Array.IndexOf(OrdinalWords, ord.ToLowerInvariant());
        if (i >= 0)
        {
            return i + 1;
        }

        var digits = new string(ord.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}

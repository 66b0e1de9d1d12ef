using System.Text.RegularExpressions;

namespace GraphRelations.Extraction.Recognition;

/// <summary>Duration, sequence number and occasion as the genre writes them in the lead paragraph.</summary>
internal static partial class MeetingDetails
{
    private const string NumberWords = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|forty-five|fifty|sixty|seventy|eighty|ninety|an|a";
    private const string Ordinals = @"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|\d{1,3}(?:st|nd|rd|th)";

    [GeneratedRegex(@"\b(?:(?<h>\d{1,2}(?:\.\d)?|" + NumberWords + @")(?:\s+and\s+a\s+(?<half>half))?\s*-?\s*hours?(?:\s+and\s+a\s+(?<half>half)|\s+and\s+(?<hm>\d{1,2}|" + NumberWords + @")\s*-?\s*minutes?)?|(?<m>\d{1,3}|" + NumberWords + @")\s*-?\s*minutes?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?<ord>" + Ordinals + @")\s+time\s+in\s+total", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex TimeInTotal();

    [GeneratedRegex(@"\b(?:his|her|their)\s+(?<ord>" + Ordinals + @")\s+(?:[\w'-]+\s+){0,5}?(?:meeting|talks?|summit|conversation)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex PossessiveOrdinal();

    [GeneratedRegex(@"\bthe\s+(?<ord>" + Ordinals + @")\s+(?:[\w'-]+\s+){0,3}?(?:meeting|summit|talks)\s+between\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex OrdinalBetween();

    [GeneratedRegex(@"\bto\s+attend\s+(?:the\s+)?(?<o>(?:[^,;.]|(?<=\bSt|\bMt|\b[A-Z])\.){3,160}?)(?=,|;|(?<!\b(?:St|Mt|[A-Z]))\.(?:\s|$)|\s+and\s+(?:held|met|arrived)|\s+held\b|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ToAttend();

    [GeneratedRegex(@"\b(?:at|on)\s+the\s+(?:margins?|sidelines?)\s+of\s+(?:the\s+)?(?<o>(?:[^,;.]|(?<=\bSt|\bMt|\b[A-Z])\.){3,160}?)(?=,|;|(?<!\b(?:St|Mt|[A-Z]))\.(?:\s|$)|\s+in\s+[A-Z]|\s+held\b|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Margins();

    [GeneratedRegex(@"\bon\s+the\s+occasion\s+of\s+(?!(?:his|her|their|the|this)\s+(?:visit|trip|stay))(?:the\s+)?(?<o>(?:[^,;.]|(?<=\bSt|\bMt|\b[A-Z])\.){3,160}?)(?=,|;|(?<!\b(?:St|Mt|[A-Z]))\.(?:\s|$)|\s+in\s+[A-Z]|\s+held\b|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
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
            var found = new List<(int Minutes, bool Component)>();
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
                found.Add((minutes, IsComponent(before)));
            }

            if (found.Count == 0)
            {
                return null;
            }

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

    public static int? SequenceNumber(string lead, string body)
    {
        try
        {
            foreach (var (regex, text) in new[] { (TimeInTotal(), lead), (PossessiveOrdinal(), lead), (OrdinalBetween(), lead), (TimeInTotal(), body), (OrdinalBetween(), body) })
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

    public static string? Occasion(IEnumerable<string> sentences)
    {
        try
        {
            foreach (var regex in new[] { ToAttend(), Margins(), OnOccasion(), VisitFor() })
            {
                foreach (var s in sentences)
                {
                    var text = s.Length > 3000 ? s[..3000] : s;
                    var m = regex.Match(text);
                    if (m.Success)
                    {
                        return Clean(m.Groups["o"].Value);
                    }
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        return null;
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

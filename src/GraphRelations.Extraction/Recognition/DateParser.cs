using System.Text.RegularExpressions;

namespace GraphRelations.Extraction.Recognition;

/// <summary>A date as written: the year is null when the text leaves it to the reader; the weekday when the text gives one.</summary>
internal readonly record struct WrittenDate(int Start, int End, int Month, int Day, int? Year, bool InRange, DayOfWeek? Weekday = null);

/// <summary>
/// What the record and the knowledge say about the year when the text writes none: the span in which all the
/// participants held office, and the year of a named edition of a gathering ("G20 Buenos Aires Summit").
/// </summary>
internal sealed record YearEvidence(IReadOnlyList<(DateOnly From, DateOnly? To)> InOffice, int? EditionYear = null)
{
    public static YearEvidence None { get; } = new([]);

    /// <summary>The spans in which every one of the given people held one of their offices (terms as lists per person).</summary>
    public static YearEvidence SharedTerms(IReadOnlyList<IReadOnlyList<(DateOnly From, DateOnly? To)>> termsPerPerson, int? editionYear = null)
    {
        if (termsPerPerson.Count == 0 || termsPerPerson.Any(t => t.Count == 0))
        {
            return new YearEvidence([], editionYear);
        }

        IReadOnlyList<(DateOnly From, DateOnly? To)> shared = termsPerPerson[0];
        foreach (var next in termsPerPerson.Skip(1))
        {
            var overlap = new List<(DateOnly From, DateOnly? To)>();
            foreach (var a in shared)
            {
                foreach (var b in next)
                {
                    var from = a.From > b.From ? a.From : b.From;
                    DateOnly? to = a.To is null ? b.To : b.To is null ? a.To : a.To < b.To ? a.To : b.To;
                    if (to is null || to >= from)
                    {
                        overlap.Add((from, to));
                    }
                }
            }

            shared = overlap;
        }

        return new YearEvidence(shared, editionYear);
    }
}

internal static partial class DateParser
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun";

    // "June 18", "Dec. 2", "June 8 (Thursday)", "Monday, June 18", "May 30th, 2001".
    [GeneratedRegex(@"(?:\b(?<wd>" + Weekdays + @")\.?,?\s+)?\b(?<month>" + Months + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?!:)(?:\s*\((?<wd2>" + Weekdays + @")\.?\))?(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex MonthFirst();

    // "15 November 2000", "Saturday, 2 December", "2 December (Saturday)".
    [GeneratedRegex(@"(?:\b(?<wd>" + Weekdays + @")\.?,?\s+)?(?<![\d:.])\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>" + Months + @")\b\.?(?:,?\s+(?<year>(?:19|20)\d{2})\b)?(?:\s*\((?<wd2>" + Weekdays + @")\.?\))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DayFirst();

    // What makes a written date one end of a span of days: "from 1 to 4 November", "November 1-4", "1 and 2 June".
    // A clock time before it ("from 11:10 to 11:38 on May 30", "10:19 - 10:38 June 8") is not a day.
    [GeneratedRegex(@"(?:(?<![\d:.])\d{1,2}(?:st|nd|rd|th)?|\b(?:" + Months + @")\.?\s+\d{1,2})\s*(?:to|-|–|and|until|through)\s*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 100)]
    private static partial Regex RangeBefore();

    [GeneratedRegex(@"^\s*(?:to|-|–|until|through)\s*(?:\d{1,2}\b(?![:.]\d)|(?:" + Months + @")\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex RangeAfter();

    [GeneratedRegex(@"^\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:(?<month>" + Months + @")\.?\s+(?<day>\d{1,2}),?\s+(?<year>(?:19|20)\d{2})|(?<day>\d{1,2})\s+(?<month>" + Months + @")\.?,?\s+(?<year>(?:19|20)\d{2}))(?:\s*\([^)]{0,30}\))?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DateLine();

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>A line that is nothing but a full date (the publication line under the title).</summary>
    public static DateOnly? ParseDateLine(string line)
    {
        if (line.Length > 60)
        {
            return null;
        }

        try
        {
            var m = DateLine().Match(line);
            return m.Success ? Build(int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), MonthOf(m.Groups["month"].Value), int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture)) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>All dates written in <paramref name="text"/>, in order; dates inside "from 1 to 4 November" ranges are flagged.</summary>
    public static List<WrittenDate> FindAll(string text)
    {
        var found = new List<WrittenDate>();
        if (text.Length > 20_000)
        {
            text = text[..20_000];
        }

        try
        {
            foreach (Match m in MonthFirst().Matches(text))
            {
                found.Add(ToDate(text, m));
            }

            foreach (Match m in DayFirst().Matches(text))
            {
                if (!found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length))
                {
                    found.Add(ToDate(text, m));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static WrittenDate ToDate(string text, Match m)
    {
        var day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        var before = text[Math.Max(0, m.Index - 24)..m.Index];
        var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 16)];
        var inRange = RangeBefore().IsMatch(before) || RangeAfter().IsMatch(after);
        var weekday = m.Groups["wd"].Success ? WeekdayOf(m.Groups["wd"].Value) : m.Groups["wd2"].Success ? WeekdayOf(m.Groups["wd2"].Value) : null;
        return new WrittenDate(m.Index, m.Index + m.Length, MonthOf(m.Groups["month"].Value), day, year, inRange, weekday);
    }

    private static DayOfWeek? WeekdayOf(string name) => name[..3].ToLowerInvariant() switch
    {
        "mon" => DayOfWeek.Monday,
        "tue" => DayOfWeek.Tuesday,
        "wed" => DayOfWeek.Wednesday,
        "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday,
        "sat" => DayOfWeek.Saturday,
        "sun" => DayOfWeek.Sunday,
        _ => null,
    };

    private static int MonthOf(string name) => Array.IndexOf(MonthNames, name[..3].ToLowerInvariant()) + 1;

    public static DateOnly? Build(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary>
    /// Gives a written date its year: the stated one, else the publication year, stepping back a year when that
    /// would put the meeting well after publication (a January release about "December 28"). With no publication
    /// date the year must follow from the evidence: a named edition of a gathering, or the one year inside the
    /// participants' shared time in office whose calendar puts the written weekday on that day, or a shared time in
    /// office that fits the day in one year only. Otherwise null: a year is never guessed.
    /// </summary>
    public static DateOnly? Resolve(WrittenDate date, DateOnly? published, YearEvidence? evidence = null)
    {
        return date.Year is { } y ? Build(y, date.Month, date.Day)
            : published is { } pub ? FromPublication(date, pub)
            : FromEvidence(date, evidence ?? YearEvidence.None);
    }

    private static DateOnly? FromEvidence(WrittenDate date, YearEvidence evidence)
    {
        if (evidence.EditionYear is { } edition)
        {
            return Build(edition, date.Month, date.Day);
        }

        // A term still open has no end the extraction may assume (reading "today" would make it impure), so it decides nothing.
        if (evidence.InOffice.Count == 0 || evidence.InOffice.Any(s => s.To is null || s.To.Value.Year - s.From.Year > 60))
        {
            return null;
        }

        var fits = new HashSet<DateOnly>();
        foreach (var (from, to) in evidence.InOffice)
        {
            for (var year = from.Year; year <= to!.Value.Year; year++)
            {
                if (Build(year, date.Month, date.Day) is { } c && c >= from && c <= to.Value && (date.Weekday is null || c.DayOfWeek == date.Weekday))
                {
                    fits.Add(c);
                }
            }
        }

        return fits.Count == 1 ? fits.First() : null;
    }

    private static DateOnly? FromPublication(WrittenDate date, DateOnly pub)
    {
        var candidate = Build(pub.Year, date.Month, date.Day);
        if (candidate is { } c && c.DayNumber > pub.DayNumber + 7)
        {
            return Build(pub.Year - 1, date.Month, date.Day);
        }

        // "On February 29" published in a non-leap year names no day of that year.
        return candidate;
    }
}

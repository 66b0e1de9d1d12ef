using System.Text.RegularExpressions;

namespace GraphRelations.Extraction.Recognition;

/// <summary>A date as written: the year is null when the text leaves it to the reader.</summary>
internal readonly record struct WrittenDate(int Start, int End, int Month, int Day, int? Year, bool InRange);

internal static partial class DateParser
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    [GeneratedRegex(@"\b(?<month>" + Months + @")\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\))?(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>" + Months + @")\b\.?(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DayFirst();

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
        var before = text[Math.Max(0, m.Index - 12)..m.Index].ToLowerInvariant();
        var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 12)].ToLowerInvariant();
        var inRange = before.Contains(" to ", StringComparison.Ordinal) && before.Contains("from", StringComparison.Ordinal)
            || System.Text.RegularExpressions.Regex.IsMatch(before, @"\d\s*(to|-|and)\s*$", RegexOptions.None, TimeSpan.FromMilliseconds(50))
            || after.StartsWith(" to ", StringComparison.Ordinal) || after.StartsWith('-');
        return new WrittenDate(m.Index, m.Index + m.Length, MonthOf(m.Groups["month"].Value), day, year, inRange);
    }

    private static int MonthOf(string name) => Array.IndexOf(MonthNames, name[..3].ToLowerInvariant()) + 1;

    public static DateOnly? Build(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary>
    /// Gives a written date its year: the stated one, else the publication year, stepping back a year when that
    /// would put the meeting well after publication (a January release about "December 28").
    /// </summary>
    public static DateOnly? Resolve(WrittenDate date, DateOnly? published)
    {
        if (date.Year is { } y)
        {
            return Build(y, date.Month, date.Day);
        }

        if (published is not { } pub)
        {
            return null;
        }

        var candidate = Build(pub.Year, date.Month, date.Day);
        if (candidate is { } c && c.DayNumber > pub.DayNumber + 7)
        {
            return Build(pub.Year - 1, date.Month, date.Day);
        }

        return candidate;
    }
}

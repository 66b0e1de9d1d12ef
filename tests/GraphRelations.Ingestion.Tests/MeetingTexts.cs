using System.Globalization;
using System.Text;

namespace GraphRelations.Ingestion.Tests;

/// <summary>Short meeting records in the genre, written for these tests (never copied from the corpus).</summary>
internal static class MeetingTexts
{
    private static readonly (string Japanese, string JapaneseShort, int From, int To)[] PrimeMinisters =
    [
        ("Shinzo Abe", "Abe", 2013, 2019),
        ("Yoshihiko Noda", "Noda", 2012, 2012),
    ];

    /// <summary>A summit record; <paramref name="n"/> picks the date and adds a reference line so every n gives a distinct document.</summary>
    public static string Summit(int n)
    {
        var (name, surname, from, to) = PrimeMinisters[n % 7 == 0 ? 1 : 0];
        var year = from + (n % (to - from + 1));
        var month = 1 + (n % 12);
        var day = 2 + (n % 25);
        var meetingDay = new DateOnly(year, month, day).AddDays(-1);
        var published = new DateOnly(year, month, day);
        var text = new StringBuilder()
            .AppendLine("Japan-Russia Summit Meeting (Overview)")
            .AppendLine()
            .AppendLine(published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture))
            .AppendLine()
            .Append(CultureInfo.InvariantCulture, $"On {meetingDay.ToString("MMMM d", CultureInfo.InvariantCulture)}, Prime Minister {name}, on a visit to Vladivostok, ")
            .AppendLine(CultureInfo.InvariantCulture, $"held a meeting with President of Russia Vladimir Putin for about {30 + (n % 4) * 15} minutes.")
            .AppendLine()
            .AppendLine("1. Territorial issue")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Prime Minister {surname} stated that the two countries should make progress on the issue of the four northern islands and conclude a peace treaty.")
            .AppendLine()
            .AppendLine("President Putin said that Russia was ready to continue negotiations.")
            .AppendLine()
            .AppendLine("2. Economy")
            .AppendLine()
            .AppendLine("The two leaders agreed to expand cooperation on energy, including LNG.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Reference number: {n}");
        return text.ToString();
    }

    /// <summary>
    /// A summit record followed by <paramref name="agreements"/> agreement sentences, <paramref name="perLine"/> to a line:
    /// what a flooding upload looks like.
    /// </summary>
    public static string Flooded(int n, int agreements, int perLine = 1)
    {
        var text = new StringBuilder(Summit(n)).AppendLine().AppendLine();
        for (var i = 0; i < agreements; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"The two leaders agreed to expand cooperation on energy, step {i}.");
            text.Append((i + 1) % perLine == 0 ? "\n" : " ");
        }

        return text.ToString();
    }

    /// <summary>Well-formed English prose that reports no meeting.</summary>
    public const string OffGenre =
        "Weekend weather outlook\n\nA band of rain will move across the northern prefectures on Saturday, " +
        "clearing by Sunday afternoon. Temperatures stay a little below the seasonal average, and gardeners " +
        "are advised to cover young plants overnight.\n";
}

using System.Diagnostics;
using System.Text;

namespace GraphRelations.Extraction.Tests;

/// <summary>Tests that measure time run alone, after the others: on a shared machine a parallel neighbour is noise.</summary>
[CollectionDefinition("Timing", DisableParallelization = true)]
public sealed class TimedTests;

[Collection("Timing")]
public class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("Pancakes\n\nMix 200 g flour with two eggs and milk. Fry in butter until golden. Serve warm.")]
    public void Off_genre_text_gives_no_meetings_and_a_reason(string text)
    {
        var graph = Extract.Run(text);
        Assert.Empty(graph.Meetings);
        Assert.False(string.IsNullOrWhiteSpace(graph.Reason));
    }

    [Fact]
    public void Random_bytes_decoded_as_text_give_a_clear_outcome_quickly()
    {
        var bytes = new byte[2_000_000];
        new Random(42).NextBytes(bytes);
        var text = Encoding.UTF8.GetString(bytes);
        var sw = Stopwatch.StartNew();
        var graph = Extract.Run(text);
        Assert.Empty(graph.Meetings);
        Assert.NotNull(graph.Reason);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"took {sw.Elapsed}");
    }

    [Fact]
    public void A_one_megabyte_single_line_finishes_quickly()
    {
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000)
        {
            sb.Append("Prime Minister Abe stated that ((((the two sides, Japan and Russia, would cooperate on the Northern Territories issue and trade ");
        }

        var sw = Stopwatch.StartNew();
        var graph = Extract.Run(sb.ToString());
        Assert.NotNull(graph);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"took {sw.Elapsed}");
    }

    [Fact]
    public void A_twenty_megabyte_record_finishes_in_a_few_seconds_with_its_meeting()
    {
        var sb = new StringBuilder("Japan-Russia Summit Meeting\n\nNovember 13, 2011\n\nOn November 12, Prime Minister Yoshihiko Noda held a meeting with President of Russia Dmitry Medvedev in Honolulu.\n\n1. Economy\n\n");
        while (sb.Length < 20_000_000)
        {
            sb.Append("President Medvedev said that trade with Japan grew in Vladivostok and Sakhalin. The two leaders agreed to continue talks.\n");
        }

        var sw = Stopwatch.StartNew();
        var graph = Extract.Run(sb.ToString());
        var m = Assert.Single(graph.Meetings);
        Assert.NotEmpty(m.Statements);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"took {sw.Elapsed}");
    }

    private const string Record = "Japan-Russia Summit Meeting\n\nNovember 13, 2011\n\n(10:19 - 10:38 November 12 (Saturday), Honolulu)\n\nOn November 12, Prime Minister Yoshihiko Noda held a meeting with President of Russia Dmitry Medvedev in Honolulu for approximately 40 minutes (plenary: 25 minutes; tete-a-tete: 15 minutes). Later that day, Minister Koichiro Gemba held a meeting with Minister Sergey Lavrov.\n\n1. Economy\n\n(1) Regarding trade that grew, the two leaders agreed to continue talks.\n(2) President Medvedev made the following statements:\n  (a) Russia wants to cooperate.\n2. Territorial issue\nPrime Minister Noda, while noting the history, stated that he hoped for progress. He also said that Japan-Russia relations mattered.\n";

    private static readonly string[] Debris =
    [
        "February 30", "31 April", "99 December", "Dec. 0", "(Saturday)", "from 25:61 to 99:99", "10:19 - ", "On Monday, ", " (", ")", ":", "\n", "\n\n", "  (a) ", "1. ",
        "that ", ", and the two leaders agreed ", "Regarding ", "He ", "the Russian side decided that ", "\u00A0", "\u2019", "-", "2+2", "for the 99th time", "0:00 a.m. to 13:00 p.m.",
    ];

    /// <summary>Deletes, duplicates, swaps and inserts pieces of a record, the way broken scrapes and bad edits do.</summary>
    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        for (var n = random.Next(1, 12); n > 0 && sb.Length > 0; n--)
        {
            var at = random.Next(sb.Length);
            var len = Math.Min(sb.Length - at, random.Next(1, 40));
            switch (random.Next(5))
            {
                case 0:
                    sb.Remove(at, len);
                    break;
                case 1:
                    sb.Insert(at, sb.ToString(at, len));
                    break;
                case 2:
                    sb.Insert(at, Debris[random.Next(Debris.Length)]);
                    break;
                case 3:
                    sb.Insert(at, (char)random.Next(0, 0x3000));
                    break;
                default:
                    var other = random.Next(sb.Length);
                    (sb[at], sb[other]) = (sb[other], sb[at]);
                    break;
            }
        }

        return sb.ToString();
    }

    [Fact]
    public void Mutated_records_never_make_the_extractor_fail()
    {
        var random = new Random(20261203);
        for (var i = 0; i < 1500; i++)
        {
            var text = Mutate(Record, random);
            var graph = Extract.Run(text);
            Assert.False(graph.Reason?.StartsWith("extraction failed", StringComparison.Ordinal) == true, $"mutation {i} failed: {graph.Reason}\n{text}");
            Assert.All(graph.Meetings, m => Assert.True(m.Date is null || m.Date.Value.Year is > 1900 and < 2100, $"mutation {i}: date {m.Date}"));
            Assert.All(graph.Meetings, m => Assert.True(m.DurationMinutes is null or > 0, $"mutation {i}: duration {m.DurationMinutes}"));
        }
    }

    [Fact]
    public void Random_token_soup_from_the_genres_words_never_makes_the_extractor_fail()
    {
        var words = Record.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Concat(Debris).ToArray();
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var sb = new StringBuilder();
            for (var n = random.Next(5, 400); n > 0; n--)
            {
                sb.Append(words[random.Next(words.Length)]).Append(random.Next(12) == 0 ? "\n" : " ");
            }

            var graph = Extract.Run(sb.ToString());
            Assert.False(graph.Reason?.StartsWith("extraction failed", StringComparison.Ordinal) == true, $"soup {i} failed: {graph.Reason}");
        }
    }

    /// <summary>Best of three runs: the least disturbed measure of the work one input takes on a shared machine.</summary>
    private static double BestSeconds(string text)
    {
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var sw = Stopwatch.StartNew();
            Extract.Run(text);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        return best;
    }

    [Theory]
    [InlineData("body")]
    [InlineData("one line")]
    [InlineData("mutated")]
    public void Work_grows_linearly_with_the_size_of_the_record(string shape)
    {
        string Build(int copies)
        {
            var random = new Random(11);
            var sb = new StringBuilder(Record);
            for (var i = 0; i < copies; i++)
            {
                var part = shape == "mutated" ? Mutate(Record[40..], random) : Record[40..];
                sb.Append(shape == "one line" ? part.Replace('\n', ' ') : part);
            }

            return sb.ToString();
        }

        Extract.Run(Build(10));
        var small = BestSeconds(Build(200));
        var large = BestSeconds(Build(1600));

        // Eight times the text: linear work takes about eight times as long, quadratic sixty-four. The bound is generous
        // (a shared machine is noisy) yet far below what quadratic growth would need.
        Assert.True(large < (small * 24) + 0.5, $"{shape}: 200 copies {small:F3}s, 1600 copies {large:F3}s");
    }
}

using System.Diagnostics;
using System.Text;

namespace GraphRelations.Extraction.Tests;

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
}

namespace GraphRelations.Extraction.Tests;

public class SectionTests
{
    private const string Header = "Japan-Russia Foreign Ministers' Meeting\n\nNovember 24, 2011\n\nOn November 11, Minister for Foreign Affairs Koichiro Gemba met with Mr. Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation.\n\n";

    [Theory]
    [InlineData("1. Territorial Issues\n\nMinister Gemba said that talks must continue.")]
    [InlineData("(1) Territorial issues\nMinister Gemba said that talks must continue.")]
    [InlineData("2. (1) Territorial issues\nMinister Gemba said that talks must continue.")]
    [InlineData("   1. Territorial issues\n\n   Minister Gemba said that talks must continue.")]
    [InlineData("(a) TERRITORIAL ISSUES\nMinister Gemba said that talks must continue.")]
    [InlineData("\u2022 Territorial issues\nMinister Gemba said that talks must continue.")]
    public void Heading_variants_map_to_topics(string body)
    {
        var m = Extract.Single(Header + body);
        var s = Assert.Single(m.Statements);
        Assert.Equal(["territorial-issue"], s.Topics);
        Assert.Contains(m.Topics, t => t.TopicId == "territorial-issue" && t.Heading is not null);
    }

    [Fact]
    public void Subsections_inherit_their_parents_topics_and_a_new_section_resets_them()
    {
        var m = Extract.Single(Header + "1. Economic Relations\n\n(1) Energy\nMinister Lavrov said that the projects go well.\n\n2. Security\n\nMinister Gemba said that the defence talks are useful.");
        Assert.Equal(["economy", "energy"], Extract.StatementStarting(m, "Minister Lavrov").Topics);
        Assert.Equal(["security"], Extract.StatementStarting(m, "Minister Gemba").Topics);
        Assert.Equal(["economy", "energy", "security"], m.Topics.Select(t => t.TopicId));
        Assert.Equal("1. Economic Relations", m.Topics[0].Heading);
    }

    [Fact]
    public void Statement_topics_add_what_the_sentence_names_and_headings_without_a_topic_add_none()
    {
        var m = Extract.Single(Header + "5. Other topics\n\nMinister Gemba said that the Northern Territories issue and North Korea matter.");
        Assert.Equal(["territorial-issue", "north-korea"], Assert.Single(m.Statements).Topics);
        Assert.All(m.Topics, t => Assert.Null(t.Heading));
    }
}

using GraphRelations.Extraction.Model;

namespace GraphRelations.Extraction.Tests;

/// <summary>Subjects, joint acts, clause structure and topic wording of statements, on passages written for each rule.</summary>
public class StatementRuleTests
{
    private const string Header = "Japan-Russia Summit Meeting\n\nNovember 13, 2011\n\nOn November 12, Prime Minister Yoshihiko Noda held a meeting with President of Russia Dmitry Medvedev in Honolulu.\n\n";

    private static Meeting Body(string body) => Extract.Single(Header + body);

    private const string MinistersHeader = "Japan-Russia Foreign Ministers' Meeting\n\nApril 16, 2012\n\nOn April 15, Mr. Koichiro Gemba, Minister for Foreign Affairs of Japan, held a meeting with Mr. Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation, in Washington D.C.\n\n";

    private static Meeting Ministers(string body) => Extract.Single(MinistersHeader + body);

    [Fact]
    public void The_minister_alone_between_two_ministers_is_the_records_own_minister()
    {
        var s = Assert.Single(Ministers("The Minister stated that Japan attached importance to the talks.").Statements);
        Assert.Equal(["koichiro-gemba"], s.Speakers);
    }

    [Fact]
    public void A_title_with_nationality_names_that_countrys_participant()
    {
        var s = Assert.Single(Body("The Russian President expressed hope for an early visit.").Statements);
        Assert.Equal(["dmitry-medvedev"], s.Speakers);
    }

    [Fact]
    public void Both_ministers_and_mr_surname_and_pronouns_across_paragraphs()
    {
        var m = Ministers("1. Relations\n\nBoth Ministers confirmed that they would prepare the visit.\nMr. Lavrov said that Russia was ready.\n\n2. Energy\n\nHe also noted that energy cooperation was promising.");
        Assert.Equal(StatementKinds.Agreement, Extract.StatementStarting(m, "Both Ministers").Kind);
        Assert.Equal(["sergey-lavrov"], Extract.StatementStarting(m, "Mr. Lavrov").Speakers);
        Assert.Equal(["sergey-lavrov"], Extract.StatementStarting(m, "He also noted").Speakers);
    }

    [Theory]
    [InlineData("Minister Gemba held candid discussions with Minister Lavrov on the peace treaty.")]
    [InlineData("Minister Gemba discussed with Minister Lavrov the situation in the region.")]
    [InlineData("Minister Gemba and Minister Lavrov exchanged views on North Korea.")]
    public void Discussing_with_the_counterpart_is_a_joint_act(string sentence)
    {
        var s = Assert.Single(Ministers(sentence).Statements);
        Assert.Equal(StatementKinds.Agreement, s.Kind);
        Assert.Equal(["koichiro-gemba", "sergey-lavrov"], s.Speakers);
    }

    [Fact]
    public void A_fronted_phrase_with_its_own_that_does_not_hide_the_subject()
    {
        var s = Assert.Single(Body("Regarding the grave visit that was postponed in June due to bad weather, the leaders commended the preparations.").Statements);
        Assert.Equal(StatementKinds.Agreement, s.Kind);
    }

    [Fact]
    public void A_long_parenthetical_between_subject_and_verb_is_skipped()
    {
        var s = Assert.Single(Body("Prime Minister Noda, while expressing his sympathy for the victims of the attacks that occurred during the summit, stated that Japan would cooperate.").Statements);
        Assert.Equal(["yoshihiko-noda"], s.Speakers);
        Assert.Equal("stated", s.Verb);
    }

    [Fact]
    public void A_closing_joint_clause_makes_the_sentence_an_agreement()
    {
        var s = Assert.Single(Body("President Medvedev expressed his appreciation, and the two leaders confirmed that cooperation would continue.").Statements);
        Assert.Equal(StatementKinds.Agreement, s.Kind);
        Assert.Equal(["yoshihiko-noda", "dmitry-medvedev"], s.Speakers);
    }

    [Fact]
    public void Two_sides_each_deciding_are_both_speakers_of_a_position()
    {
        var s = Assert.Single(Body("In addition, the Russian side decided that a deputy minister will be the representative and the Japanese side decided that a senior official will be its representative.").Statements);
        Assert.Equal(StatementKinds.Position, s.Kind);
        Assert.Equal(["dmitry-medvedev", "yoshihiko-noda"], s.Speakers);
    }

    [Fact]
    public void A_verb_inside_the_reported_clause_does_not_set_the_kind()
    {
        var s = Assert.Single(Body("Prime Minister Noda stated that he attended a concert the previous evening and appreciated the music.").Statements);
        Assert.Equal(StatementKinds.Position, s.Kind);
    }

    [Theory]
    [InlineData("The two leaders agreed to further develop Japan-Russia relations.", "bilateral-relations")]
    [InlineData("Prime Minister Noda stated that Japan-Canada relations were excellent.", "bilateral-relations")]
    [InlineData("The two leaders agreed to meet again in the near future.", "political-dialogue")]
    [InlineData("President Medvedev condemned the terrorist attacks.", "international-affairs")]
    [InlineData("Prime Minister Noda welcomed Japanese companies entering the Russian market.", "economy")]
    public void Topics_as_the_genre_phrases_them(string sentence, string topic)
    {
        Assert.Contains(topic, Assert.Single(Body(sentence).Statements).Topics);
    }
}

using GraphRelations.Extraction.Model;

namespace GraphRelations.Extraction.Tests;

public class StatementTests
{
    private const string Header = "Japan-Russia Summit Meeting\n\nNovember 13, 2011\n\nOn November 12, Prime Minister Yoshihiko Noda held a meeting with President of Russia Dmitry Medvedev in Honolulu. Prime Minister Noda said the lead paragraph is no statement.\n\n";

    private static Meeting Body(string body) => Extract.Single(Header + body);

    [Fact]
    public void The_lead_paragraph_is_not_a_statement_source()
    {
        var m = Body("1. Economy\n\nPrime Minister Noda stated that trade should grow.");
        var s = Assert.Single(m.Statements);
        Assert.StartsWith("Prime Minister Noda stated", s.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pronoun_subjects_resolve_to_the_previous_subject()
    {
        var m = Body("President Medvedev welcomed the growth of trade. He also said that he hoped for more investment.");
        var he = Extract.StatementStarting(m, "He also said");
        Assert.Equal(["dmitry-medvedev"], he.Speakers);
        Assert.Equal(StatementKinds.Position, he.Kind);
        Assert.Equal("said", he.Verb);
    }

    [Fact]
    public void A_side_speaks_for_its_participants()
    {
        var m = Body("The Russian side expressed hope for an early agreement. The Japanese side explained its position.");
        Assert.Equal(["dmitry-medvedev"], Extract.StatementStarting(m, "The Russian side").Speakers);
        Assert.Equal(["yoshihiko-noda"], Extract.StatementStarting(m, "The Japanese side").Speakers);
    }

    [Theory]
    [InlineData("Both sides confirmed the importance of dialogue.")]
    [InlineData("The two leaders shared the view that talks should continue.")]
    [InlineData("In addition, both leaders welcomed the progress.")]
    public void Both_sides_is_an_agreement_by_both_participants_whatever_the_verb(string sentence)
    {
        var s = Assert.Single(Body(sentence).Statements);
        Assert.Equal(StatementKinds.Agreement, s.Kind);
        Assert.Equal(["yoshihiko-noda", "dmitry-medvedev"], s.Speakers);
    }

    [Fact]
    public void A_list_intro_counts_once_and_its_items_do_not()
    {
        var m = Body("(1) President Medvedev made the following statements:\n  (a) Russia wants to continue cooperation.\n  (b) The two sides should meet often.\n(2) Prime Minister Noda stated that he agreed.");
        Assert.Equal(2, m.Statements.Count);
        Assert.Equal("made the following", m.Statements[0].Verb);
        Assert.StartsWith("Prime Minister Noda stated", m.Statements[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_items_under_an_intro_are_skipped_too()
    {
        var m = Body("The two leaders agreed on the following points:\n- Both sides confirmed the first point;\n- Both sides confirmed the second point\nPrime Minister Noda stated that this was good.");
        Assert.Equal(2, m.Statements.Count);
    }

    [Theory]
    [InlineData("It was agreed that the vice-ministers would meet.")]
    [InlineData("At the meeting, views were exchanged on the Middle East.")]
    [InlineData("The two ministers did not discuss the details.")]
    [InlineData("The ceremony was held in the afternoon.")]
    public void Impersonal_passive_or_negated_sentences_are_not_statements(string sentence)
    {
        Assert.Empty(Body(sentence).Statements);
    }

    [Theory]
    [InlineData("Prime Minister Noda urged Russia to play a role.", "request", "urged")]
    [InlineData("President Medvedev invited Prime Minister Noda to Russia.", "request", "invited")]
    [InlineData("Prime Minister Noda strongly pressed upon President Medvedev that time mattered.", "request", "pressed upon")]
    [InlineData("Prime Minister Noda welcomed the decision.", "acknowledgement", "welcomed")]
    [InlineData("President Medvedev expressed his gratitude for the support.", "acknowledgement", "expressed")]
    [InlineData("President Medvedev positively evaluated the progress.", "acknowledgement", "evaluated")]
    [InlineData("Prime Minister Noda stated that the theme was nature and welcomed the ratification.", "acknowledgement", "stated")]
    [InlineData("Prime Minister Noda expressed his view on dialogue, and invited President Medvedev to visit Japan.", "request", "expressed")]
    [InlineData("Prime Minister Noda pointed out the need for a treaty.", "position", "pointed out")]
    [InlineData("President Medvedev expressed hope for more trade.", "position", "expressed")]
    public void Statement_kind_follows_the_verbs(string sentence, string kind, string verb)
    {
        var s = Assert.Single(Body(sentence).Statements);
        Assert.Equal(kind, s.Kind);
        Assert.Equal(verb, s.Verb);
    }

    [Fact]
    public void Two_principals_acting_in_one_sentence_are_both_speakers()
    {
        var s = Assert.Single(Body("Prime Minister Noda discussed cooperation on fisheries, and President Medvedev indicated his intent to cooperate.").Statements);
        Assert.Equal(["yoshihiko-noda", "dmitry-medvedev"], s.Speakers);
        Assert.Equal(StatementKinds.Position, s.Kind);
    }

    [Fact]
    public void A_cut_off_last_sentence_still_counts_and_is_not_taken_for_a_heading()
    {
        var s = Assert.Single(Body("3. International situation\n\nPrime Minister Noda urged").Statements);
        Assert.Equal(StatementKinds.Request, s.Kind);
        Assert.Equal(["international-affairs"], s.Topics);
    }
}

public class SubjectFormTests
{
    private const string Header = "Japan-Russia Summit Meeting\n\nDecember 16, 2016\n\nOn December 15, Prime Minister Shinzo Abe held a meeting with President Vladimir Putin in Nagato City, Yamaguchi Prefecture.\n\n";

    [Fact]
    public void A_bare_title_names_the_participant_holding_it()
    {
        var m = Extract.Single(Header + "The Prime Minister stated that the issue must be resolved. The President responded that Russia was ready.");
        Assert.Equal(["shinzo-abe"], Extract.StatementStarting(m, "The Prime Minister").Speakers);
        Assert.Equal(["vladimir-putin"], Extract.StatementStarting(m, "The President").Speakers);
        Assert.Equal("Nagato City", m.City);
    }

    [Fact]
    public void Two_countries_acting_together_is_an_agreement()
    {
        var s = Assert.Single(Extract.Single(Header + "Japan and Russia agreed to start consultations.").Statements);
        Assert.Equal(StatementKinds.Agreement, s.Kind);
        Assert.Equal(2, s.Speakers.Count);
    }

    [Fact]
    public void A_parenthetical_between_subject_and_verb_is_skipped()
    {
        var s = Assert.Single(Extract.Single(Header + "President Putin, for his part, noted that trade had grown.").Statements);
        Assert.Equal(["vladimir-putin"], s.Speakers);
        Assert.Equal("noted", s.Verb);
    }

    [Fact]
    public void A_courtesy_call_received_is_a_meeting_with_the_caller()
    {
        var m = Extract.Single("Courtesy Call\n\nMarch 21, 2016\n\nOn March 21, Prime Minister Shinzo Abe received a courtesy call from Mr. Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation.");
        Assert.Equal(["shinzo-abe", "sergey-lavrov"], m.Participants.Select(p => p.PersonId));
        Assert.Equal(MeetingKinds.Other, m.Kind);
    }
}

using GraphRelations.Extraction.Model;

namespace GraphRelations.Extraction.Tests;

public class MeetingTests
{
    [Fact]
    public void Date_without_year_crosses_back_over_the_new_year()
    {
        var m = Extract.Single("Japan-Russia Telephone Talk\n\nJanuary 5, 2013\n\nOn December 28, Prime Minister Shinzo Abe held a telephone talk with Mr. Vladimir Putin, President of the Russian Federation.\n\nPrime Minister Abe stated that he hoped to meet soon.");
        Assert.Equal(new DateOnly(2012, 12, 28), m.Date);
    }

    [Fact]
    public void Weekday_and_local_time_do_not_disturb_the_date_and_a_stated_year_wins()
    {
        var withWeekday = Extract.Single("Summit Meeting\n\nTuesday, June 19, 2012\n\nOn Monday, June 18 (local time), Prime Minister Yoshihiko Noda held a meeting with President Vladimir Putin.");
        Assert.Equal(new DateOnly(2012, 6, 18), withWeekday.Date);
        var dayFirst = Extract.Single("Foreign Ministers' Meeting\n\n13 June 2002\n\nOn 12 June 2002, Minister for Foreign Affairs Yoriko Kawaguchi and Minister for Foreign Affairs Igor Ivanov of the Russian Federation met in Whistler, Canada.");
        Assert.Equal(new DateOnly(2002, 6, 12), dayFirst.Date);
        Assert.Equal("Whistler", dayFirst.City);
        Assert.Equal(MeetingKinds.ForeignMinisters, dayFirst.Kind);
    }

    [Fact]
    public void Undated_lead_gives_a_null_date_not_the_publication_date()
    {
        var m = Extract.Single("Japan-Russia Summit Meeting\n\nMarch 3, 2007\n\nPrime Minister Shinzo Abe held a meeting with Mr. Mikhail Fradkov, the Prime Minister of the Russian Federation, at the Prime Minister's Office.\n\nThe two prime ministers agreed to promote trade.");
        Assert.Null(m.Date);
        Assert.Equal(MeetingKinds.Summit, m.Kind);
        Assert.Null(m.City);
    }

    [Fact]
    public void Telephone_talk_has_no_city_and_kind_telephone()
    {
        var m = Extract.Single("Telephone Talk\n\nMay 2, 2019\n\nOn May 2, commencing at 9 p.m. for approximately 25 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk with Mr. Vladimir Putin, President of the Russian Federation, who was in Moscow.");
        Assert.Equal(MeetingKinds.Telephone, m.Kind);
        Assert.Null(m.City);
        Assert.Equal(25, m.DurationMinutes);
    }

    [Theory]
    [InlineData("for approximately 1 hour and 10 minutes", 70)]
    [InlineData("for about five minutes", 5)]
    [InlineData("for approximately two hours", 120)]
    [InlineData("for about an hour and a half", 90)]
    [InlineData("for 1.5 hours", 90)]
    [InlineData("for approximately 65 minutes (a plenary meeting for approximately 50 minutes and a one-on-one meeting for approximately 15 minutes)", 65)]
    [InlineData("(a plenary meeting for approximately 40 minutes and a one-on-one meeting for approximately 20 minutes)", 60)]
    [InlineData("(meeting: approximately two hours and 40 minutes; working lunch: approximately one hour and 30 minutes)", 250)]
    public void Duration_variants(string phrase, int minutes)
    {
        var m = Extract.Single($"Summit Meeting\n\nMay 10, 2016\n\nOn May 6, Prime Minister Shinzo Abe held a meeting with President Vladimir Putin in Sochi {phrase}.");
        Assert.Equal(minutes, m.DurationMinutes);
    }

    [Theory]
    [InlineData("held his 14th Japan-Russia Summit Meeting with President Vladimir Putin", 14)]
    [InlineData("held a Japan-Russia Summit Meeting (third time this year, sixth time in total) with President Vladimir Putin", 6)]
    [InlineData("held their first Japan-Russia Summit Meeting with President Vladimir Putin", 1)]
    [InlineData("held a meeting with President Vladimir Putin. It was the first meeting for the two leaders", null)]
    public void Sequence_numbers(string phrase, int? expected)
    {
        var m = Extract.Single($"Summit Meeting\n\nMay 10, 2016\n\nOn May 6, Prime Minister Shinzo Abe {phrase}.");
        Assert.Equal(expected, m.SequenceNumber);
    }

    [Fact]
    public void City_country_and_occasion_come_from_the_lead()
    {
        var m = Extract.Single("Summit\n\nNovember 13, 2011\n\nOn November 12, Prime Minister Yoshihiko Noda, on a visit to Honolulu for the APEC Summit Meeting, held a meeting with President of Russia Dmitry Medvedev, from 1:15 p.m. (local time) for around 30 minutes.");
        Assert.Equal("Honolulu", m.City);
        Assert.Equal("United States", m.Country);
        Assert.Equal("APEC Summit Meeting", m.Occasion);
        Assert.Equal(30, m.DurationMinutes);
        Assert.Equal(new DateOnly(2011, 11, 12), m.Date);
    }

    [Fact]
    public void A_document_reporting_two_meetings_yields_two()
    {
        var graph = Extract.Run("Visit to Russia\n\nMay 10, 2005\n\nOn May 9, Prime Minister Junichiro Koizumi held a meeting with President Vladimir Putin of the Russian Federation to attend the ceremony in Moscow.\n\nPrime Minister Koizumi also held a meeting with Chancellor Gerhard Schroeder of the Federal Republic of Germany on May 9, and the two leaders shared the view to cooperate on the reform of the United Nations Security Council.");
        Assert.Equal(2, graph.Meetings.Count);
        var second = graph.Meetings[1];
        Assert.Contains(second.Participants, p => p.PersonId == "gerhard-schroeder" && p.Role == "Chancellor");
        var agreement = Assert.Single(second.Statements);
        Assert.Equal(StatementKinds.Agreement, agreement.Kind);
        Assert.Equal(["junichiro-koizumi", "gerhard-schroeder"], agreement.Speakers);
        Assert.Empty(graph.Meetings[0].Statements);
        Assert.NotEqual(graph.Meetings[0].Id, second.Id);
    }

    [Fact]
    public void One_visit_with_several_counterparts_yields_one_meeting_each_and_kind_follows_the_offices()
    {
        var graph = Extract.Run("Visit to Moscow\n\n4 November 2000\n\nFrom 1 to 4 November 2000, Minister for Foreign Affairs Yohei Kono paid a visit to Moscow, where in addition to paying a courtesy call on President Vladimir Putin, he held meetings with Minister of Foreign Affairs Igor Ivanov, and held a meeting with Deputy Prime Minister Viktor Khristenko.");
        Assert.Equal(3, graph.Meetings.Count);
        Assert.Equal([MeetingKinds.Other, MeetingKinds.ForeignMinisters, MeetingKinds.Other], graph.Meetings.Select(m => m.Kind));
        Assert.All(graph.Meetings, m => Assert.Null(m.Date));
        Assert.All(graph.Meetings, m => Assert.Equal("Moscow", m.City));
        Assert.Equal("Deputy Prime Minister", graph.Meetings[2].Participants[1].Role);
    }

    [Fact]
    public void Meeting_id_is_stable_across_two_reports_of_one_meeting_and_undated_meetings_never_merge()
    {
        var a = Extract.Single("Japan-Russia Summit Meeting (Overview)\n\nNovember 13, 2011\n\nOn November 12, Prime Minister Yoshihiko Noda held a meeting with President of Russia Dmitry Medvedev.");
        var b = Extract.Single("Summit\n\nNovember 14, 2011\n\nOn November 12, Mr. Yoshihiko Noda, the Prime Minister of Japan, held a Japan-Russia Summit Meeting with Mr. Dmitry Anatolyevich Medvedev, the President of the Russian Federation, in Honolulu.");
        Assert.Equal(a.Id, b.Id);
        var undated1 = Extract.Single("Summit\n\nPrime Minister Shinzo Abe held a meeting with Mr. Mikhail Fradkov, the Prime Minister of the Russian Federation.\n\nThey agreed to talk.");
        var undated2 = Extract.Single("Summit\n\nPrime Minister Shinzo Abe held a meeting with Mr. Mikhail Fradkov, the Prime Minister of the Russian Federation.\n\nThey agreed to talk again later.");
        Assert.NotEqual(undated1.Id, undated2.Id);
    }
}

public class LeadFormTests
{
    [Theory]
    [InlineData("On February 28, Foreign Minister Fumio Kishida met Foreign Minister Sergey Lavrov in Moscow.", "foreign-ministers", "Moscow")]
    [InlineData("On February 28, Prime Minister Shinzo Abe welcomed President Vladimir Putin at the Prime Minister's Office and held a summit meeting.", "summit", null)]
    [InlineData("On February 28, a Japan-Russia Foreign Ministers' Meeting was held in Moscow between Minister for Foreign Affairs Fumio Kishida and Foreign Minister Sergey Lavrov.", "foreign-ministers", "Moscow")]
    [InlineData("On February 28, Prime Minister Shinzo Abe talked over the telephone with President Vladimir Putin.", "telephone", null)]
    [InlineData("On February 28, Mr. KISHIDA Fumio, Minister for Foreign Affairs of Japan, held a Japan-U.S. Foreign Ministers' Meeting with the Honorable John Kerry, Secretary of State of the United States of America, in Washington, D.C.", "foreign-ministers", "Washington, D.C.")]
    public void Lead_sentence_forms(string lead, string kind, string? city)
    {
        var m = Extract.Single($"Meeting\n\nMarch 1, 2014\n\n{lead}");
        Assert.Equal(kind, m.Kind);
        Assert.Equal(city, m.City);
        Assert.Equal(new DateOnly(2014, 2, 28), m.Date);
        Assert.Equal(2, m.Participants.Count);
    }

    [Theory]
    [InlineData("From 12:06 to 14:57 Prime Minister Junichiro Koizumi and President Vladimir Putin held a summit in Moscow. (From 12:06 to 13:47 a meeting was held in a small group, and from 13:51 to 14:57 a full meeting was held.)", 171)]
    [InlineData("From 9:30 a.m. to 10:15 a.m. on January 10, Prime Minister Junichiro Koizumi held a meeting with President Vladimir Putin in Moscow.", 45)]
    [InlineData("On January 10, Prime Minister Junichiro Koizumi held a meeting with President Vladimir Putin in Moscow (plenary meeting: 10:00-10:40; tete-a-tete: 10:45-11:05).", 60)]
    public void Durations_from_clock_times_total_first_or_the_sessions_summed(string lead, int minutes)
    {
        var m = Extract.Single($"Japan-Russia Summit\n\nJanuary 10, 2003\n\n{lead}\n\n1. Relations\n\nPresident Putin stated that relations were good.");
        Assert.Equal(minutes, m.DurationMinutes);
    }

    [Fact]
    public void An_impersonal_lead_takes_the_office_holders_the_record_names()
    {
        // "Deputy Cabinet Secretary" Abe is named first but held no principal office in 2000; Mori did.
        var m = Extract.Single("Japan-Russia Summit Meeting\n\n16 November 2000\n\nA Japan-Russia Summit Meeting took place for 55 minutes on 15 November in Brunei.\n\nThe leaders were accompanied by Deputy Cabinet Secretary Shinzo Abe.\n\n1. Points\n\nPresident Putin stated that he was pleased. Prime Minister Mori stated that he hoped to visit Irkutsk.");
        Assert.Equal(new DateOnly(2000, 11, 15), m.Date);
        Assert.Equal(55, m.DurationMinutes);
        Assert.Equal(["yoshiro-mori", "vladimir-putin"], m.Participants.Select(p => p.PersonId));
    }

    [Fact]
    public void An_office_named_without_its_holder_is_the_holder_on_that_day()
    {
        var m = Extract.Single("Japan-Russia Summit Meeting\n\nSeptember 8, 2012\n\nOn September 8, Prime Minister Yoshihiko Noda held a meeting with the President of the Russian Federation in Vladivostok.\n\nMr. Putin stated that he welcomed the visit.");
        Assert.Equal("vladimir-putin", m.Participants[^1].PersonId);
        Assert.Equal(new DateOnly(2012, 9, 8), m.Date);
    }

    [Fact]
    public void Talks_on_two_days_in_two_cities_are_two_meetings_each_with_its_own_facts()
    {
        var graph = Extract.Run("Prime Minister Koizumi's Visit to Russia\n\nJanuary 12, 2003\n\nPrime Minister Junichiro Koizumi visited the Russian Federation from 9 to 12 January. On 10 January, Prime Minister Koizumi held a summit meeting with President Vladimir Putin in Moscow for about three hours. On 11 January, Prime Minister Koizumi and President Putin held talks again in Khabarovsk for one hour.\n\n1. Meeting in Moscow (10 January)\nPresident Putin stated that relations were good.\n\n2. Talks in Khabarovsk (11 January)\nThe two leaders agreed to develop the Far East.");
        Assert.Collection(
            graph.Meetings,
            first =>
            {
                Assert.Equal((new DateOnly(2003, 1, 10), "Moscow", 180), (first.Date!.Value, first.City!, first.DurationMinutes!.Value));
                Assert.StartsWith("President Putin stated", Assert.Single(first.Statements).Text, StringComparison.Ordinal);
            },
            second =>
            {
                Assert.Equal((new DateOnly(2003, 1, 11), "Khabarovsk", 60), (second.Date!.Value, second.City!, second.DurationMinutes!.Value));
                Assert.StartsWith("The two leaders agreed", Assert.Single(second.Statements).Text, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void A_courtesy_call_and_a_foreign_ministers_meeting_are_two_meetings()
    {
        var graph = Extract.Run("Visit to Russia\n\nJune 10, 2004\n\nOn June 9, Prime Minister Junichiro Koizumi paid a courtesy call on President Vladimir Putin in Moscow. Later that day, Minister for Foreign Affairs Yoriko Kawaguchi held a meeting with Foreign Minister Sergey Lavrov.\n\n1. Courtesy call\nPresident Putin stated that he was glad.\n\n2. Foreign Ministers' Meeting\nMinister Lavrov said that he welcomed the talks.");
        Assert.Equal(2, graph.Meetings.Count);
        var fm = graph.Meetings[1];
        Assert.Equal(MeetingKinds.ForeignMinisters, fm.Kind);
        Assert.Equal(new DateOnly(2004, 6, 9), fm.Date);
        Assert.Equal(["sergey-lavrov"], Assert.Single(fm.Statements).Speakers);
        Assert.Equal(["vladimir-putin"], Assert.Single(graph.Meetings[0].Statements).Speakers);
    }

    [Fact]
    public void A_lead_that_restates_its_one_meeting_is_not_split()
    {
        var graph = Extract.Run("Japan-Russia Summit Meeting\n\nMay 7, 2016\n\nOn May 6, Prime Minister Shinzo Abe held a meeting with President Vladimir Putin in Sochi. Prime Minister Abe and President Putin held talks for about three hours, including a working dinner.\n\nPresident Putin stated that he welcomed the visit.");
        Assert.Single(graph.Meetings);
    }

    [Fact]
    public void A_pronoun_subject_in_the_lead_is_the_japanese_principal_named_before()
    {
        var graph = Extract.Run("Visit to Russia by Prime Minister Obuchi\n\n12 November 1998\n\nPrime Minister Keizo Obuchi paid an official visit to the Russian Federation from 11 to 13 November. On 12 November he held a summit meeting with President Boris Yeltsin in Moscow, and on 13 November he held talks with Prime Minister Yevgeny Primakov.\n\n1. Summit meeting\nPresident Yeltsin stated that the relationship was developing.");
        Assert.Equal(2, graph.Meetings.Count);
        Assert.All(graph.Meetings, m => Assert.Equal("keizo-obuchi", m.Participants[0].PersonId));
        Assert.Equal([new DateOnly(1998, 11, 12), new DateOnly(1998, 11, 13)], graph.Meetings.Select(m => m.Date!.Value));
    }

    [Fact]
    public void A_meeting_counted_for_the_nth_time_has_that_sequence_number()
    {
        var m = Extract.Single("Japan-Russia Summit Meeting\n\nJuly 8, 2017\n\nOn July 7, Mr. Shinzo Abe, Prime Minister of Japan, held a Japan-Russia Summit Meeting for the 18th time with President Vladimir Putin in Hamburg.");
        Assert.Equal(18, m.SequenceNumber);
    }
}

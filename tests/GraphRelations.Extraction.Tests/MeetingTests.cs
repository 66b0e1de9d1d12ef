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
}

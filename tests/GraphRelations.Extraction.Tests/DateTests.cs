using GraphRelations.Extraction.Model;
using GraphRelations.Extraction.Recognition;

namespace GraphRelations.Extraction.Tests;

public class DateTests
{
    [Theory]
    [InlineData("A meeting took place on 15 November 2000 in the city.", 2000, 11, 15)]
    [InlineData("On Dec. 2, 1997 the two leaders met.", 1997, 12, 2)]
    [InlineData("They met on Saturday, 2 December 1995.", 1995, 12, 2)]
    [InlineData("From 11:10 to 11:38 on May 30, 2009 the ministers talked.", 2009, 5, 30)]
    [InlineData("(10:19 - 10:38 June 8 (Thursday), 2017, Tokyo)", 2017, 6, 8)]
    public void Written_dates_in_the_genre_formats_are_read_and_clock_times_are_not_day_ranges(string text, int year, int month, int day)
    {
        var date = Assert.Single(DateParser.FindAll(text), d => !d.InRange);
        Assert.Equal(new DateOnly(year, month, day), DateParser.Resolve(date, null));
    }

    [Theory]
    [InlineData("from 1 to 4 November")]
    [InlineData("November 1-4")]
    public void Spans_of_days_are_flagged_as_ranges(string text)
    {
        Assert.Contains(DateParser.FindAll(text), d => d.InRange);
    }

    [Fact]
    public void A_weekday_is_read_before_or_after_the_date()
    {
        Assert.Equal(DayOfWeek.Thursday, Assert.Single(DateParser.FindAll("on June 8 (Thursday)")).Weekday);
        Assert.Equal(DayOfWeek.Monday, Assert.Single(DateParser.FindAll("On Monday, February 3,")).Weekday);
    }

    [Theory]
    [InlineData("On February 30 the leaders met.")]
    [InlineData("On 31 April the leaders met.")]
    [InlineData("On 99 December the leaders met.")]
    public void Malformed_dates_resolve_to_null_not_an_exception(string text)
    {
        foreach (var d in DateParser.FindAll(text))
        {
            Assert.Null(DateParser.Resolve(d, new DateOnly(2010, 5, 1)));
        }
    }

    [Fact]
    public void Without_a_publication_date_the_weekday_fixes_the_year_inside_the_shared_terms()
    {
        // Nov 1 fell on a Saturday in 1997 only, of the years 1996-1998.
        var date = Assert.Single(DateParser.FindAll("On Nov. 1 (Saturday)"));
        var evidence = YearEvidence.SharedTerms([[(new DateOnly(1996, 1, 11), new DateOnly(1998, 7, 30))], [(new DateOnly(1991, 12, 25), (DateOnly?)new DateOnly(1999, 12, 31))]]);
        Assert.Equal(new DateOnly(1997, 11, 1), DateParser.Resolve(date, null, evidence));
    }

    [Fact]
    public void Without_a_publication_date_an_open_or_ambiguous_span_gives_no_year()
    {
        var noWeekday = Assert.Single(DateParser.FindAll("On November 1"));
        var span = YearEvidence.SharedTerms([[(new DateOnly(1996, 1, 11), (DateOnly?)new DateOnly(1998, 7, 30))]]);
        Assert.Null(DateParser.Resolve(noWeekday, null, span));
        var open = YearEvidence.SharedTerms([[(new DateOnly(2012, 5, 7), (DateOnly?)null)]]);
        Assert.Null(DateParser.Resolve(Assert.Single(DateParser.FindAll("On Monday, June 18")), null, open));
        Assert.Null(DateParser.Resolve(noWeekday, null, YearEvidence.None));
    }

    [Fact]
    public void A_record_without_a_publication_line_takes_its_year_from_the_participants_terms()
    {
        var m = Extract.Single("Japan-Russia Summit Meeting\n\nOn Nov. 1 (Saturday), Prime Minister Ryutaro Hashimoto held a meeting with President Boris Yeltsin in Krasnoyarsk.\n\nPrime Minister Hashimoto stated that he valued the talks.");
        Assert.Equal(new DateOnly(1997, 11, 1), m.Date);
    }

    [Fact]
    public void A_record_without_a_publication_line_and_no_deciding_evidence_has_no_date()
    {
        var m = Extract.Single("Japan-Russia Summit Meeting\n\nOn November 1, Prime Minister Ryutaro Hashimoto held a meeting with President Boris Yeltsin in Krasnoyarsk.");
        Assert.Null(m.Date);
        Assert.Equal(MeetingKinds.Summit, m.Kind);
    }

    [Fact]
    public void A_parenthesised_dateline_above_the_lead_gives_date_place_and_duration()
    {
        var m = Extract.Single("Japan-Russia Foreign Ministers' Meeting\n\nJune 9, 2017\n\n(10:19 - 10:38 June 8 (Thursday), Tokyo)\n\nMr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with Mr. Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation.\n\nMinister Kishida stated that he welcomed the visit.");
        Assert.Equal(new DateOnly(2017, 6, 8), m.Date);
        Assert.Equal("Tokyo", m.City);
        Assert.Equal(19, m.DurationMinutes);
    }
}

using GraphRelations.Extraction.Knowledge;
using GraphRelations.Extraction.Model;

namespace GraphRelations.Extraction.Tests;

/// <summary>Places generated from the world's city data, venues, gatherings and their editions, people outside the lists.</summary>
public class KnowledgeTests
{
    private static Meeting Lead(string published, string lead, string body = "1. Economy\n\nThe two leaders agreed to cooperate.") =>
        Extract.Single($"Summit Meeting\n\n{published}\n\n{lead}\n\n{body}");

    [Theory]
    [InlineData("Surabaya", "Indonesia")]
    [InlineData("Krasnodar", "Russia")]
    [InlineData("Nagoya", "Japan")]
    [InlineData("Cebu", "Philippines")]
    public void A_city_outside_the_hand_list_is_the_meeting_city(string city, string country)
    {
        var m = Lead("October 3, 2013", $"On October 2, Prime Minister Shinzo Abe held a meeting with President Vladimir Putin in {city}.");
        Assert.Equal(city, m.City);
        Assert.Equal(country, m.Country);
        Assert.Contains(m.Mentions, x => x.Type == MentionTypes.Place && x.Name == city);
    }

    [Theory]
    [InlineData("at the Kremlin", "Moscow")]
    [InlineData("at Iikura House", "Tokyo")]
    [InlineData("at the State Guest House Akasaka Palace", "Tokyo")]
    [InlineData("at Bocharov Ruchey", "Sochi")]
    public void A_venue_gives_its_city_and_is_not_a_mention(string venue, string city)
    {
        var m = Lead("April 30, 2013", $"On April 29, Prime Minister Shinzo Abe held a meeting with President Vladimir Putin {venue}.");
        Assert.Equal(city, m.City);
        Assert.DoesNotContain(m.Mentions, x => x.Name == city);
    }

    [Fact]
    public void The_city_an_occasion_is_named_after_is_the_meeting_city_and_the_occasion_is_the_gathering()
    {
        var m = Lead("July 8, 2017", "On July 7, on the occasion of the G20 Hamburg Summit, Prime Minister Shinzo Abe held a meeting with President Vladimir Putin.");
        Assert.Equal("Hamburg", m.City);
        Assert.Equal("Germany", m.Country);
        Assert.Equal("G20 Hamburg Summit", m.Occasion);
        Assert.Contains(m.Mentions, x => x.Type == MentionTypes.Event && x.Name == "G20 Hamburg Summit");
    }

    [Fact]
    public void The_occasion_is_the_gathering_named_not_the_clause_around_it()
    {
        var m = Lead("November 16, 2000", "On November 15, Prime Minister Yoshiro Mori held a meeting with President Vladimir Putin on the occasion of the APEC Ministerial Meeting in Brunei Darussalam.");
        Assert.Equal("APEC Ministerial Meeting", m.Occasion);
        Assert.Null(m.City);
    }

    [Fact]
    public void A_visits_purpose_that_names_no_gathering_is_no_occasion_and_the_place_visited_locates_the_meeting()
    {
        var graph = Extract.Run("The Prime Minister Visits Khabarovsk\n\nMarch 3, 2010\n\nPrime Minister Yukio Hatoyama visited Khabarovsk for the opening of a new hospital.\n\n"
            + "After his arrival, Prime Minister Hatoyama held talks with President Dmitry Medvedev.\n\n1. Economy\n\nThe two leaders agreed to cooperate.");
        var m = Assert.Single(graph.Meetings);
        Assert.Null(m.Occasion);
        Assert.Equal("Khabarovsk", m.City);
    }

    [Fact]
    public void A_named_edition_dates_an_undated_record_and_locates_it()
    {
        var m = Extract.Single("Japan-Russia Foreign Ministers' Meeting\n\nOn October 16, on the occasion of ASEM10, Minister for Foreign Affairs Fumio Kishida held a meeting with Minister of Foreign Affairs Sergey Lavrov.\n\n1. Ukraine\n\nForeign Minister Kishida expressed concern.");
        Assert.Equal(new DateOnly(2014, 10, 16), m.Date);
        Assert.Equal("ASEM10", m.Occasion);
    }

    [Fact]
    public void A_series_with_its_host_city_dates_the_record_only_when_one_edition_fits()
    {
        var kb = KnowledgeBase.Default;
        Assert.Equal(2004, kb.Gatherings.YearNamedIn("on the occasion of the APEC Economic Leaders' Meeting in Santiago"));
        Assert.Equal(2018, kb.Gatherings.YearNamedIn("on the occasion of the G20 Buenos Aires Summit"));

        Assert.Equal(2016, kb.Gatherings.YearNamedIn("on the margins of the 11th East Asia Summit"));
        Assert.Equal(2019, kb.Gatherings.YearNamedIn("to attend the Fifth Eastern Economic Forum"));
        Assert.Equal(2012, kb.Gatherings.YearNamedIn("on the occasion of the 67th session of the United Nations General Assembly"));

        // Lima hosted APEC three times, New York every General Assembly: the text does not fix the year.
        Assert.Null(kb.Gatherings.YearNamedIn("on the occasion of the APEC Economic Leaders' Meeting in Lima"));
        Assert.Null(kb.Gatherings.YearNamedIn("to attend the United Nations General Assembly in New York"));
        Assert.Null(kb.Gatherings.YearNamedIn("the Kananaskis Summit"));
    }

    [Fact]
    public void An_edition_is_found_by_gathering_city_and_year()
    {
        var gatherings = KnowledgeBase.Default.Gatherings;
        var buenosAires = gatherings.FindEdition("g20-summit", "Buenos Aires", null);
        Assert.NotNull(buenosAires);
        Assert.Equal(new DateOnly(2018, 11, 30), buenosAires.FromDate);
        Assert.Equal(new DateOnly(2018, 12, 1), buenosAires.ToDate);
        Assert.Null(gatherings.FindEdition("apec-leaders", "Lima", null));
        Assert.Equal(2016, gatherings.FindEdition("apec-leaders", "Lima", 2016)?.Year);
    }

    [Fact]
    public void Every_ways_of_writing_one_edition_are_one_event()
    {
        var m = Lead("July 9, 2005", "On July 7, on the occasion of the G8 Gleneagles Summit, Prime Minister Junichiro Koizumi held a meeting with President Vladimir Putin.",
            "1. Economy\n\nPrime Minister Koizumi stated that the Gleneagles Summit had been a success.");
        Assert.Single(m.Mentions, x => x.Type == MentionTypes.Event);
    }

    [Theory]
    [InlineData("He said that the weather in the region was Nice and that Reading the report took time.")]
    [InlineData("He said that the Mobile phone network and a Split decision were discussed.")]
    public void A_town_whose_name_is_a_common_word_is_not_a_place(string sentence)
    {
        var m = Lead("May 7, 2016", "On May 6, Prime Minister Shinzo Abe held a meeting with President Vladimir Putin in Sochi.", $"1. Economy\n\n{sentence}");
        Assert.Equal(["Sochi"], m.Mentions.Where(x => x.Type == MentionTypes.Place).Select(x => x.Name));
    }

    [Theory]
    [InlineData("Deputy Minister Ryozo Kato attended.")]
    [InlineData("Mr. Ota, Director-General, attended.")]
    [InlineData("The leaders discussed the Toyota Motor plant.")]
    public void A_town_named_in_a_person_or_a_company_is_not_a_place(string sentence)
    {
        var m = Lead("May 7, 2016", "On May 6, Prime Minister Shinzo Abe held a meeting with President Vladimir Putin in Sochi.", $"1. Economy\n\n{sentence}");
        Assert.Equal(["Sochi"], m.Mentions.Where(x => x.Type == MentionTypes.Place).Select(x => x.Name));
    }

    [Fact]
    public void A_titled_person_in_no_list_is_a_participant_with_the_country_the_text_gives()
    {
        var m = Lead("October 28, 2015", "On October 27, Prime Minister Shinzo Abe held a meeting with Kazakh President Nursultan Nazarbayev in Astana.");
        var p = m.Participants[1];
        Assert.Equal("nursultan-nazarbayev", p.PersonId);
        Assert.Equal("KZ", p.Country);
        Assert.Equal("President", p.Role);
        Assert.Equal("Astana", m.City);
    }

    [Theory]
    [InlineData("January 15, 2013", "Prime Minister Shinzo Abe held a meeting with President Susilo Bambang Yudhoyono", "susilo-bambang-yudhoyono", "id-president")]
    [InlineData("March 15, 2013", "Minister for Foreign Affairs Fumio Kishida held a meeting with Secretary of State John Kerry", "john-kerry", "us-secretary-of-state")]
    [InlineData("June 10, 2016", "Minister of Defense Gen Nakatani held a meeting with Minister of Defence Sergei Shoigu", "sergei-shoigu", "ru-defence-minister")]
    [InlineData("May 10, 2018", "Prime Minister Shinzo Abe held a meeting with Premier Li Keqiang", "li-keqiang", "cn-premier")]
    public void Leaders_and_ministers_of_the_partners_resolve_with_their_office(string published, string lead, string id, string office)
    {
        var m = Lead(published, $"On {published[..published.IndexOf(',', StringComparison.Ordinal)]}, {lead}.");
        var p = Assert.Single(m.Participants, x => x.PersonId == id);
        Assert.Equal(office, p.OfficeId);
    }

    [Fact]
    public void A_surname_that_is_a_month_is_no_one_without_a_title()
    {
        var m = Lead("May 31, 2017", "On May 30, Prime Minister Shinzo Abe held a meeting with President Vladimir Putin in Moscow.", "1. Economy\n\nThe leaders agreed to meet again in May.");
        Assert.DoesNotContain(m.Participants, p => p.PersonId == "theresa-may");
        var titled = Lead("May 31, 2017", "On May 30, Prime Minister Shinzo Abe held a meeting with Prime Minister May in London.");
        Assert.Equal("theresa-may", titled.Participants[1].PersonId);
    }

    [Fact]
    public void Every_gathering_host_city_and_venue_city_is_a_known_place()
    {
        var kb = KnowledgeBase.Default;
        var names = kb.Places.SelectMany(p => (p.Aliases ?? []).Append(p.Name)).ToHashSet(StringComparer.Ordinal);
        Assert.All(kb.Gatherings.Entries.SelectMany(g => g.Editions).Where(e => e.City is not null), e => Assert.Contains(e.City!, names));
        Assert.All(kb.Venues, v => Assert.Contains(v.City, names));
        Assert.All(kb.Gatherings.Entries.SelectMany(g => g.Editions), e => Assert.True(e.FromDate is null || e.FromDate <= e.ToDate, $"{e.Year} {e.City}"));
    }
}

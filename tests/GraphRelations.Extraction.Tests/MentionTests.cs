using GraphRelations.Extraction.Model;

namespace GraphRelations.Extraction.Tests;

public class MentionTests
{
    private static IReadOnlyList<Mention> MentionsOf(string body) =>
        Extract.Single("Japan-Russia Summit Meeting on the Occasion of the Kyoto Protocol\n\nMay 7, 2014\n\nOn May 6, Prime Minister Shinzo Abe held a meeting with President Vladimir Putin in Sochi.\n\n" + body).Mentions;

    [Fact]
    public void Gazetteer_and_pattern_mentions_are_found_once_per_meeting_with_types()
    {
        var mentions = MentionsOf("Prime Minister Abe welcomed progress on the Sakhalin 3 Project and the Eight-point Cooperation Plan, recalled the 1956 Japan-Soviet Joint Declaration and the Kyoto Protocol, and noted the Eight-point Cooperation Plan again, the Six-Party Talks, the APEC Russia 2012 meetings and Akita Prefecture.");
        var byName = mentions.ToDictionary(m => m.Name, m => m.Type);
        Assert.Equal(MentionTypes.Place, byName["Sochi"]);
        Assert.Equal(MentionTypes.Project, byName["Sakhalin 3 Project"]);
        Assert.Equal(MentionTypes.Instrument, byName["Eight-point Cooperation Plan"]);
        Assert.Equal(MentionTypes.Instrument, byName["Japan-Soviet Joint Declaration"]);
        Assert.Equal(MentionTypes.Organization, byName["Six-Party Talks"]);
        Assert.Equal(MentionTypes.Event, byName["APEC Russia 2012"]);
        Assert.Equal(MentionTypes.Place, byName["Akita Prefecture"]);
        Assert.Single(mentions, m => m.Name == "Eight-point Cooperation Plan");
        Assert.Single(mentions, m => m.Name == "Kyoto Protocol");
    }

    [Fact]
    public void The_meeting_countries_regions_and_venues_are_not_places_but_third_countries_are()
    {
        var mentions = MentionsOf("The two leaders discussed Japan, Russia, the Asia-Pacific region, the United Nations Headquarters, North Korea and Ukraine.");
        var names = mentions.Select(m => m.Name).ToList();
        Assert.DoesNotContain("Japan", names);
        Assert.DoesNotContain("Russia", names);
        Assert.DoesNotContain("United Nations", names);
        Assert.DoesNotContain(names, n => n.StartsWith("Asia", StringComparison.Ordinal));
        Assert.Contains("North Korea", names);
        Assert.Contains("Ukraine", names);
    }

    [Fact]
    public void Acronyms_and_generic_summits_name_the_organisation()
    {
        var mentions = MentionsOf("The two leaders confirmed the relevant United Nations Security Council (UNSC) resolutions and the next G-8 Summit and the Kananaskis Summit.");
        Assert.Contains(mentions, m => m.Name == "UNSC" && m.Type == MentionTypes.Organization);
        Assert.Contains(mentions, m => m.Name == "G8" && m.Type == MentionTypes.Organization);
        Assert.Contains(mentions, m => m.Name == "Kananaskis Summit" && m.Type == MentionTypes.Event);
    }

    [Fact]
    public void Mention_offsets_point_at_the_text_and_the_title_is_not_a_source()
    {
        var graph = Extract.Run("Japan-Russia Summit Meeting on the Occasion of the Kyoto Protocol\n\nMay 7, 2014\n\nOn May 6, Prime Minister Shinzo Abe held a meeting with President Vladimir Putin in Sochi.");
        var m = Assert.Single(graph.Meetings);
        Assert.DoesNotContain(m.Mentions, x => x.Name == "Kyoto Protocol");
        var sochi = Assert.Single(m.Mentions);
        var text = new MeetingRecordExtractor().Normalize("Japan-Russia Summit Meeting on the Occasion of the Kyoto Protocol\n\nMay 7, 2014\n\nOn May 6, Prime Minister Shinzo Abe held a meeting with President Vladimir Putin in Sochi.").Text;
        Assert.Equal("Sochi", text[sochi.Start..sochi.End]);
    }

    [Fact]
    public void In_a_japan_us_meeting_russia_is_a_third_country()
    {
        var m = Extract.Single("Japan-U.S. Telephone Talk\n\nSeptember 3, 2017\n\nOn September 3, Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk with the Honorable Donald Trump, President of the United States of America.\n\nThe two leaders shared the view that China and Russia's roles are important.");
        Assert.Contains(m.Mentions, x => x.Name == "Russia");
        Assert.DoesNotContain(m.Mentions, x => x.Name.StartsWith("United States", StringComparison.Ordinal));
        Assert.Equal("donald-trump", m.Participants[1].PersonId);
    }
}

using GraphRelations.Extraction.Model;

namespace GraphRelations.Extraction.Tests;

public class GazetteerTests
{
    private static Participant Counterpart(string lead, string published)
    {
        var m = Extract.Single($"Summit\n\n{published}\n\n{lead}");
        return m.Participants[1];
    }

    [Fact]
    public void One_person_across_terms_resolves_to_one_id_with_the_term_of_the_date()
    {
        var m2007 = Extract.Single("Summit\n\nJune 9, 2007\n\nOn June 8, Prime Minister Abe held a meeting with President Putin in Heiligendamm.");
        var m2017 = Extract.Single("Summit\n\nNovember 10, 2017\n\nOn November 10, Prime Minister Abe held a meeting with President Putin in Da Nang.");
        var abe2007 = m2007.Participants[0];
        var abe2017 = m2017.Participants[0];
        Assert.Equal("shinzo-abe", abe2007.PersonId);
        Assert.Equal("shinzo-abe", abe2017.PersonId);
        Assert.Equal("jp-prime-minister", abe2007.OfficeId);
        Assert.Equal(new DateOnly(2006, 9, 26), abe2007.TermFrom);
        Assert.Equal(new DateOnly(2012, 12, 26), abe2017.TermFrom);
        Assert.Equal("vladimir-putin", m2007.Participants[1].PersonId);
        Assert.Equal("vladimir-putin", m2017.Participants[1].PersonId);
    }

    [Theory]
    [InlineData("On May 6, Mr. KISHIDA Fumio, Prime Minister of Japan, held a telephone talk with H.E. Mr. Putin, Vladimir Vladimirovich, President of the Russian Federation.", "vladimir-putin", "President")]
    [InlineData("On May 6, Minister for Foreign Affairs Fumio Kishida held a meeting with Mr. Lavrov, Sergey Viktorovich, Minister of Foreign Affairs of the Russian Federation.", "sergey-lavrov", "Minister of Foreign Affairs")]
    [InlineData("On May 6, Minister for Foreign Affairs Fumio Kishida held a meeting with Mr. Sergei Lavrov.", "sergey-lavrov", "Minister of Foreign Affairs")]
    public void Name_variants_resolve(string lead, string id, string role)
    {
        var p = Counterpart(lead, "May 7, 2014");
        Assert.Equal(id, p.PersonId);
        Assert.Equal(role, p.Role);
    }

    [Fact]
    public void Chairman_of_the_Government_is_the_prime_minister_office()
    {
        var p = Counterpart("On March 5, Prime Minister Yoshihiko Noda held telephone talks with Vladimir Vladimirovich Putin, Chairman of the Government of the Russian Federation.", "March 5, 2012");
        Assert.Equal("vladimir-putin", p.PersonId);
        Assert.Equal("ru-prime-minister", p.OfficeId);
        Assert.Equal("Prime Minister", p.Role);
    }

    [Fact]
    public void Surname_shared_by_two_ministers_is_told_apart_by_the_date()
    {
        var early = Extract.Single("Meeting\n\nJuly 5, 2000\n\nOn July 4, Foreign Minister Kono held a meeting with Foreign Minister Igor Ivanov.").Participants[0];
        var late = Extract.Single("Meeting\n\nJuly 5, 2018\n\nOn July 4, Foreign Minister Kono held a meeting with Foreign Minister Sergey Lavrov.").Participants[0];
        Assert.Equal("yohei-kono", early.PersonId);
        Assert.Equal("taro-kono", late.PersonId);
    }

    [Theory]
    [InlineData("held a meeting with the Hon Kim Beazley, Prime Minister of Australia", "kim-beazley", "Kim Beazley", "AU", "Prime Minister")]
    [InlineData("held a meeting with Chancellor Hans Weber of the Federal Republic of Germany", "hans-weber", "Hans Weber", "DE", "Chancellor")]
    [InlineData("held a telephone talk with H.E. Mr. PARK Min Ho, President of the Republic of Korea (ROK)", "park-min-ho", "Park Min Ho", "KR", "President")]
    public void People_outside_the_gazetteer_are_recognised_by_title(string phrase, string id, string name, string country, string role)
    {
        var m = Extract.Single($"Summit\n\nMay 7, 2014\n\nOn May 6, Prime Minister Shinzo Abe {phrase}.");
        var p = m.Participants[1];
        Assert.Equal(id, p.PersonId);
        Assert.Equal(name, p.Name);
        Assert.Equal(country, p.Country);
        Assert.Equal(role, p.Role);
        Assert.Null(p.OfficeId);
    }
}

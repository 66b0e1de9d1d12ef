using GraphRelations.Extraction;

namespace GraphRelations.Extraction.Tests;

public class NormalizationTests
{
    private readonly MeetingRecordExtractor _extractor = new();

    [Fact]
    public void Quotes_dashes_and_spaces_are_unified_and_debris_removed()
    {
        const string raw = "Home >  News >  Diplomacy\r\nTalks\u00A0about \u201Cpeace\u201D \u2013 and the minister\u2019s view.<br>Next line\r\n  \u2022 (Photo)Leaders shaking hands\r\n(Photo: Cabinet Public Relations Office)\r\nphoto3:The two sides signed\r\nClick photographs to enlarge\r\nPage Top\r\nBack to Index";
        var doc = _extractor.Normalize(raw);
        Assert.Equal("Talks about \"peace\" - and the minister's view. Next line", doc.Text);
    }

    [Fact]
    public void Id_is_the_sha256_of_the_normalised_text_and_ignores_layout_noise()
    {
        var a = _extractor.Normalize("On May 1, Minister A met Minister B.\r\n\r\n\r\nBack to Index");
        var b = _extractor.Normalize("On May 1,  Minister A met Minister B.\n\nPage Top\n");
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(64, a.Id.Length);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(a.Text)));
        Assert.Equal(expected, a.Id);
        Assert.NotEqual(a.Id, _extractor.Normalize("On May 2, Minister A met Minister B.").Id);
    }

    [Fact]
    public void Statement_offsets_index_the_normalised_text()
    {
        var graph = Extract.Run("Japan-Russia Summit Meeting\n\nNovember 13, 2011\n\nOn November 12, Prime Minister Yoshihiko Noda held a meeting with President Dmitry Medvedev.\n\n1.\u00A0Economy\n\nPrime Minister Noda stated that he wanted more \u201Ctrade\u201D.");
        var doc = new MeetingRecordExtractor().Normalize("Japan-Russia Summit Meeting\n\nNovember 13, 2011\n\nOn November 12, Prime Minister Yoshihiko Noda held a meeting with President Dmitry Medvedev.\n\n1.\u00A0Economy\n\nPrime Minister Noda stated that he wanted more \u201Ctrade\u201D.");
        var statement = Assert.Single(Assert.Single(graph.Meetings).Statements);
        Assert.Equal(statement.Text, doc.Text[statement.Start..statement.End]);
        Assert.Equal(doc.Id, graph.DocumentId);
    }
}

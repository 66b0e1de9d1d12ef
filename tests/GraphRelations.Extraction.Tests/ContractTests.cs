using System.Text.Json;
using GraphRelations.Extraction.Contract;
using Microsoft.Extensions.DependencyInjection;

namespace GraphRelations.Extraction.Tests;

public class ContractTests
{
    [Fact]
    public void Json_has_the_contract_shape_with_camel_case_iso_dates_nulls_and_topic_objects()
    {
        var graph = Extract.Run("Japan-Russia Summit Meeting\n\nNovember 13, 2011\n\nOn November 12, Prime Minister Yoshihiko Noda held a meeting with President of Russia Dmitry Medvedev.\n\n2. Territorial issues\n\nPrime Minister Noda pointed out the need for a peace treaty.", "seed.txt");
        using var json = JsonDocument.Parse(ExtractionJson.Serialize(graph));
        var root = json.RootElement;
        Assert.Equal("seed.txt", root.GetProperty("source").GetString());
        Assert.Equal("2011-11-13", root.GetProperty("publishedOn").GetString());
        var meeting = root.GetProperty("meetings")[0];
        Assert.Equal("2011-11-12", meeting.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, meeting.GetProperty("city").ValueKind);
        Assert.Equal(JsonValueKind.Null, meeting.GetProperty("sequenceNumber").ValueKind);
        var topic = meeting.GetProperty("topics")[0];
        Assert.Equal("territorial-issue", topic.GetProperty("topicId").GetString());
        Assert.Equal("2. Territorial issues", topic.GetProperty("heading").GetString());
        var statement = meeting.GetProperty("statements")[0];
        Assert.Equal("pointed out", statement.GetProperty("verb").GetString());
        Assert.Equal("yoshihiko-noda", statement.GetProperty("speakers")[0].GetString());
        Assert.Equal("yoshihiko-noda", meeting.GetProperty("participants")[0].GetProperty("personId").GetString());
    }

    [Fact]
    public void Version_carries_the_knowledge_hash_and_di_registers_singletons()
    {
        var services = new ServiceCollection().AddExtraction().BuildServiceProvider();
        var extractor = services.GetRequiredService<IMeetingRecordExtractor>();
        Assert.Same(extractor, services.GetRequiredService<IMeetingRecordExtractor>());
        Assert.StartsWith(ExtractorVersion.Rules + "+k", extractor.Version, StringComparison.Ordinal);
        var knowledge = services.GetRequiredService<IDomainKnowledge>();
        Assert.Contains(knowledge.Topics, t => t.Id == "peace-treaty" && t.ParentId == "territorial-issue");
        Assert.Contains(knowledge.Offices, o => o.Id == "ru-president");
        foreach (var required in new[] { "bilateral-relations", "territorial-issue", "joint-economic-activities", "former-island-residents", "economy", "energy", "modernization", "eight-point-plan", "wto-accession", "nuclear-cooperation", "security", "asia-pacific", "north-korea", "international-affairs", "climate-environment", "people-exchange", "political-dialogue" })
        {
            Assert.Contains(knowledge.Topics, t => t.Id == required);
        }
    }
}

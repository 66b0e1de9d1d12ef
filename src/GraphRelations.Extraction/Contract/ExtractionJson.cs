using System.Text.Json;
using System.Text.Json.Serialization;
using GraphRelations.Extraction.Model;

namespace GraphRelations.Extraction.Contract;

/// <summary>
/// The extraction output contract of design.md as JSON: camelCase, dates as yyyy-MM-dd, nulls written, meeting
/// topics as {topicId, heading}. Used by the extract verb and by the query service, so both print one shape.
/// </summary>
public static class ExtractionJson
{
    public static string Serialize(DocumentGraph graph) => JsonSerializer.Serialize(ToContract(graph), ContractJsonContext.Default.ContractDocument);

    public static void Serialize(Utf8JsonWriter writer, DocumentGraph graph) => JsonSerializer.Serialize(writer, ToContract(graph), ContractJsonContext.Default.ContractDocument);

    public static ContractDocument ToContract(DocumentGraph g)
    {
        ArgumentNullException.ThrowIfNull(g);
        return new ContractDocument(
            g.DocumentId,
            g.Source,
            g.Title,
            g.PublishedOn,
            g.ExtractorVersion,
            g.Meetings.Select(m => new ContractMeeting(
                m.Id, m.Kind, m.Date, m.City, m.Country, m.Occasion, m.DurationMinutes, m.SequenceNumber,
                m.Participants.Select(p => new ContractParticipant(p.PersonId, p.Name, p.Country, p.Role)).ToList(),
                m.Topics.OrderBy(t => t.Order).Select(t => new ContractTopic(t.TopicId, t.Heading)).ToList(),
                m.Statements.Select(s => new ContractStatement(s.Speakers, s.Kind, s.Verb, s.Topics, s.Text, s.Start, s.End)).ToList(),
                m.Mentions.Select(x => new ContractMention(x.EntityId, x.Type, x.Name, x.Start, x.End)).ToList())).ToList(),
            g.Reason);
    }
}

public sealed record ContractDocument(
    string DocumentId, string Source, string? Title, DateOnly? PublishedOn, string ExtractorVersion, IReadOnlyList<ContractMeeting> Meetings, string? Reason);

public sealed record ContractMeeting(
    string Id, string Kind, DateOnly? Date, string? City, string? Country, string? Occasion, int? DurationMinutes, int? SequenceNumber,
    IReadOnlyList<ContractParticipant> Participants, IReadOnlyList<ContractTopic> Topics, IReadOnlyList<ContractStatement> Statements, IReadOnlyList<ContractMention> Mentions);

public sealed record ContractParticipant(string PersonId, string Name, string? Country, string? Role);

public sealed record ContractTopic(string TopicId, string? Heading);

public sealed record ContractStatement(IReadOnlyList<string> Speakers, string Kind, string Verb, IReadOnlyList<string> Topics, string Text, int Start, int End);

public sealed record ContractMention(string EntityId, string Type, string Name, int Start, int End);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ContractDocument))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;

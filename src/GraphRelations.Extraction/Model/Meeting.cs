namespace GraphRelations.Extraction.Model;

/// <summary>
/// One meeting a document reports. <see cref="Id"/> is derived from date, kind and participants so that
/// two documents about the same meeting (the Kantei and MOFA versions) land on the same node.
/// </summary>
public sealed record Meeting(
    string Id,
    string Kind,
    DateOnly? Date,
    string? City,
    string? Country,
    string? Occasion,
    int? DurationMinutes,
    int? SequenceNumber,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<MeetingTopic> Topics,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Mention> Mentions);

/// <summary>The values <see cref="Meeting.Kind"/> takes.</summary>
public static class MeetingKinds
{
    public const string Summit = "summit";
    public const string ForeignMinisters = "foreign-ministers";
    public const string Telephone = "telephone";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Summit, ForeignMinisters, Telephone, Other];
}

namespace GraphRelations.Graph.Model;

/// <summary>A person at a meeting, with the role they attended in.</summary>
public sealed record Attendee(string PersonId, string Name, string? Country, string? Role);

/// <summary>A meeting as lists show it.</summary>
public sealed record MeetingSummary(
    string Id,
    string Kind,
    DateOnly? Date,
    string? City,
    string? Country,
    string? Occasion,
    int? DurationMinutes,
    int? SequenceNumber,
    IReadOnlyList<Attendee> Participants);

/// <summary>A page of meetings; <see cref="Total"/> counts all that match the filter.</summary>
public sealed record MeetingPage(IReadOnlyList<MeetingSummary> Items, int Page, int PageSize, int Total);

/// <summary>Where a fact came from: the document and the character range of the sentence in its normalised text.</summary>
public sealed record Provenance(string DocumentId, int Start, int End);

/// <summary>A statement as the graph holds it.</summary>
public sealed record StatementView(
    string Id,
    string Kind,
    string Verb,
    string Text,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> Topics,
    Provenance Source);

/// <summary>A named thing (Place, Organization, Project, Instrument, Event).</summary>
public sealed record NamedThing(string Id, string Type, string Name);

/// <summary>A topic as one meeting discussed it.</summary>
public sealed record DiscussedTopic(string TopicId, string Name, string? Heading, int Order);

/// <summary>A document that reports a meeting.</summary>
public sealed record DocumentSummary(string Id, string Source, string? Title, DateOnly? PublishedOn, string ExtractorVersion, DateTimeOffset IngestedAt);

/// <summary>Everything the graph holds about one meeting, with provenance.</summary>
public sealed record MeetingDetail(
    MeetingSummary Meeting,
    IReadOnlyList<DiscussedTopic> Topics,
    IReadOnlyList<StatementView> Statements,
    IReadOnlyList<NamedThing> Mentions,
    IReadOnlyList<DocumentSummary> Documents);

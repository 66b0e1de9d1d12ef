namespace GraphRelations.Graph.Model;

/// <summary>A person as lists show them.</summary>
public sealed record PersonSummary(string Id, string Name, string? Country, int MeetingCount);

/// <summary>An office held, with its term (open-ended when <see cref="To"/> is null).</summary>
public sealed record OfficeTerm(string OfficeId, string Name, DateOnly? From, DateOnly? To);

/// <summary>Someone a person met, how often, and when first and last.</summary>
public sealed record Counterpart(string PersonId, string Name, string? Country, int Meetings, DateOnly? First, DateOnly? Last);

/// <summary>A topic a person's meetings discussed and how many of them did.</summary>
public sealed record TopicCount(string TopicId, string Name, int Meetings);

/// <summary>
/// What the graph holds about one person. <see cref="RecentMeetings"/> are their latest dated meetings, newest first,
/// at most <see cref="RecentMeetingLimit"/>: a head of state attends thousands, and all of them are one paged list away
/// (meetings filtered by person); <see cref="PersonSummary.MeetingCount"/> counts them all.
/// </summary>
public sealed record PersonDetail(
    PersonSummary Person,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<OfficeTerm> Offices,
    IReadOnlyList<MeetingSummary> RecentMeetings,
    IReadOnlyList<Counterpart> Counterparts,
    IReadOnlyList<TopicCount> Topics)
{
    public const int RecentMeetingLimit = 20;
}

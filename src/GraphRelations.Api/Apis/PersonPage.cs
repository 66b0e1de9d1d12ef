using GraphRelations.Graph.Model;

namespace GraphRelations.Api.Apis;

/// <summary>
/// A person as the API sends them: the store's detail plus <see cref="MeetingsUrl"/>, the paged list of every meeting
/// they attended, since the detail carries only the latest few.
/// </summary>
public sealed record PersonPage(
    PersonSummary Person,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<OfficeTerm> Offices,
    IReadOnlyList<MeetingSummary> RecentMeetings,
    string MeetingsUrl,
    IReadOnlyList<Counterpart> Counterparts,
    IReadOnlyList<TopicCount> Topics)
{
    public static PersonPage Of(PersonDetail detail, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(request);
        return new PersonPage(
            detail.Person, detail.Aliases, detail.Offices, detail.RecentMeetings,
            $"{request.PathBase}/api/meetings{QueryString.Create("person", detail.Person.Id)}",
            detail.Counterparts, detail.Topics);
    }
}

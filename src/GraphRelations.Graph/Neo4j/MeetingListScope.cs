using System.Text.Json;
using GraphRelations.Graph.Model;

namespace GraphRelations.Graph.Neo4j;

/// <summary>
/// One meeting list's filters as the read-meetings-* queries take them. A date bound is a plain range on
/// <c>Meeting.date</c> with the open side at the first or last representable day, so the planner can seek the
/// meeting_date index; the store's meaning stays that of the embedded store: a list with any date bound holds only
/// dated meetings, a list without one holds the undated ones too, after the dated. A list narrowed to a topic runs
/// the read-topic-meetings-* files, written from the topic, so the planner can start there when the topic is rare.
/// </summary>
internal sealed record MeetingListScope(string From, string To, bool IncludesUndated, string? Kind, string? PersonId, string? TopicId)
{
    /// <summary>Earlier than any meeting: the open lower bound.</summary>
    public const string FirstDay = "0001-01-01";

    /// <summary>Later than any meeting: the open upper bound.</summary>
    public const string LastDay = "9999-12-31";

    public static MeetingListScope Of(MeetingFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new MeetingListScope(
            Writing.IsoDate.Format(filter.From) ?? FirstDay,
            Writing.IsoDate.Format(filter.To) ?? LastDay,
            filter.From is null && filter.To is null,
            filter.Kind,
            filter.PersonId,
            filter.TopicId);
    }

    /// <summary>Names this list among the aggregates kept per store version.</summary>
    public string CacheKey => "meetings:" + JsonSerializer.Serialize(new[] { From, To, Kind, PersonId, TopicId });

    /// <summary>The file that runs one part of this list: <c>dates</c>, <c>undated-count</c>, <c>dated-page</c> or <c>undated-page</c>.</summary>
    public string Query(string part) => (TopicId is null ? "read-meetings-" : "read-topic-meetings-") + part;

    /// <summary>For <c>read-meetings-dates</c>.</summary>
    public IReadOnlyDictionary<string, object?> DaysParameters() =>
        Filters(new() { ["from"] = From, ["to"] = To });

    /// <summary>For <c>read-meetings-undated-count</c>.</summary>
    public IReadOnlyDictionary<string, object?> UndatedCountParameters() => Filters([]);

    /// <summary>For <c>read-meetings-dated-page</c>.</summary>
    public IReadOnlyDictionary<string, object?> DatedPageParameters(DatedSlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        return Filters(new() { ["first"] = slice.First, ["last"] = slice.Last, ["skip"] = slice.Skip, ["limit"] = slice.Limit });
    }

    /// <summary>For <c>read-meetings-undated-page</c>.</summary>
    public IReadOnlyDictionary<string, object?> UndatedPageParameters(UndatedSlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        return Filters(new() { ["skip"] = slice.Skip, ["limit"] = slice.Limit });
    }

    private Dictionary<string, object?> Filters(Dictionary<string, object?> parameters)
    {
        parameters["kind"] = Kind;
        parameters["personId"] = PersonId;
        if (TopicId is not null)
        {
            parameters["topicId"] = TopicId;
        }

        return parameters;
    }
}

using GraphRelations.Graph.Model;

namespace GraphRelations.Api.Tests;

public sealed class QueryTests(ApiHost host)
{
    [Fact]
    public async Task Meetings_are_paged_in_date_order_and_filtered()
    {
        host.SkipIfUnavailable();

        var first = await host.Client.GetAsync<MeetingPage>("api/meetings?topic=territorial-issue&pageSize=2&page=1");
        var second = await host.Client.GetAsync<MeetingPage>("api/meetings?topic=territorial-issue&pageSize=2&page=2");

        Assert.Equal(2, first.Items.Count);
        Assert.Equal(1, first.Page);
        Assert.Equal(2, first.PageSize);
        Assert.True(first.Total >= 5);
        Assert.Equal(first.Total, second.Total);
        Assert.Empty(first.Items.Select(m => m.Id).Intersect(second.Items.Select(m => m.Id)));
        var dates = first.Items.Concat(second.Items).Select(m => m.Date).ToList();
        Assert.Equal(dates.Order().ToList(), dates);

        var calls = await host.Client.GetAsync<MeetingPage>("api/meetings?kind=telephone&pageSize=100");
        Assert.NotEmpty(calls.Items);
        Assert.All(calls.Items, m => Assert.Equal("telephone", m.Kind));

        var in2011 = await host.Client.GetAsync<MeetingPage>("api/meetings?from=2011-01-01&to=2011-12-31&pageSize=100");
        Assert.Contains(in2011.Items, m => m.Date == new DateOnly(2011, 11, 12) && m.City == "Honolulu");
        Assert.All(in2011.Items, m => Assert.Equal(2011, m.Date!.Value.Year));
    }

    [Fact]
    public async Task A_meeting_has_its_participants_topics_statements_and_documents()
    {
        host.SkipIfUnavailable();

        var page = await host.Client.GetAsync<MeetingPage>("api/meetings?from=2012-06-18&to=2012-06-18");
        var summary = Assert.Single(page.Items);

        var meeting = await host.Client.GetAsync<MeetingDetail>($"api/meetings/{summary.Id}");

        Assert.Equal("summit", meeting.Meeting.Kind);
        Assert.Contains(meeting.Meeting.Participants, p => p.PersonId == "vladimir-putin");
        Assert.Contains(meeting.Meeting.Participants, p => p.PersonId == "yoshihiko-noda");
        Assert.Contains(meeting.Topics, t => t.TopicId == "territorial-issue");
        Assert.NotEmpty(meeting.Statements);
        Assert.NotEmpty(meeting.Documents);
    }

    [Fact]
    public async Task People_list_and_detail_show_who_met_whom()
    {
        host.SkipIfUnavailable();

        var people = await host.Client.GetAsync<List<PersonSummary>>("api/people");
        var putin = Assert.Single(people, p => p.Id == "vladimir-putin");
        Assert.True(putin.MeetingCount >= 3);

        var detail = await host.Client.GetAsync<GraphRelations.Api.Apis.PersonPage>("api/people/vladimir-putin");
        Assert.InRange(detail.RecentMeetings.Count, 1, Math.Min(putin.MeetingCount, PersonDetail.RecentMeetingLimit));
        Assert.Equal(detail.RecentMeetings.OrderByDescending(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal), detail.RecentMeetings);
        // Every meeting the count covers is one paged list away.
        var all = await host.Client.GetAsync<MeetingPage>(detail.MeetingsUrl.TrimStart('/'));
        Assert.Equal(putin.MeetingCount, all.Total);
        Assert.Contains(detail.Counterparts, c => c.PersonId == "shinzo-abe");
        Assert.Contains(detail.Topics, t => t.TopicId == "territorial-issue");
    }
}

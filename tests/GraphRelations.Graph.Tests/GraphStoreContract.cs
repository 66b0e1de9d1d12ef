using GraphRelations.Extraction.Model;
using GraphRelations.Graph.Model;
using static GraphRelations.Graph.Tests.SampleDocuments;

namespace GraphRelations.Graph.Tests;

/// <summary>
/// The contract every <see cref="IGraphStore"/> adapter keeps. Each adapter's test class derives from this and
/// says how to get an empty, initialised store (or skips, with the reason, when its backend is absent).
/// </summary>
public abstract partial class GraphStoreContract
{
    /// <summary>An empty, initialised store. Adapters that need an absent backend call Assert.Skip here.</summary>
    protected abstract Task<IGraphStore> EmptyStoreAsync();

    /// <summary>A second, independent client of the same storage as the last <see cref="EmptyStoreAsync"/> store.</summary>
    protected abstract Task<IGraphStore> SecondClientAsync();

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Written_documents_read_back_as_every_node_and_relationship_type()
    {
        var store = await EmptyStoreAsync();
        foreach (var document in All())
        {
            Assert.Equal(WriteOutcome.Inserted, await store.WriteDocumentAsync(document, Ct));
        }

        var counts = await store.CountAsync(Ct);
        var knowledge = new TestKnowledge();
        Assert.Equal(4, counts.Nodes["Document"]);
        Assert.Equal(3, counts.Nodes["Meeting"]);
        Assert.Equal(4, counts.Nodes["Person"]);
        Assert.Equal(knowledge.Offices.Count, counts.Nodes["Office"]);
        Assert.Equal(knowledge.Topics.Count, counts.Nodes["Topic"]);
        Assert.Equal(8, counts.Nodes["Statement"]);
        Assert.Equal(4, counts.Nodes["Place"]); // nagato, etorofu (mentioned by two meetings), tokyo, kunashiri
        Assert.Equal(1, counts.Nodes["Project"]);
        Assert.Equal(1, counts.Nodes["Instrument"]);
        Assert.Equal(1, counts.Nodes["Organization"]);
        Assert.Equal(1, counts.Nodes["Event"]);

        Assert.Equal(6, counts.Relationships["ATTENDED"]); // summit and phone: Abe, Putin; ministers: Kishida, Lavrov
        Assert.Equal(4, counts.Relationships["REPORTED_IN"]);
        Assert.Equal(4, counts.Relationships["HELD"]);
        Assert.Equal(9, counts.Relationships["DISCUSSED"]); // summit 5 (two reports merged), ministers 3, phone 1
        Assert.Equal(knowledge.Topics.Count(t => t.ParentId is not null), counts.Relationships["SUBTOPIC_OF"]);
        Assert.Equal(8, counts.Relationships["HAS_STATEMENT"]);
        Assert.Equal(12, counts.Relationships["MADE"]);
        Assert.Equal(11, counts.Relationships["ABOUT"]);
        Assert.Equal(9 + 7, counts.Relationships["MENTIONS"]); // 9 from meetings, 7 from the statements holding them

        var summit = await store.GetMeetingAsync(SummitId, Ct);
        Assert.NotNull(summit);
        Assert.Equal(MeetingKinds.Summit, summit.Meeting.Kind);
        Assert.Equal(SummitDate, summit.Meeting.Date);
        Assert.Equal("Nagato", summit.Meeting.City);
        Assert.Equal(90, summit.Meeting.DurationMinutes);
        Assert.Equal(16, summit.Meeting.SequenceNumber);
        Assert.Equal(["shinzo-abe", "vladimir-putin"], summit.Meeting.Participants.Select(p => p.PersonId));
        Assert.Equal("Prime Minister", summit.Meeting.Participants[0].Role);
        Assert.Equal([Id("a1"), Id("b2")], summit.Documents.Select(d => d.Id));
        Assert.Equal(
            ["territorial-issue", "joint-economic-activities", "peace-treaty", "economy", "energy"],
            summit.Topics.Select(t => t.TopicId));
        Assert.Equal("1. Territorial issue", summit.Topics[0].Heading);
        Assert.Equal(
            [("1956-joint-declaration", "Instrument"), ("etorofu", "Place"), ("nagato", "Place"), ("sakhalin-2-project", "Project")],
            summit.Mentions.Select(m => (m.Id, m.Type)));
        Assert.Equal(4, summit.Statements.Count);

        // Provenance points at the sentence in the stored text.
        foreach (var statement in summit.Statements)
        {
            var document = await store.GetDocumentAsync(statement.Source.DocumentId, Ct);
            Assert.NotNull(document);
            Assert.Equal(statement.Text, document.Text[statement.Source.Start..statement.Source.End]);
            Assert.Contains(SummitId, document.MeetingIds);
        }

        var agreement = summit.Statements.Single(s => s.Verb == "agreed");
        Assert.Equal(StatementKinds.Agreement, agreement.Kind);
        Assert.Equal(["shinzo-abe", "vladimir-putin"], agreement.Speakers);
        Assert.Equal(["joint-economic-activities", "territorial-issue"], agreement.Topics);

        var stored = await store.GetDocumentAsync(Id("c3"), Ct);
        Assert.NotNull(stored);
        Assert.Equal("ministers.txt", stored.Document.Source);
        Assert.Equal("ministers", stored.Document.Title);
        Assert.Equal(MinistersDate, stored.Document.PublishedOn);
        Assert.Equal(V1, stored.Document.ExtractorVersion);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), stored.Document.IngestedAt);
        Assert.Equal(Ministers().Text, stored.Text);
        Assert.Equal([MinistersId], stored.MeetingIds);

        Assert.Null(await store.GetDocumentAsync(Id("ff"), Ct));
        Assert.Null(await store.GetMeetingAsync("no-such-meeting", Ct));
    }

    [Fact]
    public async Task Writing_the_same_document_twice_changes_nothing()
    {
        var store = await EmptyStoreAsync();
        Assert.Equal(WriteOutcome.Inserted, await store.WriteDocumentAsync(SummitKantei(), Ct));
        var before = await store.CountAsync(Ct);

        Assert.Equal(WriteOutcome.Unchanged, await store.WriteDocumentAsync(SummitKantei(), Ct));

        AssertSameCounts(before, await store.CountAsync(Ct));
    }

    [Fact]
    public async Task A_new_extractor_version_replaces_that_documents_facts_and_leaves_others_alone()
    {
        var store = await EmptyStoreAsync();
        await store.WriteDocumentAsync(SummitKantei(), Ct);
        await store.WriteDocumentAsync(Ministers(), Ct);
        var ministersBefore = Json(await store.GetMeetingAsync(MinistersId, Ct));

        var revised = SummitKantei(V2);
        var meeting = revised.Graph.Meetings[0];
        revised = revised with
        {
            Graph = revised.Graph with
            {
                Meetings = [meeting with
                {
                    City = null,
                    Topics = [.. meeting.Topics.Where(t => t.TopicId is "territorial-issue" or "joint-economic-activities")],
                    Statements = [.. meeting.Statements.Where(s => s.Kind != StatementKinds.Request)],
                    Mentions = [.. meeting.Mentions.Where(m => m.Type != MentionTypes.Project)],
                }],
            },
        };

        Assert.Equal(WriteOutcome.Replaced, await store.WriteDocumentAsync(revised, Ct));

        var summit = await store.GetMeetingAsync(SummitId, Ct);
        Assert.NotNull(summit);
        Assert.Equal(["territorial-issue", "joint-economic-activities"], summit.Topics.Select(t => t.TopicId));
        Assert.Equal(2, summit.Statements.Count);
        Assert.DoesNotContain(summit.Mentions, m => m.Type == MentionTypes.Project);
        Assert.Equal("Nagato", summit.Meeting.City); // a null in the new version does not erase what was known
        Assert.Equal(V2, (await store.GetDocumentAsync(Id("a1"), Ct))!.Document.ExtractorVersion);

        var counts = await store.CountAsync(Ct);
        Assert.Equal(0, counts.Nodes["Project"]);
        Assert.Equal(2, counts.Nodes["Document"]);
        Assert.Equal(5, counts.Nodes["Statement"]);
        Assert.Equal(ministersBefore, Json(await store.GetMeetingAsync(MinistersId, Ct)));

        Assert.Equal(WriteOutcome.Unchanged, await store.WriteDocumentAsync(revised, Ct));
    }

    [Fact]
    public async Task Two_documents_about_one_meeting_meet_on_one_meeting()
    {
        var store = await EmptyStoreAsync();
        await store.WriteDocumentAsync(SummitKantei(), Ct);
        await store.WriteDocumentAsync(SummitMofa(), Ct);

        var counts = await store.CountAsync(Ct);
        Assert.Equal(1, counts.Nodes["Meeting"]);
        Assert.Equal(2, counts.Nodes["Person"]);
        Assert.Equal(2, counts.Relationships["ATTENDED"]);
        Assert.Equal(2, counts.Relationships["REPORTED_IN"]);

        var summit = await store.GetMeetingAsync(SummitId, Ct);
        Assert.NotNull(summit);
        Assert.Equal(2, summit.Documents.Count);
        Assert.Equal("Nagato", summit.Meeting.City); // from one report
        Assert.Equal(16, summit.Meeting.SequenceNumber); // from the other

        var abe = await store.GetPersonAsync("shinzo-abe", Ct);
        Assert.NotNull(abe);
        Assert.Equal("Shinzo Abe", abe.Person.Name);
        Assert.Equal(["Abe Shinzo"], abe.Aliases);
        Assert.Equal(1, abe.Person.MeetingCount);
    }

    [Fact]
    public async Task Deleting_a_document_removes_only_the_facts_it_alone_supported()
    {
        var store = await EmptyStoreAsync();
        await store.WriteDocumentAsync(SummitKantei(), Ct);
        await store.WriteDocumentAsync(SummitMofa(), Ct);
        await store.WriteDocumentAsync(Ministers(), Ct);

        Assert.True(await store.DeleteDocumentAsync(Id("b2"), Ct));

        var summit = await store.GetMeetingAsync(SummitId, Ct);
        Assert.NotNull(summit);
        Assert.Equal([Id("a1")], summit.Documents.Select(d => d.Id));
        Assert.DoesNotContain(summit.Topics, t => t.TopicId == "peace-treaty");
        Assert.Contains(summit.Topics, t => t.TopicId == "territorial-issue");
        Assert.Equal(3, summit.Statements.Count);
        var counts = await store.CountAsync(Ct);
        Assert.Equal(0, counts.Nodes["Instrument"]);
        Assert.Equal(2, counts.Nodes["Document"]);

        Assert.True(await store.DeleteDocumentAsync(Id("a1"), Ct));

        Assert.Null(await store.GetMeetingAsync(SummitId, Ct));
        Assert.Null(await store.GetPersonAsync("shinzo-abe", Ct));
        Assert.Null(await store.GetDocumentAsync(Id("a1"), Ct));
        counts = await store.CountAsync(Ct);
        var knowledge = new TestKnowledge();
        Assert.Equal(1, counts.Nodes["Meeting"]);
        Assert.Equal(2, counts.Nodes["Person"]);
        Assert.Equal(0, counts.Nodes["Project"]);
        Assert.Equal(3, counts.Nodes["Place"]); // etorofu stays: the ministers' meeting mentions it too
        Assert.Equal(knowledge.Topics.Count, counts.Nodes["Topic"]);
        Assert.Equal(knowledge.Offices.Count, counts.Nodes["Office"]);
        Assert.Equal(2, counts.Relationships["HELD"]);
        Assert.NotNull(await store.GetMeetingAsync(MinistersId, Ct));

        Assert.False(await store.DeleteDocumentAsync(Id("a1"), Ct));
    }

    [Fact]
    public async Task Topic_timeline_lists_meetings_in_date_order_with_what_was_new()
    {
        var store = await EmptyStoreAsync();
        foreach (var document in All())
        {
            await store.WriteDocumentAsync(document, Ct);
        }

        var timeline = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(), Ct);
        Assert.NotNull(timeline);
        Assert.Equal("Territorial issue", timeline.Name);
        Assert.Equal([SummitId, MinistersId], timeline.Entries.Select(e => e.Meeting.Id));

        var summit = timeline.Entries[0];
        Assert.Equal(["agreed", "confirmed"], summit.Agreements.Select(s => s.Verb));
        Assert.Equal(["stated"], summit.Positions.Select(s => s.Verb)); // the energy request is not about the topic
        Assert.Equal(["joint-economic-activities", "peace-treaty"], summit.NewSubtopics);
        Assert.Equal([("1956-joint-declaration", "Instrument"), ("etorofu", "Place")], summit.NewMentions.Select(m => (m.Id, m.Type)));

        var ministers = timeline.Entries[1];
        Assert.Empty(ministers.Agreements); // the agreement there was about North Korea
        Assert.Equal(["said"], ministers.Positions.Select(s => s.Verb));
        Assert.Empty(ministers.NewSubtopics);
        Assert.Equal(["kunashiri"], ministers.NewMentions.Select(m => m.Id)); // Etorofu was already seen

        var later = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(From: new DateOnly(2017, 1, 1)), Ct);
        Assert.Equal([MinistersId], later!.Entries.Select(e => e.Meeting.Id));
        Assert.Equal(["kunashiri"], later.Entries[0].NewMentions.Select(m => m.Id)); // novelty is judged on the whole history

        var earlier = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(To: new DateOnly(2016, 12, 31)), Ct);
        Assert.Equal([SummitId], earlier!.Entries.Select(e => e.Meeting.Id));

        var kishida = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(PersonId: "fumio-kishida"), Ct);
        Assert.Equal([MinistersId], kishida!.Entries.Select(e => e.Meeting.Id));

        var summits = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(Kind: MeetingKinds.Summit), Ct);
        Assert.Equal([SummitId], summits!.Entries.Select(e => e.Meeting.Id));

        var northKorea = await store.GetTopicTimelineAsync("north-korea", new TimelineFilter(), Ct);
        Assert.Equal([MinistersId, PhoneId], northKorea!.Entries.Select(e => e.Meeting.Id));
        Assert.Equal(["un-security-council"], northKorea.Entries[0].NewMentions.Select(m => m.Id));

        var subtopic = await store.GetTopicTimelineAsync("peace-treaty", new TimelineFilter(), Ct);
        Assert.Equal([SummitId], subtopic!.Entries.Select(e => e.Meeting.Id));
        Assert.Equal(["confirmed"], subtopic.Entries[0].Agreements.Select(s => s.Verb));

        var unused = await store.GetTopicTimelineAsync("political-dialogue", new TimelineFilter(From: new DateOnly(2030, 1, 1)), Ct);
        Assert.NotNull(unused);
        Assert.Empty(unused.Entries);
        Assert.Null(await store.GetTopicTimelineAsync("no-such-topic", new TimelineFilter(), Ct));
    }

    [Fact]
    public async Task Timeline_pages_carry_the_total_and_judge_novelty_on_the_whole_history()
    {
        var store = await EmptyStoreAsync();
        foreach (var document in All())
        {
            await store.WriteDocumentAsync(document, Ct);
        }

        var first = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(PageSize: 1), Ct);
        Assert.Equal((1, 1, 2), (first!.Page, first.PageSize, first.Total));
        Assert.Equal([SummitId], first.Entries.Select(e => e.Meeting.Id));

        var second = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(Page: 2, PageSize: 1), Ct);
        Assert.Equal(2, second!.Total);
        Assert.Equal([MinistersId], second.Entries.Select(e => e.Meeting.Id));
        Assert.Equal(["kunashiri"], second.Entries[0].NewMentions.Select(m => m.Id)); // Etorofu was seen on page 1
        Assert.Equal(["fumio-kishida", "sergey-lavrov"], second.Entries[0].Meeting.Participants.Select(p => p.PersonId));

        var beyond = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(Page: 3, PageSize: 1), Ct);
        Assert.Empty(beyond!.Entries);
        Assert.Equal(2, beyond.Total);

        var window = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(From: MinistersDate, To: PhoneDate), Ct);
        Assert.Equal(1, window!.Total);
    }

    [Fact]
    public async Task A_meeting_that_a_later_report_dates_moves_to_that_date_on_its_topics_timeline_and_its_novelty()
    {
        var store = await EmptyStoreAsync();
        foreach (var document in All())
        {
            await store.WriteDocumentAsync(document, Ct);
        }

        await store.WriteDocumentAsync(Talk("f6", date: null, "Kunashiri"), Ct);
        var undated = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(), Ct);
        Assert.Equal([SummitId, MinistersId, TalkId], undated!.Entries.Select(e => e.Meeting.Id));
        Assert.Equal(["kunashiri"], undated.Entries[1].NewMentions.Select(m => m.Id));
        Assert.Empty(undated.Entries[2].NewMentions); // undated, so after the ministers named Kunashiri

        // The undated report's own mention moves with the meeting: Kunashiri is now first named in 2015.
        await store.WriteDocumentAsync(Talk("f7", new DateOnly(2015, 6, 1), "Etorofu"), Ct);
        var dated = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(), Ct);
        Assert.Equal([TalkId, SummitId, MinistersId], dated!.Entries.Select(e => e.Meeting.Id));
        Assert.Equal(new DateOnly(2015, 6, 1), dated.Entries[0].Meeting.Date);
        Assert.Equal(["etorofu", "kunashiri"], dated.Entries[0].NewMentions.Select(m => m.Id));
        Assert.Equal(["1956-joint-declaration"], dated.Entries[1].NewMentions.Select(m => m.Id));
        Assert.Empty(dated.Entries[2].NewMentions);

        var window = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(To: new DateOnly(2015, 12, 31)), Ct);
        Assert.Equal([TalkId], window!.Entries.Select(e => e.Meeting.Id));
        Assert.Equal(1, window.Total);
    }

    [Fact]
    public async Task Timeline_caps_statements_per_meeting_agreements_first_and_counts_them_all()
    {
        var store = await EmptyStoreAsync();
        foreach (var document in All())
        {
            await store.WriteDocumentAsync(document, Ct);
        }

        var capped = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(StatementsPerMeeting: 1), Ct);
        var summit = capped!.Entries[0];
        Assert.Equal(3, summit.StatementCount); // agreed, confirmed, stated
        Assert.Equal(["agreed"], summit.Agreements.Select(s => s.Verb));
        Assert.Empty(summit.Positions);

        var all = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(), Ct);
        Assert.Equal(3, all!.Entries[0].StatementCount);
        Assert.Equal(3, all.Entries[0].Agreements.Count + all.Entries[0].Positions.Count);
        Assert.Equal(1, all.Entries[1].StatementCount);
    }

    [Fact]
    public async Task Version_changes_when_a_document_is_written_replaced_or_deleted_and_only_then()
    {
        var store = await EmptyStoreAsync();
        var empty = await store.GetVersionAsync(Ct);
        Assert.Equal(empty, await store.GetVersionAsync(Ct));

        await store.WriteDocumentAsync(SummitKantei(), Ct);
        var one = await store.GetVersionAsync(Ct);
        Assert.NotEqual(empty, one);
        Assert.Single((await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(), Ct))!.Entries);

        Assert.Equal(WriteOutcome.Unchanged, await store.WriteDocumentAsync(SummitKantei(), Ct));
        Assert.Equal(one, await store.GetVersionAsync(Ct));

        await store.WriteDocumentAsync(Ministers(), Ct);
        var two = await store.GetVersionAsync(Ct);
        Assert.NotEqual(one, two);
        // What is kept per version follows the new version: counts and timelines see the second meeting.
        Assert.Equal(2, (await store.GetTopicsAsync(Ct)).Single(t => t.Id == "territorial-issue").MeetingCount);
        Assert.Equal(2, (await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(), Ct))!.Total);
        Assert.Equal(2, (await store.FindMeetingsAsync(new MeetingFilter(), Ct)).Total);

        var replaced = SummitKantei(V2) with { IngestedAt = SummitKantei().IngestedAt.AddHours(1) };
        Assert.Equal(WriteOutcome.Replaced, await store.WriteDocumentAsync(replaced, Ct));
        var three = await store.GetVersionAsync(Ct);
        Assert.NotEqual(two, three);

        Assert.True(await store.DeleteDocumentAsync(Ministers().Graph.DocumentId, Ct));
        Assert.NotEqual(three, await store.GetVersionAsync(Ct));
        Assert.Equal(1, (await store.GetTopicsAsync(Ct)).Single(t => t.Id == "territorial-issue").MeetingCount);
        Assert.Equal(1, (await store.FindMeetingsAsync(new MeetingFilter(), Ct)).Total);
    }

    [Fact]
    public async Task Long_lists_page_in_date_order_undated_last_then_id_on_every_page()
    {
        var store = await EmptyStoreAsync();
        var start = new DateOnly(2001, 1, 1);
        // Three talks a day, so pages and their anchors fall inside runs of equal dates; a few undated at the end.
        var talks = Enumerable.Range(0, 640).Select(i => (Index: i, Date: i < 630 ? start.AddDays(i / 3) : (DateOnly?)null)).ToList();
        foreach (var (index, date) in talks)
        {
            await store.WriteDocumentAsync(SeriesTalk(index, date), Ct);
        }

        var expected = talks
            .OrderBy(t => t.Date is null).ThenBy(t => t.Date).ThenBy(t => SeriesId(t.Index), StringComparer.Ordinal)
            .Select(t => SeriesId(t.Index)).ToList();
        var paged = new List<string>();
        for (var page = 1; page <= 7; page++)
        {
            var meetings = await store.FindMeetingsAsync(new MeetingFilter(Page: page, PageSize: 100), Ct);
            Assert.Equal(640, meetings.Total);
            paged.AddRange(meetings.Items.Select(m => m.Id));
        }

        Assert.Equal(expected, paged);

        var last = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(Page: 32, PageSize: 20), Ct);
        Assert.Equal(640, last!.Total);
        Assert.Equal(expected[620..], last.Entries.Select(e => e.Meeting.Id));
        Assert.All(last.Entries, e => Assert.Equal(1, e.StatementCount));

        var from = start.AddDays(100);
        var to = start.AddDays(149);
        var window = await store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(From: from, To: to, Page: 2, PageSize: 100), Ct);
        var inWindow = talks.Where(t => t.Date >= from && t.Date <= to)
            .OrderBy(t => t.Date).ThenBy(t => SeriesId(t.Index), StringComparer.Ordinal).Select(t => SeriesId(t.Index)).ToList();
        Assert.Equal(150, window!.Total);
        Assert.Equal(inWindow[100..], window.Entries.Select(e => e.Meeting.Id));

        var later = await store.FindMeetingsAsync(new MeetingFilter(From: start.AddDays(200), Page: 2, PageSize: 5), Ct);
        Assert.Equal(630 - 600, later.Total); // from a date: undated meetings are out
        Assert.Equal(expected[605..610], later.Items.Select(m => m.Id));
    }

    [Fact]
    public async Task Topics_count_their_own_and_their_subtopics_meetings()
    {
        var store = await EmptyStoreAsync();
        foreach (var document in All())
        {
            await store.WriteDocumentAsync(document, Ct);
        }

        var topics = (await store.GetTopicsAsync(Ct)).ToDictionary(t => t.Id);
        Assert.Equal(new TestKnowledge().Topics.Count, topics.Count);
        Assert.Equal(new TopicSummary("territorial-issue", "Territorial issue", null, 2, SummitDate, MinistersDate), topics["territorial-issue"]);
        Assert.Equal(new TopicSummary("peace-treaty", "Peace treaty", "territorial-issue", 1, SummitDate, SummitDate), topics["peace-treaty"]);
        Assert.Equal(new TopicSummary("north-korea", "North Korea", null, 2, MinistersDate, PhoneDate), topics["north-korea"]);
        Assert.Equal(1, topics["economy"].MeetingCount);

        // A topic nobody discussed is listed with no dates.
        await store.DeleteDocumentAsync(Id("c3"), Ct);
        var political = (await store.GetTopicsAsync(Ct)).Single(t => t.Id == "political-dialogue");
        Assert.Equal(new TopicSummary("political-dialogue", "Political dialogue", null, 0, null, null), political);
    }

    [Fact]
    public async Task Meetings_page_through_filters_with_a_total()
    {
        var store = await EmptyStoreAsync();
        foreach (var document in All())
        {
            await store.WriteDocumentAsync(document, Ct);
        }

        var first = await store.FindMeetingsAsync(new MeetingFilter(PageSize: 2), Ct);
        Assert.Equal(3, first.Total);
        Assert.Equal([SummitId, MinistersId], first.Items.Select(m => m.Id));
        Assert.Equal(["fumio-kishida", "sergey-lavrov"], first.Items[1].Participants.Select(p => p.PersonId));

        var second = await store.FindMeetingsAsync(new MeetingFilter(Page: 2, PageSize: 2), Ct);
        Assert.Equal(3, second.Total);
        Assert.Equal(2, second.Page);
        Assert.Equal([PhoneId], second.Items.Select(m => m.Id));

        var beyond = await store.FindMeetingsAsync(new MeetingFilter(Page: 5, PageSize: 2), Ct);
        Assert.Empty(beyond.Items);
        Assert.Equal(3, beyond.Total);

        var putin = await store.FindMeetingsAsync(new MeetingFilter(PersonId: "vladimir-putin"), Ct);
        Assert.Equal([SummitId, PhoneId], putin.Items.Select(m => m.Id));
        Assert.Equal(2, putin.Total);

        var territory = await store.FindMeetingsAsync(new MeetingFilter(TopicId: "territorial-issue"), Ct);
        Assert.Equal([SummitId, MinistersId], territory.Items.Select(m => m.Id));

        var energy = await store.FindMeetingsAsync(new MeetingFilter(TopicId: "energy"), Ct);
        Assert.Equal([SummitId], energy.Items.Select(m => m.Id));

        var phone = await store.FindMeetingsAsync(new MeetingFilter(Kind: MeetingKinds.Telephone), Ct);
        Assert.Equal([PhoneId], phone.Items.Select(m => m.Id));
        Assert.Null(phone.Items[0].City);

        var window = await store.FindMeetingsAsync(new MeetingFilter(From: MinistersDate, To: PhoneDate), Ct);
        Assert.Equal([MinistersId, PhoneId], window.Items.Select(m => m.Id));

        var none = await store.FindMeetingsAsync(new MeetingFilter(PersonId: "vladimir-putin", Kind: MeetingKinds.ForeignMinisters), Ct);
        Assert.Empty(none.Items);
        Assert.Equal(0, none.Total);
    }

    [Fact]
    public async Task Person_detail_has_offices_meetings_counterparts_and_topics()
    {
        var store = await EmptyStoreAsync();
        foreach (var document in All())
        {
            await store.WriteDocumentAsync(document, Ct);
        }

        var abe = await store.GetPersonAsync("shinzo-abe", Ct);
        Assert.NotNull(abe);
        Assert.Equal(new PersonSummary("shinzo-abe", "Shinzo Abe", "JP", 2), abe.Person);
        Assert.Equal([new OfficeTerm("jp-prime-minister", "Prime Minister of Japan", new DateOnly(2012, 12, 26), new DateOnly(2020, 9, 16))], abe.Offices);
        Assert.Equal([PhoneId, SummitId], abe.RecentMeetings.Select(m => m.Id)); // newest first
        Assert.Equal([new Counterpart("vladimir-putin", "Vladimir Putin", "RU", 2, SummitDate, PhoneDate)], abe.Counterparts);
        Assert.All(abe.Topics, t => Assert.Equal(1, t.Meetings));
        Assert.Equal(
            ["economy", "energy", "joint-economic-activities", "north-korea", "peace-treaty", "territorial-issue"],
            abe.Topics.Select(t => t.TopicId));

        var putin = await store.GetPersonAsync("vladimir-putin", Ct);
        Assert.Equal([new OfficeTerm("ru-president", "President of Russia", new DateOnly(2012, 5, 7), null)], putin!.Offices);

        var people = await store.GetPeopleAsync(Ct);
        Assert.Equal(
            [("fumio-kishida", 1), ("sergey-lavrov", 1), ("shinzo-abe", 2), ("vladimir-putin", 2)],
            people.Select(p => (p.Id, p.MeetingCount)));

        Assert.Null(await store.GetPersonAsync("nobody", Ct));

        // Someone with more meetings than the detail shows: the latest dated ones, while the count covers them all.
        var talks = Enumerable.Range(0, PersonDetail.RecentMeetingLimit + 5)
            .Select(i => SeriesTalk(i, i == 0 ? null : new DateOnly(2019, 1, 1).AddDays(i))).ToList();
        await store.WriteDocumentsAsync(talks, Ct);
        var busy = await store.GetPersonAsync("shinzo-abe", Ct);
        Assert.Equal(2 + talks.Count, busy!.Person.MeetingCount);
        Assert.Equal(
            Enumerable.Range(1, talks.Count - 1).Reverse().Take(PersonDetail.RecentMeetingLimit).Select(SeriesId),
            busy.RecentMeetings.Select(m => m.Id));
    }

    [Fact]
    public async Task Parallel_writers_of_the_same_document_never_duplicate_it()
    {
        var first = await EmptyStoreAsync();
        var second = await SecondClientAsync();
        await first.WriteDocumentAsync(Phone(), Ct); // shares people with the summit

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => (i % 2 == 0 ? first : second).WriteDocumentAsync(SummitKantei(), Ct), Ct)));

        Assert.Equal(1, outcomes.Count(o => o == WriteOutcome.Inserted));
        Assert.Equal(7, outcomes.Count(o => o == WriteOutcome.Unchanged));

        var counts = await second.CountAsync(Ct);
        Assert.Equal(2, counts.Nodes["Document"]);
        Assert.Equal(2, counts.Nodes["Meeting"]);
        Assert.Equal(2, counts.Nodes["Person"]);
        Assert.Equal(4, counts.Nodes["Statement"]);
        Assert.Equal(2, counts.Nodes["Place"]);
        Assert.Equal(4, counts.Relationships["ATTENDED"]);
        Assert.Equal(2, counts.Relationships["HELD"]);
        Assert.Equal(5, counts.Relationships["DISCUSSED"]);
        Assert.Equal(6, counts.Relationships["MADE"]);
        Assert.Equal(6, counts.Relationships["ABOUT"]);
        Assert.Equal(3 + 2, counts.Relationships["MENTIONS"]);
    }

    [Fact]
    public async Task Ping_answers_and_initialising_twice_is_harmless()
    {
        var store = await EmptyStoreAsync();
        await store.WriteDocumentAsync(Ministers(), Ct);
        var before = await store.CountAsync(Ct);

        await store.InitializeAsync(Ct);

        Assert.True(await store.PingAsync(Ct));
        AssertSameCounts(before, await store.CountAsync(Ct));
    }

    protected static void AssertSameCounts(GraphCounts expected, GraphCounts actual)
    {
        Assert.Equal(expected.Nodes.OrderBy(p => p.Key), actual.Nodes.OrderBy(p => p.Key));
        Assert.Equal(expected.Relationships.OrderBy(p => p.Key), actual.Relationships.OrderBy(p => p.Key));
    }

    protected static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);
}

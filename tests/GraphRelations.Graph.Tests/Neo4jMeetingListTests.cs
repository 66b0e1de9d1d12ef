using System.Text.RegularExpressions;
using GraphRelations.Graph.Model;
using GraphRelations.Graph.Neo4j;

namespace GraphRelations.Graph.Tests;

/// <summary>
/// How the Neo4j adapter finds a page of a meeting list without a server: the plan from the per-day counts must
/// select exactly the rows a full sort (date order, undated last, then id) would put on that page, and the
/// parameters it sends must be the ones the query files declare.
/// </summary>
public sealed partial class Neo4jMeetingListTests
{
    [Fact]
    public void Every_page_reads_exactly_the_rows_of_the_fully_sorted_list()
    {
        var random = new Random(11);
        for (var round = 0; round < 40; round++)
        {
            // A list as the store holds it: several meetings on some days, a few undated at the end.
            var start = new DateOnly(1991, 1, 1);
            var rows = new List<(string? Day, string Id)>();
            for (var i = 0; i < random.Next(0, 400); i++)
            {
                var day = random.Next(4) == 0 ? null : start.AddDays(random.Next(0, 60)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                rows.Add((day, $"m-{i:D4}"));
            }

            var sorted = rows.OrderBy(r => r.Day is null).ThenBy(r => r.Day, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
            var days = sorted.Where(r => r.Day is not null).GroupBy(r => r.Day!).Select(g => (g.Key, (long)g.Count())).ToList();
            var index = new MeetingListIndex(days, rows.Count(r => r.Day is null));
            Assert.Equal(rows.Count, index.Total);

            foreach (var size in new[] { 1, 7, 20, 100 })
            {
                for (long offset = 0; offset <= rows.Count + size; offset += size)
                {
                    var plan = index.Plan(offset, size);
                    var read = new List<string>();
                    if (plan.Dated is { } dated)
                    {
                        // What read-meetings-dated-page returns: the days in [First, Last] in order, after Skip, at most Limit.
                        read.AddRange(sorted
                            .Where(r => r.Day is not null && string.CompareOrdinal(r.Day, dated.First) >= 0 && string.CompareOrdinal(r.Day, dated.Last) <= 0)
                            .Skip((int)dated.Skip).Take(dated.Limit).Select(r => r.Id));
                        Assert.Equal(dated.Limit, read.Count);
                    }

                    if (plan.Undated is { } undated)
                    {
                        read.AddRange(sorted.Where(r => r.Day is null).Skip((int)undated.Skip).Take(undated.Limit).Select(r => r.Id));
                    }

                    Assert.Equal(sorted.Skip((int)offset).Take(size).Select(r => r.Id), read);
                }
            }
        }
    }

    [Fact]
    public void A_page_skips_only_rows_of_its_own_first_day_not_the_archive_before_it()
    {
        // 100,000 meetings, ten a day: the last page seeks its days and skips at most nine rows.
        var start = new DateOnly(1991, 1, 1);
        var days = Enumerable.Range(0, 10_000).Select(i => (start.AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 10L));
        var index = new MeetingListIndex(days, undated: 0);

        var last = index.Plan(100_000 - 15, 20);

        Assert.Equal(new DatedSlice(start.AddDays(9_998).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), start.AddDays(9_999).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 5, 15), last.Dated);
        Assert.Null(last.Undated);
        Assert.Equal(new MeetingPagePlan(null, null), index.Plan(100_000, 20));
    }

    [Fact]
    public void Days_out_of_order_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new MeetingListIndex([("2001-01-02", 1), ("2001-01-01", 1)], 0));
    }

    [Fact]
    public void A_date_bound_on_either_side_leaves_undated_meetings_out_and_opens_the_other_side_to_the_calendar_end()
    {
        var unbounded = MeetingListScope.Of(new MeetingFilter());
        Assert.True(unbounded.IncludesUndated);
        Assert.Equal((MeetingListScope.FirstDay, MeetingListScope.LastDay), (unbounded.From, unbounded.To));

        var from = MeetingListScope.Of(new MeetingFilter(From: new DateOnly(2016, 12, 15)));
        Assert.False(from.IncludesUndated);
        Assert.Equal(("2016-12-15", MeetingListScope.LastDay), (from.From, from.To));

        var to = MeetingListScope.Of(new MeetingFilter(To: new DateOnly(2001, 3, 25)));
        Assert.False(to.IncludesUndated);
        Assert.Equal((MeetingListScope.FirstDay, "2001-03-25"), (to.From, to.To));

        // Two lists that differ in any filter are kept apart in the per-version cache.
        Assert.NotEqual(from.CacheKey, to.CacheKey);
        Assert.NotEqual(unbounded.CacheKey, MeetingListScope.Of(new MeetingFilter(TopicId: "economy")).CacheKey);
    }

    [Theory]
    [InlineData(null, "read-meetings-")]
    [InlineData("territorial-issue", "read-topic-meetings-")]
    public void Each_query_gets_exactly_the_parameters_its_file_uses(string? topicId, string prefix)
    {
        var cypher = new CypherLibrary();
        var scope = MeetingListScope.Of(new MeetingFilter(From: new DateOnly(2016, 1, 1), PersonId: "shinzo-abe", TopicId: topicId, Kind: "summit"));
        var dated = new DatedSlice("2016-01-01", "2016-02-01", 3, 20);
        var cases = new (string Part, IReadOnlyDictionary<string, object?> Parameters)[]
        {
            ("dates", scope.DaysParameters()),
            ("undated-count", scope.UndatedCountParameters()),
            ("dated-page", scope.DatedPageParameters(dated)),
            ("undated-page", scope.UndatedPageParameters(new UndatedSlice(0, 20))),
        };
        foreach (var (part, parameters) in cases)
        {
            // A list narrowed to a topic starts from the topic; the others from the meetings.
            Assert.Equal(prefix + part, scope.Query(part));
            Assert.Equal(ParametersUsedBy(cypher[scope.Query(part)]), parameters.Keys.Order(StringComparer.Ordinal));
        }

        Assert.Equal("summit", scope.DatedPageParameters(dated)["kind"]);
        Assert.Equal(3L, scope.DatedPageParameters(dated)["skip"]);
    }

    [Fact]
    public void Date_filters_are_plain_ranges_the_index_can_seek()
    {
        var cypher = new CypherLibrary();
        foreach (var name in cypher.Names.Where(n => n.StartsWith("read-", StringComparison.Ordinal)))
        {
            // `$x IS NULL OR m.date ...` hides the range from the planner.
            Assert.DoesNotMatch(NullOrDate(), Code(cypher[name]));
        }

        Assert.Contains("m.date >= date($from) AND m.date <= date($to)", cypher["read-meetings-dates"], StringComparison.Ordinal);
        Assert.Contains("m.date >= date($first) AND m.date <= date($last)", cypher["read-meetings-dated-page"], StringComparison.Ordinal);
        Assert.Contains("m.date >= date($from) AND m.date <= date($to)", cypher["read-topic-meetings-dates"], StringComparison.Ordinal);
        Assert.Contains("m.date >= date($first) AND m.date <= date($last)", cypher["read-topic-meetings-dated-page"], StringComparison.Ordinal);
        Assert.Contains(
            "CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)",
            cypher.SchemaStatements());
    }

    private static string Code(string statement) =>
        string.Join('\n', statement.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    private static IEnumerable<string> ParametersUsedBy(string statement) =>
        Parameter().Matches(Code(statement)).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"IS NULL OR m\.date")]
    private static partial Regex NullOrDate();
}

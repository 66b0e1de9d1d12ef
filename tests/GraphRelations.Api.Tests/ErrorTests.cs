using System.Net;
using System.Text.Json;

namespace GraphRelations.Api.Tests;

/// <summary>Every mistake a caller can make comes back as an RFC 9457 problem naming the field at fault.</summary>
public sealed class ErrorTests(ApiHost host)
{
    [Theory]
    [InlineData("api/topics/no-such-topic/timeline", 404, "id")]
    [InlineData("api/topics/territorial-issue/timeline?from=2011-13-01", 400, "from")]
    [InlineData("api/topics/territorial-issue/timeline?to=12/11/2011", 400, "to")]
    [InlineData("api/topics/territorial-issue/timeline?from=2012-01-01&to=2011-01-01", 400, "from")]
    [InlineData("api/topics/territorial-issue/timeline?kind=banquet", 400, "kind")]
    [InlineData("api/topics/territorial-issue/timeline?person=nobody-at-all", 404, "person")]
    [InlineData("api/topics/territorial-issue/timeline?page=0", 400, "page")]
    [InlineData("api/topics/territorial-issue/timeline?pageSize=0", 400, "pageSize")]
    [InlineData("api/topics/territorial-issue/timeline?pageSize=101", 400, "pageSize")]
    [InlineData("api/topics/territorial-issue/timeline?pageSize=ten", 400, "pageSize")]
    [InlineData("api/topics/territorial-issue/timeline?statementsPerMeeting=0", 400, "statementsPerMeeting")]
    [InlineData("api/topics/territorial-issue/timeline?statementsPerMeeting=51", 400, "statementsPerMeeting")]
    [InlineData("api/meetings?from=yesterday", 400, "from")]
    [InlineData("api/meetings?from=2020-01-01&to=2019-12-31", 400, "from")]
    [InlineData("api/meetings?page=0", 400, "page")]
    [InlineData("api/meetings?page=abc", 400, "page")]
    [InlineData("api/meetings?pageSize=0", 400, "pageSize")]
    [InlineData("api/meetings?pageSize=101", 400, "pageSize")]
    [InlineData("api/meetings?kind=dinner", 400, "kind")]
    [InlineData("api/meetings?topic=no-such-topic", 404, "topic")]
    [InlineData("api/meetings?person=nobody-at-all", 404, "person")]
    [InlineData("api/meetings/no-such-meeting", 404, "id")]
    [InlineData("api/people/nobody-at-all", 404, "id")]
    [InlineData("api/documents/0000000000000000000000000000000000000000000000000000000000000000", 404, "id")]
    [InlineData("api/documents/0000000000000000000000000000000000000000000000000000000000000000/extraction", 404, "id")]
    [InlineData("topics/no-such-topic", 404, "id")]
    public async Task Bad_requests_are_problem_details_naming_the_field(string url, int status, string field)
    {
        host.SkipIfUnavailable();

        using var response = await host.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        await AssertProblemAsync(response, status, field);
    }

    [Fact]
    public async Task Several_bad_fields_are_all_reported_at_once()
    {
        host.SkipIfUnavailable();

        using var response = await host.Client.GetAsync(new Uri("api/meetings?page=-1&pageSize=500&kind=x", UriKind.Relative), TestContext.Current.CancellationToken);

        var problem = await AssertProblemAsync(response, 400, "page");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("pageSize", out _));
        Assert.True(errors.TryGetProperty("kind", out _));
    }

    [Fact]
    public async Task An_unknown_route_is_a_problem_too()
    {
        host.SkipIfUnavailable();

        using var response = await host.Client.GetAsync(new Uri("api/nothing-here", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, int status, string field)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == (int)response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"no error for '{field}' in {body}");
        Assert.Contains(messages.EnumerateArray(), m => !string.IsNullOrWhiteSpace(m.GetString()));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        return problem;
    }
}

using System.Net;

namespace GraphRelations.Api.Tests;

public sealed class HostTests(ApiHost host)
{
    [Theory]
    [InlineData("health/live")]
    [InlineData("health/ready")]
    public async Task Health_endpoints_report_healthy(string url)
    {
        host.SkipIfUnavailable();

        using var response = await host.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_timeline_endpoint()
    {
        host.SkipIfUnavailable();

        var document = await host.Client.GetStringAsync(new Uri("openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("/api/topics/{id}/timeline", document, StringComparison.Ordinal);
        Assert.Contains("/api/documents", document, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "text/html")]
    [InlineData("topics/territorial-issue", "text/html")]
    [InlineData("assets/timeline.js", "text/javascript")]
    public async Task Pages_are_served_by_the_service_itself_under_a_strict_content_policy(string url, string mediaType)
    {
        host.SkipIfUnavailable();

        using var response = await host.Client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        // Nothing is loaded from elsewhere: no absolute or protocol-relative src/href, no fetch of another origin.
        Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", html);
        Assert.DoesNotMatch(@"fetch\(\s*[""'`](https?:)?//", html);
    }
}

using System.Net;
using System.Text;

namespace GraphRelations.Api.Tests;

/// <summary>Nobody without the key, and no page of another site, writes into the graph; reads stay open.</summary>
public sealed class WriteAccessTests(ApiHost host)
{
    [Fact]
    public async Task A_post_without_the_key_is_refused_and_stores_nothing()
    {
        host.SkipIfUnavailable();
        var text = await UniqueRecordAsync();

        using var refused = await host.Client.SendAsync(Post(text), TestContext.Current.CancellationToken);
        await ErrorTests.AssertProblemAsync(refused, 401, "X-Api-Key");
        Assert.Contains("Bearer", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);

        // The same text with the key is new to the store: the refused request wrote nothing.
        using var accepted = await host.Writer.SendAsync(Post(text), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_and_the_right_one_works_as_a_bearer_token()
    {
        host.SkipIfUnavailable();
        var text = await UniqueRecordAsync();

        using var wrong = Post(text);
        wrong.Headers.Add("X-Api-Key", host.ApiKey[..^1] + (host.ApiKey[^1] == '0' ? '1' : '0'));
        using var refused = await host.Client.SendAsync(wrong, TestContext.Current.CancellationToken);
        await ErrorTests.AssertProblemAsync(refused, 401, "X-Api-Key");

        using var bearer = Post(text);
        bearer.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", host.ApiKey);
        using var accepted = await host.Client.SendAsync(bearer, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task A_cross_site_form_post_is_refused_even_with_the_key()
    {
        host.SkipIfUnavailable();
        var text = await UniqueRecordAsync();

        // What a browser sends for <form method=post enctype=text/plain action=http://127.0.0.1:5080/api/documents> on evil.example.
        using var form = CrossSiteForm(text);
        using var withoutKey = await host.Client.SendAsync(form, TestContext.Current.CancellationToken);
        await ErrorTests.AssertProblemAsync(withoutKey, 401, "X-Api-Key");

        using var keyed = CrossSiteForm(text);
        using var withKey = await host.Writer.SendAsync(keyed, TestContext.Current.CancellationToken);
        await ErrorTests.AssertProblemAsync(withKey, 403, "Sec-Fetch-Site");

        using var originOnly = Post(text);
        originOnly.Headers.Add("Origin", "http://evil.example");
        using var byOrigin = await host.Writer.SendAsync(originOnly, TestContext.Current.CancellationToken);
        await ErrorTests.AssertProblemAsync(byOrigin, 403, "Origin");

        using var accepted = await host.Writer.SendAsync(Post(text), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task No_cors_preflight_is_granted_to_another_origin()
    {
        host.SkipIfUnavailable();

        using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri("api/documents", UriKind.Relative));
        preflight.Headers.Add("Origin", "http://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key");
        using var response = await host.Client.SendAsync(preflight, TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.IsSuccessStatusCode, $"preflight answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused()
    {
        host.SkipIfUnavailable();

        // DNS rebinding: evil.example resolves to 127.0.0.1, the browser sends Host: evil.example.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/topics", UriKind.Relative));
        request.Headers.Host = "evil.example";
        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var local = new HttpRequestMessage(HttpMethod.Get, new Uri("api/topics", UriKind.Relative));
        local.Headers.Host = "localhost";
        using var allowed = await host.Client.SendAsync(local, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_key_writes_are_disabled_and_anonymous_writes_need_an_explicit_setting()
    {
        host.SkipIfUnavailable();
        var text = await UniqueRecordAsync();

        await using (var closed = await ScratchApi.StartAsync(new Dictionary<string, string?> { ["Api:ApiKey"] = "" }))
        {
            using var refused = await closed.Client.SendAsync(Post(text), TestContext.Current.CancellationToken);
            var problem = await ErrorTests.AssertProblemAsync(refused, 401, "X-Api-Key");
            Assert.Contains("Api:ApiKey", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        await using var open = await ScratchApi.StartAsync(new Dictionary<string, string?> { ["Api:AllowAnonymousWrites"] = "true" });
        using var crossSite = CrossSiteForm(text);
        using var forged = await open.Client.SendAsync(crossSite, TestContext.Current.CancellationToken);
        await ErrorTests.AssertProblemAsync(forged, 403, "Sec-Fetch-Site");
        using var accepted = await open.Client.SendAsync(Post(text), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    private static HttpRequestMessage Post(string text) =>
        new(HttpMethod.Post, new Uri("api/documents?source=write-access.txt", UriKind.Relative))
        {
            Content = new StringContent(text, Encoding.UTF8, "text/plain"),
        };

    private static HttpRequestMessage CrossSiteForm(string text)
    {
        var request = Post(text);
        request.Headers.Add("Origin", "http://evil.example");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        request.Headers.Add("Sec-Fetch-Mode", "navigate");
        return request;
    }

    /// <summary>A real seed record with a line of our own: a document the store has not seen.</summary>
    private static async Task<string> UniqueRecordAsync()
    {
        var seed = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Corpus, "seeds", "002_bf481c23c62848e1.txt"), TestContext.Current.CancellationToken);
        return seed + "\n\nWrite access test " + Guid.NewGuid().ToString("N") + ".\n";
    }
}

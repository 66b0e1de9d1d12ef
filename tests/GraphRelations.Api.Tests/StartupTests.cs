using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace GraphRelations.Api.Tests;

/// <summary>What a starting service says about itself, and what it publishes, on hosts of the tests' own.</summary>
public sealed class StartupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readiness_says_loading_with_the_seed_progress_until_the_corpus_is_in_and_logs_no_failure()
    {
        Assert.SkipUnless(RepositoryPaths.HasCorpus, $"the shared corpus is absent ({RepositoryPaths.Corpus})");
        var seeds = Path.Combine(RepositoryPaths.Corpus, "seeds");
        var files = Directory.GetFiles(seeds, "*.txt", SearchOption.AllDirectories).Length;
        GatedGraphStore? gate = null;
        await using var service = new ScratchService("Production",
            new Dictionary<string, string?> { ["Ingestion:SeedPaths:0"] = seeds },
            store => GatedGraphStore.Wrap(store, out gate));
        using var client = service.CreateClient();

        // The first write waits at the gate: the load is listed and under way, and stays so while we look.
        var loading = await PollAsync(client, r => r.Status == HttpStatusCode.ServiceUnavailable && r.Body.Contains("\"filesTotal\":" + files, StringComparison.Ordinal));
        using (var json = JsonDocument.Parse(loading.Body))
        {
            Assert.Equal("loading", json.RootElement.GetProperty("status").GetString());
            Assert.Equal(files, json.RootElement.GetProperty("filesTotal").GetInt32());
            Assert.True(json.RootElement.GetProperty("filesLoaded").GetInt32() < files, loading.Body);
        }

        var again = await GetReadyAsync(client);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, again.Status);

        gate!.Open();
        var ready = await PollAsync(client, r => r.Status == HttpStatusCode.OK);
        Assert.Equal("Healthy", ready.Body);

        var failures = service.Logs.Entries.Where(e => e.Level >= LogLevel.Warning && e.Category.Contains("HealthChecks", StringComparison.Ordinal)).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("Production", null, false)]
    [InlineData("Production", "true", true)]
    [InlineData("Development", null, true)]
    [InlineData("Development", "false", false)]
    public async Task The_api_description_is_published_in_development_or_when_configured(string environment, string? expose, bool published)
    {
        var settings = new Dictionary<string, string?>();
        if (expose is not null)
        {
            settings["Api:ExposeOpenApi"] = expose;
        }

        await using var service = new ScratchService(environment, settings);
        using var client = service.CreateClient();

        using var document = await client.GetAsync(new Uri("openapi/v1.json", UriKind.Relative), Ct);
        using var reference = await client.GetAsync(new Uri("scalar", UriKind.Relative), Ct);

        if (published)
        {
            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            Assert.Contains("/api/topics/{id}/timeline", await document.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, document.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, reference.StatusCode);
        }
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("health/ready", UriKind.Relative), Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    private static async Task<(HttpStatusCode Status, string Body)> PollAsync(HttpClient client, Func<(HttpStatusCode Status, string Body), bool> done)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var response = await GetReadyAsync(client);
            if (done(response))
            {
                return response;
            }

            Assert.True(DateTime.UtcNow < deadline, $"readiness still answers {(int)response.Status}: {response.Body}");
            await Task.Delay(50, Ct);
        }
    }
}

using GraphRelations.Graph.Model;
using Microsoft.Playwright;

namespace GraphRelations.Api.Tests;

/// <summary>
/// The timeline page in a real headless Chromium (Debian's /usr/bin/chromium, never a downloaded browser) against
/// the service on a loopback port.
/// </summary>
public sealed class BrowserTests(ApiHost host)
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    [Fact]
    public async Task Timeline_page_draws_the_meetings_in_order_marks_agreements_and_links_to_the_highlighted_sentence()
    {
        host.SkipIfUnavailable();
        Assert.SkipUnless(File.Exists(ChromiumPath), $"{ChromiumPath} is absent (apt-get install -y chromium).");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        var timeline = await host.Client.GetAsync<TopicTimeline>("api/topics/territorial-issue/timeline");
        var cancellation = TestContext.Current.CancellationToken;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var failures = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") failures.Add($"{message.Text} ({message.Location})"); };
        page.Response += (_, response) => { if (response.Status >= 400) failures.Add($"{response.Status} {response.Url}"); };
        page.PageError += (_, error) => failures.Add(error);
        page.RequestFailed += (_, request) => failures.Add($"request failed: {request.Url}");
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(host.BaseAddress.ToString(), StringComparison.Ordinal))
            {
                failures.Add($"request outside the service: {request.Url}");
            }
        };

        await page.GotoAsync(new Uri(host.BaseAddress, "topics/territorial-issue").ToString());
        await page.Locator("li.entry").First.WaitForAsync();
        Directory.CreateDirectory(RepositoryPaths.TestResults);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestResults, "timeline-territorial-issue.png"), FullPage = true });

        // As many entries in the list as the API has meetings and a point on the axis for each dated one, in date order.
        var pointDates = await page.Locator("svg g.meeting").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.date)");
        var entryDates = await page.Locator("li.entry").EvaluateAllAsync<string?[]>("nodes => nodes.map(n => n.dataset.date ?? null)");
        var expected = timeline.Entries.Select(e => e.Meeting.Date?.ToString("yyyy-MM-dd")).ToArray();
        var expectedDated = expected.OfType<string>().ToArray();
        Assert.Equal(expected, entryDates);
        Assert.Equal(expectedDated, pointDates);
        Assert.Equal(expectedDated.Order(StringComparer.Ordinal).ToArray(), pointDates);
        Assert.True(expectedDated.Length >= 5, $"only {expectedDated.Length} dated meetings drawn");

        // Agreements are marked on exactly the meetings that reached one.
        var agreed = timeline.Entries.Count(e => e.Agreements.Count > 0 && e.Meeting.Date is not null);
        Assert.True(agreed > 0, "the corpus has agreements on the territorial issue");
        Assert.Equal(agreed, await page.Locator("svg g.meeting.has-agreement").CountAsync());
        Assert.Equal(agreed, await page.Locator("svg g.meeting.has-agreement .agreement-mark").CountAsync());

        // The page shows one page of the timeline; its pager leads to the next one, as the API pages it.
        var apiFirst = await host.Client.GetAsync<GraphRelations.Api.Apis.TimelinePage>("api/topics/territorial-issue/timeline");
        if (apiFirst.Next is not null)
        {
            await page.Locator("#pager a.pager-next").ClickAsync();
            // Wait for the new document and then for what it draws, not for the load event: in CI Chromium once
            // reached network idle on the second page without Playwright seeing its load event.
            await page.WaitForURLAsync("**page=2**", Committed);
            await page.Locator("#pager a.pager-prev").WaitForAsync();
            var apiSecond = await host.Client.GetAsync<TopicTimeline>(apiFirst.Next.TrimStart('/'));
            var secondDates = await page.Locator("li.entry").EvaluateAllAsync<string?[]>("nodes => nodes.map(n => n.dataset.date ?? null)");
            Assert.Equal(apiSecond.Entries.Select(e => e.Meeting.Date?.ToString("yyyy-MM-dd")).ToArray(), secondDates);
        }

        // Every meeting on one page, so the 2012 summit is there to click.
        timeline = await host.Client.GetAsync<TopicTimeline>("api/topics/territorial-issue/timeline?pageSize=100");
        await page.GotoAsync(new Uri(host.BaseAddress, "topics/territorial-issue?pageSize=100").ToString());
        await page.Locator("li.entry").First.WaitForAsync();

        // Clicking a point opens its meeting; its source link shows the sentence highlighted in the document.
        var target = timeline.Entries.First(e => e.Meeting.Date == new DateOnly(2012, 6, 18));
        var statement = target.Agreements.Concat(target.Positions).First();
        await page.Locator("svg g.meeting[data-date='2012-06-18']").ClickAsync();
        var entry = page.Locator("li.entry[data-date='2012-06-18']");
        Assert.True(await entry.Locator("details").EvaluateAsync<bool>("d => d.open"));
        Assert.True(await entry.Locator($"li.statement[data-statement='{statement.Id}'] blockquote").IsVisibleAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestResults, "timeline-entry-opened.png") });

        await entry.Locator($"li.statement[data-statement='{statement.Id}'] a.source").ClickAsync();
        await page.WaitForURLAsync("**/documents/**", Committed);
        var mark = page.Locator("mark#hl");
        await mark.WaitForAsync();
        Assert.Equal(statement.Text, await mark.TextContentAsync());
        Assert.True(await mark.EvaluateAsync<bool>(
            "m => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }"),
            "the highlighted sentence is scrolled into view");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.TestResults, "document-highlight.png") });

        Assert.Empty(failures);
        _ = cancellation;
    }

    [Fact]
    public async Task Document_text_is_shown_as_text_never_as_markup()
    {
        host.SkipIfUnavailable();
        Assert.SkipUnless(File.Exists(ChromiumPath), $"{ChromiumPath} is absent (apt-get install -y chromium).");

        // A meeting record carrying markup: if any of it became HTML the image would load and the handler would run.
        var seed = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Corpus, "seeds", "001_45eb141b0ced7bfc.txt"), TestContext.Current.CancellationToken);
        var text = seed + "\n\n<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>\n";
        using var content = new StringContent(text, System.Text.Encoding.UTF8, "text/plain");
        using var posted = await host.Writer.PostAsync(new Uri("api/documents?source=markup.txt", UriKind.Relative), content, TestContext.Current.CancellationToken);
        posted.EnsureSuccessStatusCode();
        var documentId = System.Text.Json.JsonDocument.Parse(await posted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .RootElement.GetProperty("documentId").GetString();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, $"documents/{documentId}").ToString());
        await page.Locator("#text").GetByText("<script>", new LocatorGetByTextOptions { Exact = false }).WaitForAsync();

        Assert.NotEqual("pwned", await page.TitleAsync());
        Assert.Equal(0, await page.Locator("#text img, #text script").CountAsync());
    }
}

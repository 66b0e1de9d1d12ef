using GraphRelations.Graph.Model;
using GraphRelations.Ingestion.Inbox;

namespace GraphRelations.Ingestion.Tests;

/// <summary>The real corpus (../shared/corpus, read in place) through the pipeline into a fresh embedded store.</summary>
public sealed class CorpusTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_territorial_issue_timeline_of_the_corpus_is_in_date_order_with_statements_and_provenance()
    {
        var files = CorpusFiles();
        await using var host = await IngestionHost.StartAsync();

        var outcomes = new List<FileOutcome>();
        foreach (var file in files)
        {
            outcomes.Add(await InPlaceFile.IngestAsync(host.Ingestor, file, Ct));
        }

        Assert.All(outcomes, o => Assert.True(o.Status == FileStatus.Processed, $"{o.File}: {o.Result?.Reason} {o.Result?.Detail}"));
        var timeline = await host.Store.GetTopicTimelineAsync("territorial-issue", new TimelineFilter(), Ct);
        Assert.NotNull(timeline);
        Assert.True(timeline.Entries.Count >= 5, $"only {timeline.Entries.Count} meetings on the territorial issue");
        // Meetings whose date the text does not give have no place in time; the dated ones must be in order.
        var dates = timeline.Entries.Where(e => e.Meeting.Date is not null).Select(e => e.Meeting.Date!.Value).ToList();
        Assert.True(dates.Count >= 5, $"only {dates.Count} dated meetings on the territorial issue");
        Assert.Equal(dates.Order(), dates);
        var statements = timeline.Entries.SelectMany(e => e.Agreements.Concat(e.Positions)).ToList();
        Assert.True(statements.Count >= timeline.Entries.Count, "the timeline carries too few statements");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var statement in statements)
        {
            if (!texts.TryGetValue(statement.Source.DocumentId, out var text))
            {
                var document = await host.Store.GetDocumentAsync(statement.Source.DocumentId, Ct);
                Assert.NotNull(document);
                texts[statement.Source.DocumentId] = text = document.Text;
            }

            Assert.Equal(statement.Text, text[statement.Source.Start..statement.Source.End]);
        }

        // Files were read, not moved.
        Assert.All(files, f => Assert.True(File.Exists(f)));
    }

    [Fact]
    public async Task Ingesting_the_corpus_twice_changes_nothing()
    {
        var files = CorpusFiles();
        await using var host = await IngestionHost.StartAsync();
        foreach (var file in files)
        {
            await InPlaceFile.IngestAsync(host.Ingestor, file, Ct);
        }

        var before = await host.Store.CountAsync(Ct);
        var again = new List<FileOutcome>();
        foreach (var file in files)
        {
            again.Add(await InPlaceFile.IngestAsync(host.Ingestor, file, Ct));
        }

        Assert.All(again, o => Assert.NotEqual(IngestionOutcome.Inserted, o.Result!.Outcome));
        Assert.All(again.Where(o => o.Status == FileStatus.Processed), o => Assert.Equal(IngestionOutcome.Unchanged, o.Result!.Outcome));
        var after = await host.Store.CountAsync(Ct);
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Relationships, after.Relationships);
    }

    internal static string[] CorpusFiles()
    {
        Assert.SkipUnless(Directory.Exists(TestPaths.Corpus), $"the shared corpus is not at {TestPaths.Corpus}");
        var files = Directory.GetFiles(TestPaths.Corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.SkipWhen(files.Length == 0, $"no *.txt under {TestPaths.Corpus}");
        return files;
    }
}

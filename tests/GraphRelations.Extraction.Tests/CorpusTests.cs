namespace GraphRelations.Extraction.Tests;

public class CorpusTests
{
    [Fact]
    public void Every_corpus_document_yields_a_meeting()
    {
        var corpus = FindCorpus();
        Assert.SkipWhen(corpus is null, "../shared/corpus is not present next to the repository");
        var files = Directory.EnumerateFiles(corpus!, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var graph = Extract.Run(File.ReadAllText(file), Path.GetFileName(file));
            Assert.True(graph.Meetings.Count > 0, $"{Path.GetFileName(file)}: {graph.Reason}");
            Assert.All(graph.Meetings, m => Assert.True(m.Participants.Count >= 2, $"{Path.GetFileName(file)}: a meeting with {m.Participants.Count} participant(s)"));
        }
    }

    private static string? FindCorpus()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GraphRelations.sln")))
        {
            dir = dir.Parent;
        }

        if (dir?.Parent is null)
        {
            return null;
        }

        var corpus = Path.Combine(dir.Parent.FullName, "shared", "corpus");
        return Directory.Exists(corpus) ? corpus : null;
    }
}

using GraphRelations.Extraction;

namespace GraphRelations.Ingestion.Tests;

/// <summary>The <c>bench-corpus</c> verb as the benchmarks use it: reproducible, and every record a meeting of its own.</summary>
public sealed class BenchCorpusTests : IDisposable
{
    private const int Documents = 600;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly string _root = IngestionHost.NewRoot();

    [Fact]
    public async Task The_same_seed_writes_the_same_bytes_and_another_seed_a_different_archive()
    {
        var first = await GenerateAsync("first", seed: 11);
        var second = await GenerateAsync("second", seed: 11);
        var other = await GenerateAsync("other", seed: 12);

        Assert.Equal(Documents, first.Count(f => f.EndsWith(".txt", StringComparison.Ordinal)));
        Assert.Equal(first.Select(Path.GetFileName), second.Select(Path.GetFileName));
        foreach (var (a, b) in first.Zip(second))
        {
            Assert.True(File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b)), $"{Path.GetFileName(a)} differs between two runs with one seed");
        }

        var differing = first.Zip(other).Count(p => !File.ReadAllBytes(p.First).AsSpan().SequenceEqual(File.ReadAllBytes(p.Second)));
        Assert.True(differing > Documents / 2, $"only {differing} of {Documents} records changed with the seed");
    }

    [Fact]
    public async Task Every_record_extracts_to_one_distinct_meeting_of_the_kind_date_and_people_the_manifest_names()
    {
        var files = await GenerateAsync("archive", seed: 3);
        var manifest = File.ReadAllLines(Path.Combine(_root, "archive", "manifest.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .ToDictionary(c => c[0], c => (Date: c[1], Kind: c[2], People: c[4].Split(',').Order(StringComparer.Ordinal).ToArray()), StringComparer.Ordinal);
        var extractor = new MeetingRecordExtractor();
        var meetingIds = new HashSet<string>(StringComparer.Ordinal);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var years = new HashSet<int>();
        foreach (var file in files.Where(f => f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            var name = Path.GetFileName(file);
            var graph = extractor.Extract(extractor.Normalize(File.ReadAllText(file)), name);
            var meeting = Assert.Single(graph.Meetings);
            var expected = manifest[name];
            Assert.Equal(expected.Kind, meeting.Kind);
            Assert.Equal(expected.Date, meeting.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(expected.People, meeting.Participants.Select(p => p.PersonId).Order(StringComparer.Ordinal).ToArray());
            Assert.NotEmpty(meeting.Statements);
            Assert.NotEmpty(meeting.Topics);
            Assert.True(meetingIds.Add(meeting.Id), $"{name} reports a meeting another record already reported");
            kinds.Add(meeting.Kind);
            years.Add(meeting.Date!.Value.Year);
        }

        Assert.Equal(Documents, meetingIds.Count);
        Assert.True(kinds.IsSupersetOf(["summit", "foreign-ministers", "telephone"]), $"kinds generated: {string.Join(", ", kinds)}");
        Assert.True(years.Min() <= 1993 && years.Max() >= 2024, $"dates span {years.Min()}-{years.Max()}, not 1991-2026");
    }

    [Fact]
    public async Task More_documents_than_the_period_holds_distinct_meetings_is_refused_with_the_limit()
    {
        var (code, output) = await IngestProcess.RunAsync(_root, Timeout, "bench-corpus", Path.Combine(_root, "huge"), "--documents", "500000");

        Assert.Equal(1, code);
        Assert.Matches(@"holds at most \d+ distinct meetings", output);
        Assert.False(Directory.Exists(Path.Combine(_root, "huge")), "a refused run leaves nothing behind");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<string[]> GenerateAsync(string folder, int seed)
    {
        var path = Path.Combine(_root, folder);
        var (code, output) = await IngestProcess.RunAsync(_root, Timeout, "bench-corpus", path, "--documents", $"{Documents}", "--seed", $"{seed}");
        Assert.True(code == 0, output);
        return Directory.GetFiles(path).Order(StringComparer.Ordinal).ToArray();
    }
}

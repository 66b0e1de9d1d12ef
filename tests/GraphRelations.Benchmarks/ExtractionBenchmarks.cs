using System.Text;
using BenchmarkDotNet.Attributes;
using GraphRelations.Extraction;

namespace GraphRelations.Benchmarks;

/// <summary>
/// Extraction of the shared corpus against a baseline that only decodes and lower-cases the same bytes.
/// Run: <c>dotnet run -c Release --project tests/GraphRelations.Benchmarks -- --filter *ExtractionBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly MeetingRecordExtractor _extractor = new();
    private List<byte[]> _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GraphRelations.sln")))
        {
            dir = dir.Parent;
        }

        var corpus = dir?.Parent is null ? null : Path.Combine(dir.Parent.FullName, "shared", "corpus");
        _documents = corpus is not null && Directory.Exists(corpus)
            ? Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList()
            : throw new InvalidOperationException("../shared/corpus not found next to the repository");
    }

    [Benchmark(Baseline = true)]
    public int DecodeAndLowercase()
    {
        var n = 0;
        foreach (var d in _documents)
        {
            n += Encoding.UTF8.GetString(d).ToLowerInvariant().Length;
        }

        return n;
    }

    [Benchmark]
    public int Extract()
    {
        var n = 0;
        foreach (var d in _documents)
        {
            n += _extractor.Extract(_extractor.Normalize(Encoding.UTF8.GetString(d)), "bench").Meetings.Count;
        }

        return n;
    }
}

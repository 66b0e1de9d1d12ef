using System.Diagnostics;
using System.Globalization;
using System.Text;
using GraphRelations.Extraction;

namespace GraphRelations.Ingestion.Commands;

/// <summary>
/// <c>bench [corpus-folder] [--mb N]</c>: extraction throughput over the corpus repeated to at least N MB (default 50),
/// next to a baseline pass that only reads and lower-cases the same text, measured in the same run.
/// </summary>
internal static class BenchCommand
{
    public static int Run(string[] args)
    {
        var targetMb = 50.0;
        var folders = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--mb" && i + 1 < args.Length)
            {
                targetMb = double.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                folders.Add(args[i]);
            }
        }

        if (folders.Count == 0)
        {
            folders.Add(Path.Combine("..", "shared", "corpus"));
        }

        var texts = folders.SelectMany(f => Directory.Exists(f) ? Directory.EnumerateFiles(f, "*.txt", SearchOption.AllDirectories) : File.Exists(f) ? [f] : [])
            .Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        if (texts.Count == 0)
        {
            Console.Error.WriteLine($"bench: no *.txt files under {string.Join(", ", folders)}");
            return 1;
        }

        var corpusBytes = texts.Sum(t => (long)t.Length);
        var repeats = (int)Math.Ceiling(targetMb * 1024 * 1024 / corpusBytes);
        var totalBytes = corpusBytes * repeats;
        var totalDocs = (long)texts.Count * repeats;

        var extractor = new MeetingRecordExtractor();
        foreach (var t in texts)
        {
            extractor.Extract(extractor.Normalize(Encoding.UTF8.GetString(t)), "warm-up");
        }

        long checksum = 0;
        var sw = Stopwatch.StartNew();
        for (var r = 0; r < repeats; r++)
        {
            foreach (var t in texts)
            {
                // The same decoding both passes pay, then the cheapest whole-text operation: lower-casing.
                checksum += Encoding.UTF8.GetString(t).ToLowerInvariant().Length;
            }
        }

        var baseline = sw.Elapsed;
        sw.Restart();
        long meetings = 0;
        for (var r = 0; r < repeats; r++)
        {
            foreach (var t in texts)
            {
                meetings += extractor.Extract(extractor.Normalize(Encoding.UTF8.GetString(t)), "bench").Meetings.Count;
            }
        }

        var extraction = sw.Elapsed;
        var mb = totalBytes / (1024.0 * 1024.0);
        var extractMbs = mb / extraction.TotalSeconds;
        var baselineMbs = mb / baseline.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {texts.Count} documents, {corpusBytes} bytes, repeated {repeats}x = {mb:F1} MB, {totalDocs} documents"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"extraction: {extraction.TotalSeconds:F2} s, {extractMbs:F2} MB/s, {totalDocs / extraction.TotalSeconds:F0} documents/s ({meetings} meetings)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline (read + lower-case): {baseline.TotalSeconds:F2} s, {baselineMbs:F2} MB/s, {totalDocs / baseline.TotalSeconds:F0} documents/s (checksum {checksum})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio: extraction runs at {extractMbs / baselineMbs:P2} of the baseline's speed (baseline is {baselineMbs / extractMbs:F1}x faster)"));
        return 0;
    }
}

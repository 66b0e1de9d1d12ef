using System.Diagnostics;
using System.Globalization;
using GraphRelations.Ingestion.Bench;

namespace GraphRelations.Ingestion.Commands;

/// <summary>
/// <c>bench-corpus &lt;out&gt; [--documents N] [--seed S]</c>: writes N distinct, deterministic meeting records (default
/// 10,000, seed 1) for the benchmarks, plus a manifest.tsv of the meetings they report.
/// </summary>
internal static class BenchCorpusCommand
{
    public const string Usage = "bench-corpus <out-folder> [--documents N] [--seed S]";

    public static int Run(string[] args)
    {
        string? folder = null;
        var documents = 10_000;
        var seed = 1;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--documents" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    documents = n;
                    i++;
                    break;
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case var a when !a.StartsWith("--", StringComparison.Ordinal) && folder is null:
                    folder = a;
                    break;
                default:
                    Console.Error.WriteLine($"bench-corpus: unexpected argument '{args[i]}' (--documents takes a positive whole number, --seed a whole number)");
                    Console.Error.WriteLine("usage: " + Usage);
                    return 2;
            }
        }

        if (folder is null)
        {
            Console.Error.WriteLine("usage: " + Usage);
            return 2;
        }

        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.txt").Any())
        {
            Console.Error.WriteLine($"bench-corpus: {folder} already holds .txt files; give an empty or new folder");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        try
        {
            var written = BenchCorpus.WriteTo(folder, documents, seed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bench-corpus: {written} records (seed {seed}) written to {Path.GetFullPath(folder)} in {clock.Elapsed.TotalSeconds:F1} s"));
            return 0;
        }
        catch (ArgumentOutOfRangeException ex) when (ex.ParamName == "count")
        {
            Console.Error.WriteLine($"bench-corpus: {documents} documents is too many: {ex.Message.Split(" (Parameter", 2)[0]}");
            return 1;
        }
    }
}

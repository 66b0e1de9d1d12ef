using System.Diagnostics;
using System.Globalization;
using GraphRelations.Graph;
using GraphRelations.Ingestion.Bench;
using GraphRelations.Ingestion.Inbox;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphRelations.Ingestion.Commands;

/// <summary>
/// <c>bench-ingest [archive-folder] [--documents N] [--seed S] [--runs R] [--batch B] [--workers W]</c>: documents per second through
/// the bulk pipeline <c>ingest</c> uses (read and extract on <c>Ingestion:ExtractionWorkers</c> workers, batched commits beside them) into a fresh
/// embedded store per run, and the store's size on disk per document after a WAL checkpoint. Without a folder it first
/// writes N distinct records with <c>bench-corpus</c>'s generator (seed S, default 1) into a temporary folder; with one
/// (made by <c>bench-corpus</c>) it takes its first N <c>*.txt</c> files. Prints every run, then mean and spread.
/// </summary>
internal static class BenchIngestCommand
{
    public const string Usage = "bench-ingest [archive-folder] [--documents N] [--seed S] [--runs R] [--batch B] [--workers W]";

    public static async Task<int> RunAsync(string[] args)
    {
        int documents = 10_000, seed = 1, runs = 1;
        int? batch = null, workers = null;
        string? folder = null;
        for (var i = 0; i < args.Length; i++)
        {
            var number = i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null;
            switch (args[i])
            {
                case "--documents" when number is not null: documents = number.Value; i++; break;
                case "--seed" when number is not null: seed = number.Value; i++; break;
                case "--runs" when number is not null: runs = number.Value; i++; break;
                case "--batch" when number is not null: batch = number.Value; i++; break;
                case "--workers" when number is not null: workers = number.Value; i++; break;
                case var a when !a.StartsWith("--", StringComparison.Ordinal) && folder is null: folder = a; break;
                default:
                    Console.Error.WriteLine($"bench-ingest: unexpected argument '{args[i]}' (options take a positive whole number)\nusage: {Usage}");
                    return 2;
            }
        }

        var scratch = Path.Combine(Path.GetTempPath(), "graphrelations-bench-ingest-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(scratch);
        try
        {
            if (folder is null)
            {
                folder = Path.Combine(scratch, "archive");
                var clock = Stopwatch.StartNew();
                BenchCorpus.WriteTo(folder, documents, seed);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"archive: {documents} generated records (seed {seed}) in {clock.Elapsed.TotalSeconds:F1} s"));
            }

            var files = InPlaceFile.Find(folder).Take(documents).ToList();
            if (files.Count == 0)
            {
                Console.Error.WriteLine($"bench-ingest: no *.txt files under {folder}");
                return 1;
            }

            var sourceBytes = files.Sum(f => new FileInfo(f).Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"input: {files.Count} files from {folder}, {sourceBytes / (double)files.Count / 1024:F2} KB each on average"));
            var figures = new List<(double PerSecond, double BytesPerDocument, PipelineTimings Timings, TimeSpan Cpu)>();
            for (var run = 1; run <= runs; run++)
            {
                var figure = await RunOnceAsync(files, Path.Combine(scratch, $"run-{run}.db"), batch, workers);
                figures.Add(figure);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run}: {figure.PerSecond:F0} documents/s, {figure.BytesPerDocument / 1024:F2} KB per document on disk"));
                Console.WriteLine(Describe(figure.Timings, figure.Cpu, files.Count));
            }

            var rates = figures.Select(f => f.PerSecond).ToList();
            var mean = rates.Average();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"summary: {files.Count} documents x {runs} run(s): {mean:F0} documents/s mean (min {rates.Min():F0}, max {rates.Max():F0}, spread {(rates.Max() - rates.Min()) / mean * 100:F1}%), {figures.Average(f => f.BytesPerDocument) / 1024:F2} KB per document"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>Which half was the limit: the extraction workers' busy time against the writer's, per document and as a share of the run.</summary>
    private static string Describe(PipelineTimings t, TimeSpan cpu, int documents)
    {
        var wall = t.Elapsed.TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"  cpu: {cpu.TotalSeconds:F2} s for the process over {wall:F2} s ({cpu.TotalSeconds / wall:F2} cores, {cpu.TotalMilliseconds / documents:F3} ms per document); " +
            $"extraction: {t.Workers} worker(s) inside prepare {t.Preparing.TotalSeconds:F2} s, wall clock including waits for a core ({t.Preparing.TotalMilliseconds / documents:F3} ms per document, {t.Preparing.TotalSeconds / (wall * t.Workers) * 100:F0}% of {t.Workers} x {wall:F2} s); " +
            $"writer: {t.Writing.TotalSeconds:F2} s in store transactions ({t.Writing.TotalMilliseconds / documents:F3} ms per document, {t.Writing.TotalSeconds / wall * 100:F0}% of the run{WriterCpu(t, documents)}), " +
            $"{t.Acknowledging.TotalSeconds:F2} s acknowledging, {t.WriterIdle.TotalSeconds:F2} s waiting for extraction; {t.Batches} batches ({documents / (double)Math.Max(t.Batches, 1):F0} documents each)");
    }

    /// <summary>The writer's own CPU per document: what caps the rate when the writer is busy all the run, whatever else loads the machine.</summary>
    private static string WriterCpu(PipelineTimings t, int documents) => t.WriterCpu is { } cpu
        ? string.Create(CultureInfo.InvariantCulture, $", {cpu.TotalMilliseconds / documents:F3} ms CPU per document")
        : "";

    private static async Task<(double PerSecond, double BytesPerDocument, PipelineTimings Timings, TimeSpan Cpu)> RunOnceAsync(List<string> files, string database, int? batch, int? workers)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var settings = new Dictionary<string, string?> { ["GraphStore:EmbeddedPath"] = database };
        if (batch is not null)
        {
            settings["Ingestion:BatchSize"] = batch.Value.ToString(CultureInfo.InvariantCulture);
        }

        if (workers is not null)
        {
            settings["Ingestion:ExtractionWorkers"] = workers.Value.ToString(CultureInfo.InvariantCulture);
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddIngestion(builder.Configuration);
        long ingested = 0, refused = 0;
        PipelineTimings timings;
        TimeSpan cpu;
        using (var host = builder.Build())
        {
            await host.StartAsync();
            var ingestor = host.Services.GetRequiredService<DocumentIngestor>();
            await ingestor.EnsureStoreInitializedAsync();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            timings = await host.Services.GetRequiredService<BatchIngestor>().RunAsync(
                files,
                (file, ct) => InPlaceFile.PrepareAsync(ingestor, file, ct),
                committed =>
                {
                    foreach (var (_, result) in committed)
                    {
                        if (result.IsQuarantined)
                        {
                            refused++;
                        }
                        else
                        {
                            ingested++;
                        }
                    }

                    return Task.CompletedTask;
                });
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var counts = await host.Services.GetRequiredService<IGraphStore>().CountAsync();
            Console.WriteLine($"  graph: {ingested} ingested, {refused} refused; " + string.Join(", ", counts.Nodes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));
            await host.StopAsync();
        }

        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database }.ToString()))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        var bytes = new[] { database, database + "-wal", database + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        return (files.Count / timings.Elapsed.TotalSeconds, bytes / (double)Math.Max(ingested, 1), timings, cpu);
    }
}

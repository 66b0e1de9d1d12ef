using System.Diagnostics;
using System.Globalization;
using System.Text;
using GraphRelations.Graph;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphRelations.Ingestion.Commands;

/// <summary>
/// <c>bench-ingest [corpus-folder] [--documents N]</c>: documents per second through the whole pipeline (validate,
/// extract, one-transaction write) into a fresh embedded store, with the corpus repeated to at least N documents
/// (default 10,000) and a distinguishing line appended to each copy so every copy is a new document; then the
/// store's size on disk per document after a WAL checkpoint.
/// </summary>
internal static class BenchIngestCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var target = 10_000;
        string? folder = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--documents" && i + 1 < args.Length)
            {
                target = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                folder = args[i];
            }
        }

        folder ??= Path.Combine("..", "shared", "corpus");
        var texts = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray()
            : [];
        if (texts.Length == 0)
        {
            Console.Error.WriteLine($"bench-ingest: no *.txt files under {folder}");
            return 1;
        }

        var scratch = Path.Combine(Path.GetTempPath(), "graphrelations-bench-ingest-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(scratch);
        var database = Path.Combine(scratch, "graphrelations.db");
        var repeats = (int)Math.Ceiling(target / (double)texts.Length);
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["GraphStore:EmbeddedPath"] = database });
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddIngestion(builder.Configuration);
            long documents = 0, meetings = 0, refused = 0;
            TimeSpan elapsed;
            GraphRelations.Graph.Model.GraphCounts counts;
            using (var host = builder.Build())
            {
                await host.StartAsync();
                var ingestor = host.Services.GetRequiredService<DocumentIngestor>();
                await ingestor.EnsureStoreInitializedAsync();
                var clock = Stopwatch.StartNew();
                for (var r = 0; r < repeats; r++)
                {
                    for (var t = 0; t < texts.Length; t++)
                    {
                        var text = r == 0 ? texts[t] : texts[t] + $"\n\nBenchmark copy {r}.\n";
                        var result = await ingestor.IngestAsync(Encoding.UTF8.GetBytes(text), $"copy-{r}-{t}.txt");
                        if (result.IsQuarantined)
                        {
                            refused++;
                        }
                        else
                        {
                            documents++;
                            meetings += result.Meetings;
                        }
                    }
                }

                elapsed = clock.Elapsed;
                counts = await host.Services.GetRequiredService<IGraphStore>().CountAsync();
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
            var total = documents + refused;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"corpus: {texts.Length} files from {folder}, repeated {repeats}x = {total} inputs ({refused} refused as off-genre or invalid)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ingested: {documents} documents, {meetings} meetings reported, in {elapsed.TotalSeconds:F1} s = {total / elapsed.TotalSeconds:F0} documents/s ({elapsed.TotalMilliseconds / total:F2} ms each)"));
            Console.WriteLine("graph: " + string.Join(", ", counts.Nodes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"on disk after checkpoint: {bytes / 1048576.0:F1} MB = {bytes / (double)Math.Max(documents, 1) / 1024:F1} KB per document (source text averages {texts.Average(t => Encoding.UTF8.GetByteCount(t)) / 1024:F1} KB)"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
        }
    }
}

using GraphRelations.Ingestion.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphRelations.Ingestion.Commands;

/// <summary>
/// <c>ingest &lt;file-or-folder&gt; [--plain] [--Key=Value ...]</c>: reads every <c>*.txt</c> in place (subfolders included,
/// hidden entries skipped) through the same pipeline as the worker, once, and exits. Nothing is moved, renamed or written
/// beside the files, whatever the folder's permissions, so a folder its user cannot write works too. Moving files through
/// an inbox is <see cref="WatchCommand"/>'s job alone.
/// </summary>
/// <remarks>
/// Exit code 0 when every file was ingested or reported (a refused, vanished or unreadable file is reported in the
/// summary, not fatal), 1 when the store failed or the path does not exist, 2 for usage, 130 when interrupted.
/// </remarks>
internal static class IngestCommand
{
    private const string UsageText = "usage: ingest <file-or-folder> [--plain] [--Key=Value ...]";

    public static async Task<int> RunAsync(string[] args)
    {
        if (RetiredFlag(args) is { } hint)
        {
            Console.Error.WriteLine($"ingest: {hint}");
            return 2;
        }

        var parsed = CommandArguments.Parse(args, "--plain");
        if (parsed.Path is null)
        {
            Console.Error.WriteLine(parsed.Error is null ? UsageText : $"ingest: {parsed.Error}\n{UsageText}");
            return 2;
        }

        var target = Path.GetFullPath(parsed.Path);
        if (!File.Exists(target) && !Directory.Exists(target))
        {
            Console.Error.WriteLine($"ingest: {parsed.Path}: no such file or folder");
            return 1;
        }

        using var host = CommandHost.CreateBuilder(parsed.ConfigurationArgs, derived: null, perFileLogs: false).Build();
        if (await CommandHost.StartAsync(host, "ingest", initializeStore: true) is { } failed)
        {
            return failed;
        }

        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var report = new IngestReport(interactive: !Console.IsOutputRedirected && !parsed.Has("--plain"), refused: "rejected");
        var tally = new IngestionTally();
        var run = new InPlaceRun(host.Services.GetRequiredService<DocumentIngestor>(), target, tally);
        try
        {
            var failure = await report.RunAsync(run.Files.Count + run.Unlisted.Count, onFile => run.ExecuteAsync(onFile, stopping));
            report.PrintSummary(tally);
            if (failure is not null)
            {
                Console.Error.WriteLine($"ingest: {failure}");
                return 1;
            }

            if (run.Files.Count == 0 && run.Unlisted.Count == 0)
            {
                Console.Error.WriteLine($"ingest: no *.txt files under {parsed.Path}");
            }

            return 0;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            report.PrintSummary(tally);
            Console.Error.WriteLine("ingest: interrupted; files already ingested stay in the store");
            return 130;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static string? RetiredFlag(string[] args)
    {
        if (args.Contains("--in-place"))
        {
            return "--in-place is gone: ingest always reads in place now (nothing is moved or written beside the files)";
        }

        return args.Contains("--once")
            ? "--once is gone: ingest always runs once; to drain an inbox into processed/quarantine use: watch <inbox> --once"
            : null;
    }

    /// <summary>One pass over the files found under the target; stops at the first store failure and says what was left.</summary>
    private sealed class InPlaceRun
    {
        private readonly DocumentIngestor _ingestor;
        private readonly string _target;
        private readonly IngestionTally _tally;

        public InPlaceRun(DocumentIngestor ingestor, string target, IngestionTally tally)
        {
            _ingestor = ingestor;
            _target = target;
            _tally = tally;
            Files = InPlaceFile.Find(target, (folder, error) => Unlisted.Add((folder, error.Message)));
        }

        public IReadOnlyList<string> Files { get; }

        public List<(string Folder, string Error)> Unlisted { get; } = [];

        /// <returns>Null when every file was ingested or reported; otherwise what failed.</returns>
        public async Task<string?> ExecuteAsync(Action<FileOutcome> onFile, CancellationToken cancellationToken)
        {
            foreach (var (folder, error) in Unlisted)
            {
                Record(onFile, new FileOutcome(DisplayName(folder) + Path.DirectorySeparatorChar, FileStatus.Quarantined,
                    IngestionResult.Rejected(RejectionReasons.Unreadable, $"the folder could not be listed: {error}")));
            }

            for (var i = 0; i < Files.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                FileOutcome outcome;
                try
                {
                    outcome = await InPlaceFile.IngestAsync(_ingestor, Files[i], cancellationToken);
                }
#pragma warning disable CA1031 // The pipeline throws only for the store: stop there, the files stay as they are for a rerun.
                catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    return $"the graph store failed on {DisplayName(Files[i])}: {ex.Message}; {Files.Count - i} file(s) were not ingested";
                }

                Record(onFile, outcome with { File = DisplayName(Files[i]) });
            }

            return null;
        }

        private void Record(Action<FileOutcome> onFile, FileOutcome outcome)
        {
            _tally.Record(outcome);
            onFile(outcome);
        }

        private string DisplayName(string path) =>
            Directory.Exists(_target) ? Path.GetRelativePath(_target, path) : Path.GetFileName(path);
    }
}

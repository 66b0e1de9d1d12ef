using System.Diagnostics;
using GraphRelations.Ingestion;
using GraphRelations.Ingestion.Inbox;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace GraphRelations.Api.Seeding;

/// <summary>
/// Loads the folders named by <see cref="SeedOptions.SeedPaths"/> in place through the same <see cref="DocumentIngestor"/>
/// the inbox worker and POST /api/documents use, counting in <see cref="SeedProgress"/>, then says where to look.
/// </summary>
internal sealed partial class CorpusSeeder(
    DocumentIngestor ingestor,
    IOptions<SeedOptions> options,
    SeedProgress progress,
    IServer server,
    IHostEnvironment environment,
    IHostApplicationLifetime lifetime,
    ILogger<CorpusSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ingestor.EnsureStoreInitializedAsync(stoppingToken);
            var folders = options.Value.SeedPaths.Where(path => !string.IsNullOrWhiteSpace(path)).ToList();
            if (folders.Count > 0)
            {
                await LoadAsync(folders, stoppingToken);
            }
        }
        finally
        {
            // Readiness must not hang on a failed load: the failure is logged and the service reports what it has.
            progress.MarkComplete();
        }

        // The listening address is known only once the server has started, which may be after a small load finished.
        await WhenStartedAsync(stoppingToken);
        var address = AddressOf(server);
        LogPages(address + "/topics/territorial-issue", address + "/");
    }

    private async Task LoadAsync(IReadOnlyList<string> folders, CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        var tally = new Dictionary<IngestionOutcome, int>();
        var files = new List<string>();
        foreach (var folder in folders)
        {
            var path = Path.GetFullPath(folder, environment.ContentRootPath);
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                LogMissingFolder(path);
                continue;
            }

            // The same reading as `ingest`: every *.txt in place, subfolders included; nothing moved or written beside them.
            files.AddRange(InPlaceFile.Find(path, (unlisted, error) => LogUnlisted(unlisted, error.Message)));
        }

        progress.Listed(files.Count);
        foreach (var file in files)
        {
            var result = (await InPlaceFile.IngestAsync(ingestor, file, stoppingToken)).Result!;
            tally[result.Outcome] = tally.GetValueOrDefault(result.Outcome) + 1;
            if (result.IsQuarantined)
            {
                LogRefused(file, result.Reason, result.Detail);
            }

            progress.FileLoaded();
        }

        var inserted = tally.GetValueOrDefault(IngestionOutcome.Inserted);
        var replaced = tally.GetValueOrDefault(IngestionOutcome.Replaced);
        var unchanged = tally.GetValueOrDefault(IngestionOutcome.Unchanged);
        var quarantined = tally.GetValueOrDefault(IngestionOutcome.Quarantined);
        var seconds = clock.Elapsed.TotalSeconds;
        LogLoaded(files.Count, inserted, replaced, unchanged, quarantined, seconds);
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }

    private static string AddressOf(IServer server) =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.TrimEnd('/') ?? "";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed folder {Folder} does not exist; skipped")]
    private partial void LogMissingFolder(string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed folder {Folder} could not be listed ({Error}); its files are skipped")]
    private partial void LogUnlisted(string folder, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed file {File} refused: {Reason}: {Detail}")]
    private partial void LogRefused(string file, string? reason, string? detail);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Seed corpus loaded: {Files} files ({Inserted} inserted, {Replaced} replaced, {Unchanged} unchanged, {Refused} refused) in {Seconds:F1} s")]
    private partial void LogLoaded(int files, int inserted, int replaced, int unchanged, int refused, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ready. Topic timeline: {TimelineUrl}  (all topics: {IndexUrl})")]
    private partial void LogPages(string timelineUrl, string indexUrl);
}

using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphRelations.Ingestion.Inbox;

/// <summary>
/// Watches the inbox: a file system watcher for promptness, a periodic rescan because watchers miss events
/// (buffer overflow, network shares, files present before start). Every pass goes through <see cref="InboxProcessor"/>.
/// </summary>
public sealed class InboxWorker(
    InboxProcessor processor,
    IngestionTally tally,
    IOptions<IngestionOptions> options,
    TimeProvider clock,
    ILogger<InboxWorker> logger) : BackgroundService
{
    // One pending wake-up is enough: a pass sees every file present when it starts.
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var watcher = await StartWatcherAsync(stoppingToken);
        var lastSummary = clock.GetUtcNow();
        var lastReported = string.Empty;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = settings.RescanInterval;
                var listenToWatcher = true;
                try
                {
                    var pass = await processor.RunPassAsync(cancellationToken: stoppingToken);
                    if (pass.StoreFailed)
                    {
                        // Returning the file to the inbox fires the watcher; back off instead of spinning on a broken store.
                        listenToWatcher = false;
                    }
                    else if (pass.Unsettled > 0)
                    {
                        wait = settings.SettleTime < wait ? settings.SettleTime + TimeSpan.FromMilliseconds(50) : wait;
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
#pragma warning disable CA1031 // A failing pass (disk, permissions) must not stop the worker; the next pass retries.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    logger.PassFailed(ex, processor.InboxPath, wait);
                    listenToWatcher = false;
                }

                if (clock.GetUtcNow() - lastSummary >= settings.SummaryInterval)
                {
                    lastSummary = clock.GetUtcNow();
                    var summary = tally.ToString();
                    if (summary != lastReported)
                    {
                        logger.Progress(tally.Ingested, tally.Unchanged, tally.Quarantined, summary);
                        lastReported = summary;
                    }
                }

                await WaitAsync(wait, listenToWatcher, stoppingToken);
            }
        }
        finally
        {
            logger.Stopped(tally.Ingested, tally.Unchanged, tally.Quarantined, tally.ToString());
        }
    }

    private async Task<FileSystemWatcher?> StartWatcherAsync(CancellationToken stoppingToken)
    {
        // Creates the folders (and the lease) before the watcher needs them.
        while (true)
        {
            try
            {
                processor.Start();
                break;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.PrepareFailed(ex, processor.InboxPath);
                await Task.Delay(options.Value.RescanInterval, clock, stoppingToken);
            }
        }

        try
        {
            var watcher = new FileSystemWatcher(processor.InboxPath, "*.txt")
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Created += (_, _) => _wake.Writer.TryWrite(true);
            watcher.Renamed += (_, _) => _wake.Writer.TryWrite(true);
            watcher.Changed += (_, _) => _wake.Writer.TryWrite(true);
            watcher.Error += (_, e) =>
            {
                logger.WatcherError(e.GetException());
                _wake.Writer.TryWrite(true);
            };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException)
        {
            // inotify limits reached, say: the periodic rescan still finds every file, only later.
            logger.WatchFailed(ex, processor.InboxPath, options.Value.RescanInterval);
            return null;
        }
    }

    private async Task WaitAsync(TimeSpan timeout, bool listenToWatcher, CancellationToken stoppingToken)
    {
        // Wake-ups that arrived during the last pass are kept: they may be for files that pass listed too early.
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timer.CancelAfter(timeout);
        try
        {
            if (listenToWatcher)
            {
                await _wake.Reader.ReadAsync(timer.Token);
            }
            else
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, timer.Token);
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Rescan interval elapsed.
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}

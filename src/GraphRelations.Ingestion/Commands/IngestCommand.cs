using GraphRelations.Ingestion.Inbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace GraphRelations.Ingestion.Commands;

/// <summary>
/// <c>ingest &lt;file-or-folder&gt; [--once] [--in-place] [--Key=Value ...]</c>: bulk load through the same pipeline as the worker.
/// </summary>
/// <remarks>
/// Which files move, and where:
/// <list type="bullet">
/// <item>A folder is an inbox: each top-level <c>*.txt</c> is claimed, ingested and moved to <c>&lt;folder&gt;/processed</c> or
/// <c>&lt;folder&gt;/quarantine</c> (beside <c>&lt;name&gt;.error.json</c>), exactly as the worker does, so an <c>ingest</c> and a
/// worker (or two <c>ingest</c>s) can share it. <c>Ingestion:ProcessedPath</c> / <c>QuarantinePath</c>, when configured, win.
/// Without <c>--once</c> it then keeps watching.</item>
/// <item>A single file, a folder whose permissions grant no write access (like <c>../shared/corpus</c>), or any folder with
/// <c>--in-place</c> is read in place: nothing is moved or written beside the files, subfolders are included, and it runs once.</item>
/// </list>
/// Exit code 0 when every file was ingested or quarantined, 1 when the store failed or the path does not exist, 2 for usage.
/// </remarks>
internal static class IngestCommand
{
    private const string UsageText = "usage: ingest <file-or-folder> [--once] [--in-place] [--Key=Value ...]";

    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = IngestArguments.Parse(args);
        if (parsed is null)
        {
            Console.Error.WriteLine(UsageText);
            return 2;
        }

        var target = Path.GetFullPath(parsed.Path);
        var isFile = File.Exists(target);
        if (!isFile && !Directory.Exists(target))
        {
            Console.Error.WriteLine($"ingest: {parsed.Path}: no such file or folder");
            return 1;
        }

        var inPlace = isFile || parsed.InPlace || IsReadOnlyFolder(target);
        var watch = !inPlace && !parsed.Once;

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = parsed.ConfigurationArgs,
            // appsettings.json ships beside the executable; relative data paths still resolve against the working folder.
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (!inPlace)
        {
            builder.Configuration.AddInMemoryCollection(InboxSettings(builder.Configuration, target));
            builder.Configuration.AddCommandLine(parsed.ConfigurationArgs); // explicit settings still win
        }

        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (!watch && builder.Configuration["Logging:LogLevel:GraphRelations"] is null)
        {
            // The progress display and the summary say what happened; per-file logs would only interleave with them.
            builder.Logging.AddFilter("GraphRelations", LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        }

        builder.Services.AddIngestion(builder.Configuration);
        if (watch)
        {
            builder.Services.AddInboxWorker();
        }
        else
        {
            builder.Services.AddInboxProcessor();
        }

        using var host = builder.Build();
        var report = new IngestReport(interactive: !Console.IsOutputRedirected && !parsed.Plain);
        if (watch)
        {
            Console.Error.WriteLine($"ingest: watching {target} (Ctrl+C to stop)");
            await host.StartAsync();
            await host.WaitForShutdownAsync();
            report.PrintSummary(host.Services.GetRequiredService<IngestionTally>());
            return 0;
        }

        await host.StartAsync();
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        try
        {
            await host.Services.GetRequiredService<DocumentIngestor>().EnsureStoreInitializedAsync(stopping);
            var succeeded = inPlace
                ? await IngestInPlaceAsync(host.Services, target, report, stopping)
                : await DrainInboxAsync(host.Services, report, stopping);
            report.PrintSummary(host.Services.GetRequiredService<IngestionTally>());
            return succeeded ? 0 : 1;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            report.PrintSummary(host.Services.GetRequiredService<IngestionTally>());
            return 1;
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static Dictionary<string, string?> InboxSettings(ConfigurationManager configuration, string folder)
    {
        var settings = new Dictionary<string, string?> { ["Ingestion:InboxPath"] = folder };
        if (configuration["Ingestion:ProcessedPath"] is null)
        {
            settings["Ingestion:ProcessedPath"] = Path.Combine(folder, "processed");
        }

        if (configuration["Ingestion:QuarantinePath"] is null)
        {
            settings["Ingestion:QuarantinePath"] = Path.Combine(folder, "quarantine");
        }

        return settings;
    }

    /// <summary>Passes over the inbox until it is empty: files that arrive meanwhile are taken too.</summary>
    private static async Task<bool> DrainInboxAsync(IServiceProvider services, IngestReport report, CancellationToken cancellationToken)
    {
        var processor = services.GetRequiredService<InboxProcessor>();
        var settle = services.GetRequiredService<IOptions<IngestionOptions>>().Value.SettleTime;
        processor.Start();
        return await report.RunAsync(processor.ListPending().Count, async onFile =>
        {
            while (true)
            {
                var pass = await processor.RunPassAsync(onFile, cancellationToken);
                if (pass.StoreFailed)
                {
                    return false;
                }

                if (pass.Unsettled > 0)
                {
                    await Task.Delay(settle, cancellationToken);
                }
                else if (pass.Handled == 0)
                {
                    return true;
                }
            }
        });
    }

    private static async Task<bool> IngestInPlaceAsync(IServiceProvider services, string target, IngestReport report, CancellationToken cancellationToken)
    {
        var ingestor = services.GetRequiredService<DocumentIngestor>();
        var tally = services.GetRequiredService<IngestionTally>();
        var files = File.Exists(target)
            ? [target]
            : Directory.GetFiles(target, "*.txt", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}{InboxProcessor.ClaimsFolderName}{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToArray();
        return await report.RunAsync(files.Length, async onFile =>
        {
            foreach (var file in files)
            {
                var outcome = await InPlaceFile.IngestAsync(ingestor, file, cancellationToken);
                tally.Record(outcome);
                onFile(outcome);
            }

            return true;
        });
    }

    /// <summary>No write permission for anyone: even root must not move files out of a folder meant to be read-only.</summary>
    private static bool IsReadOnlyFolder(string folder)
    {
        if (!OperatingSystem.IsWindows())
        {
            const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
            if ((File.GetUnixFileMode(folder) & anyWrite) == 0)
            {
                return true;
            }
        }

        return new DirectoryInfo(folder).Attributes.HasFlag(FileAttributes.ReadOnly);
    }
}

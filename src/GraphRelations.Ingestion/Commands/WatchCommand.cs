using GraphRelations.Ingestion.Inbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphRelations.Ingestion.Commands;

/// <summary>
/// <c>watch &lt;inbox&gt; [--once] [--plain] [--Key=Value ...]</c>: the inbox worker, the only verb that moves files. Each
/// top-level <c>*.txt</c> is claimed, ingested and moved to <c>&lt;inbox&gt;/processed</c> or <c>&lt;inbox&gt;/quarantine</c>
/// (beside <c>&lt;name&gt;.error.json</c>); <c>Ingestion:ProcessedPath</c> / <c>QuarantinePath</c>, when configured, win.
/// Several workers (and the service's in-process worker) can share one inbox.
/// </summary>
/// <remarks>
/// Without <c>--once</c> it runs <see cref="InboxWorker"/>, as the worker image does, until stopped. With <c>--once</c> it
/// passes over the inbox until it is empty and exits: 0 when every file was processed or quarantined, 1 when the store
/// failed (the file went back to the inbox) or the inbox does not exist, 2 for usage.
/// </remarks>
internal static class WatchCommand
{
    private const string UsageText = "usage: watch <inbox> [--once] [--plain] [--Key=Value ...]";

    public static async Task<int> RunAsync(string[] args)
    {
        var parsed = CommandArguments.Parse(args, "--once", "--plain");
        if (parsed.Path is null)
        {
            Console.Error.WriteLine(parsed.Error is null ? UsageText : $"watch: {parsed.Error}\n{UsageText}");
            return 2;
        }

        var inbox = Path.GetFullPath(parsed.Path);
        if (File.Exists(inbox))
        {
            Console.Error.WriteLine($"watch: {parsed.Path} is a file; watch takes an inbox folder (to read files in place, use: ingest {parsed.Path})");
            return 2;
        }

        if (!Directory.Exists(inbox))
        {
            // A mistyped inbox must not become a new, silently watched folder.
            Console.Error.WriteLine($"watch: {parsed.Path}: no such folder");
            return 1;
        }

        var once = parsed.Has("--once");
        var builder = CommandHost.CreateBuilder(parsed.ConfigurationArgs, configuration => InboxSettings(configuration, inbox), perFileLogs: !once);
        if (once)
        {
            builder.Services.AddInboxProcessor();
        }
        else
        {
            builder.Services.AddInboxWorker();
        }

        using var host = builder.Build();
        var report = new IngestReport(interactive: !Console.IsOutputRedirected && !parsed.Has("--plain"), refused: "quarantined");
        if (!once)
        {
            if (await CommandHost.StartAsync(host, "watch", initializeStore: false) is { } failed)
            {
                return failed;
            }

            Console.Error.WriteLine($"watch: watching {inbox} (Ctrl+C to stop)");
            await host.WaitForShutdownAsync();
            report.PrintSummary(host.Services.GetRequiredService<IngestionTally>());
            return 0;
        }

        if (await CommandHost.StartAsync(host, "watch", initializeStore: true) is { } notStarted)
        {
            return notStarted;
        }

        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        try
        {
            var drained = await DrainAsync(host.Services, report, stopping);
            report.PrintSummary(host.Services.GetRequiredService<IngestionTally>());
            return drained ? 0 : 1;
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

    /// <summary>The inbox is the path given; processed and quarantine default to its subfolders unless configured elsewhere.</summary>
    private static Dictionary<string, string?> InboxSettings(IConfiguration configured, string inbox)
    {
        var settings = new Dictionary<string, string?> { ["Ingestion:InboxPath"] = inbox };
        if (configured["Ingestion:ProcessedPath"] is null)
        {
            settings["Ingestion:ProcessedPath"] = Path.Combine(inbox, "processed");
        }

        if (configured["Ingestion:QuarantinePath"] is null)
        {
            settings["Ingestion:QuarantinePath"] = Path.Combine(inbox, "quarantine");
        }

        return settings;
    }

    /// <summary>Passes over the inbox until it is empty: files that arrive meanwhile are taken too.</summary>
    private static async Task<bool> DrainAsync(IServiceProvider services, IngestReport report, CancellationToken cancellationToken)
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
}

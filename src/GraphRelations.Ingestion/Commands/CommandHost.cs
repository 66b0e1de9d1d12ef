using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphRelations.Ingestion.Commands;

/// <summary>The generic host the <c>ingest</c> and <c>watch</c> verbs run in: settings, logging, the ingestion pipeline.</summary>
internal static class CommandHost
{
    /// <param name="configurationArgs">The <c>--Section:Key=Value</c> overrides from the command line; they win over everything.</param>
    /// <param name="derived">Settings the verb derives from its arguments, given the configuration so far (files, environment,
    /// command line); they are layered on top, then the command line again so explicit settings still win.</param>
    /// <param name="perFileLogs">Keep the per-file information logs (a long-running worker); otherwise the progress display and
    /// the summary say what happened, and per-file logs would only interleave with them.</param>
    public static HostApplicationBuilder CreateBuilder(string[] configurationArgs, Func<IConfiguration, IDictionary<string, string?>>? derived, bool perFileLogs)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = configurationArgs,
            // appsettings.json ships beside the executable; relative data paths still resolve against the working folder.
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (derived is not null)
        {
            builder.Configuration.AddInMemoryCollection(derived(builder.Configuration));
            builder.Configuration.AddCommandLine(configurationArgs);
        }

        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (!perFileLogs && builder.Configuration["Logging:LogLevel:GraphRelations"] is null)
        {
            builder.Logging.AddFilter("GraphRelations", LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
            // A failed start is reported by StartAsync in one line; the host's own log of it is a stack trace.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        }

        builder.Services.AddIngestion(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Starts the host (and, with <paramref name="initializeStore"/>, the store's schema): a bad setting or a store that
    /// cannot be opened becomes one line and an exit code, not a stack trace. Null when started.
    /// </summary>
    public static async Task<int?> StartAsync(IHost host, string verb, bool initializeStore)
    {
        try
        {
            await host.StartAsync();
            if (initializeStore)
            {
                await host.Services.GetRequiredService<DocumentIngestor>().EnsureStoreInitializedAsync();
            }

            return null;
        }
        catch (OptionsValidationException ex)
        {
            Console.Error.WriteLine($"{verb}: invalid settings: {string.Join(" ", ex.Failures)}");
            return 2;
        }
#pragma warning disable CA1031 // Whatever the store throws, the user gets one line and a non-zero exit code.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"{verb}: the graph store could not be opened: {ex.Message}");
            return 1;
        }
    }
}

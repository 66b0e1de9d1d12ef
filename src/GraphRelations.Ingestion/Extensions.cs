using GraphRelations.Extraction;
using GraphRelations.Graph;
using GraphRelations.Ingestion.Inbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphRelations.Ingestion;

/// <summary>DI composition for ingestion.</summary>
public static class Extensions
{
    /// <summary>
    /// Registers <see cref="DocumentIngestor"/> and <see cref="IngestionOptions"/> (section <c>Ingestion</c>, validated on
    /// start), with what the pipeline cannot run without: the extractor and the graph store chosen by configuration.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddExtraction();
        services.AddGraphStore(configuration);
        services.AddOptions<IngestionOptions>()
            .Bind(configuration.GetSection(IngestionOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestionOptions>, IngestionOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DocumentIngestor>();
        return services;
    }

    /// <summary>Registers the inbox folder logic and the <see cref="InboxWorker"/> that watches it. Call after <see cref="AddIngestion"/>.</summary>
    public static IServiceCollection AddInboxWorker(this IServiceCollection services)
    {
        services.AddInboxProcessor();
        services.AddHostedService<InboxWorker>();
        return services;
    }

    /// <summary>Registers the inbox folder logic alone, for one-shot passes (<c>watch --once</c>) without the watching worker.</summary>
    public static IServiceCollection AddInboxProcessor(this IServiceCollection services)
    {
        services.TryAddSingleton<IngestionTally>();
        services.TryAddSingleton<InboxProcessor>();
        return services;
    }
}

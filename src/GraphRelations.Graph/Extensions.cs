using GraphRelations.Graph.Embedded;
using GraphRelations.Graph.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphRelations.Graph;

/// <summary>DI composition for the graph store.</summary>
public static class Extensions
{
    /// <summary>
    /// Registers <see cref="IGraphStore"/>: the Neo4j adapter when <c>Neo4j:Uri</c> is configured, otherwise the
    /// embedded SQLite store at <c>GraphStore:EmbeddedPath</c> (default <c>data/graphrelations.db</c>). Also
    /// registers a hosted service that initialises the store at start-up (<c>GraphStore:InitializeOnStart</c>).
    /// Calling it again is harmless: the first registration stands.
    /// </summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(IGraphStore)))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StoreHealth>();
        services.AddOptions<EmbeddedStoreOptions>()
            .Bind(configuration.GetSection(EmbeddedStoreOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.EmbeddedPath), "GraphStore:EmbeddedPath must name a file.")
            .ValidateOnStart();

        if (!string.IsNullOrWhiteSpace(configuration["Neo4j:Uri"]))
        {
            services.AddNeo4jGraphStore(configuration);
        }
        else
        {
            services.AddSingleton<EmbeddedGraphStore>();
            services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<EmbeddedGraphStore>());
        }

        services.AddHostedService<GraphStoreInitializer>();
        return services;
    }
}

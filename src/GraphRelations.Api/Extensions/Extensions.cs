using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using GraphRelations.Api.Caching;
using GraphRelations.Api.Health;
using GraphRelations.Api.Security;
using GraphRelations.Api.Seeding;
using GraphRelations.Ingestion;

namespace GraphRelations.Api.Extensions;

public static class Extensions
{
    /// <summary>Composes the query service: store, extraction, ingestion (inbox worker and start-up corpus load) and the HTTP surface.</summary>
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddIngestion(builder.Configuration);
        services.AddInboxWorker();

        services.AddOptions<SeedOptions>().Bind(builder.Configuration.GetSection(SeedOptions.SectionName));
        services.AddSingleton<SeedProgress>();
        services.AddHostedService<CorpusSeeder>();

        services.AddWriteAccess(builder.Configuration);
        services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
        services.AddApiProblemDetails();
        services.AddResponseCache(builder.Configuration);
        services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));

        services.AddOpenApi();
        services.AddOptions<ApiDocumentationOptions>().Bind(builder.Configuration.GetSection(ApiDocumentationOptions.SectionName));

        // The start-up corpus load is not a health check: /health/ready answers "loading" itself (Health/Readiness.cs).
        services.AddHealthChecks()
            .AddCheck<GraphStoreHealthCheck>("graph-store", tags: [HealthTags.Ready]);
    }
}

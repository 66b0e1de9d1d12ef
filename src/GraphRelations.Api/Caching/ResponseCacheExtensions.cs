using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace GraphRelations.Api.Caching;

public static class ResponseCacheExtensions
{
    /// <summary>ASP.NET Core's output cache, bounded and configured from <see cref="ResponseCacheOptions"/>.</summary>
    public static IServiceCollection AddResponseCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ResponseCacheOptions>().Bind(configuration.GetSection(ResponseCacheOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ResponseCacheOptions>, ResponseCacheOptionsValidator>();
        services.AddOutputCache(options => options.AddPolicy(StoreVersionCachePolicy.Name, StoreVersionCachePolicy.Instance));
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<ResponseCacheOptions>>((output, settings) =>
        {
            var cache = settings.Value;
            output.SizeLimit = cache.SizeLimitMegabytes * 1024L * 1024L;
            output.MaximumBodySize = cache.MaximumResponseKilobytes * 1024L;
            output.DefaultExpirationTimeSpan = TimeSpan.FromSeconds(cache.ExpirationSeconds);
            // Ids are case-sensitive: /api/meetings/A and /api/meetings/a are different meetings.
            output.UseCaseSensitivePaths = true;
        });
        return services;
    }

    /// <summary>Serves repeated reads from memory unless <c>Api:ResponseCache:Enabled</c> is false.</summary>
    public static IApplicationBuilder UseResponseCache(this IApplicationBuilder app)
    {
        // Read on the first request, not while the pipeline is built: invalid settings must fail the start through
        // ValidateOnStart (one clear line), not as an exception out of the composition.
        var settings = app.ApplicationServices.GetRequiredService<IOptions<ResponseCacheOptions>>();
        return app.UseWhen(_ => settings.Value.Enabled, cached => cached.UseOutputCache());
    }

    /// <summary>
    /// A read whose answer changes only when a document is written: strong ETag with 304, and the cached body per
    /// store version.
    /// </summary>
    public static TBuilder WithStoreCaching<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithStoreETag().CacheOutput(StoreVersionCachePolicy.Name);
}

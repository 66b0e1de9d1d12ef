using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphRelations.Extraction;

/// <summary>DI composition for the extraction library.</summary>
public static class Extensions
{
    /// <summary>Registers <see cref="IMeetingRecordExtractor"/> and <see cref="IDomainKnowledge"/> as singletons (both are pure and thread-safe).</summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IMeetingRecordExtractor, MeetingRecordExtractor>();
        services.TryAddSingleton<IDomainKnowledge, DomainKnowledge>();
        return services;
    }
}

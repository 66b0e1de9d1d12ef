using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GraphRelations.Api.Security;

public static class WriteAccessExtensions
{
    public const string WritePolicy = "graph-writer";

    /// <summary>The API key scheme, the writer policy and the start-up report of how writes are guarded.</summary>
    public static IServiceCollection AddWriteAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WriteAccessOptions>().Bind(configuration.GetSection(WriteAccessOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WriteAccessOptions>, WriteAccessOptionsValidator>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(WritePolicy, policy => policy.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser());
        services.AddHostedService<WriteAccessReport>();
        return services;
    }

    /// <summary>Only a writer holding the key, and never a page of another site, reaches the endpoint.</summary>
    public static RouteHandlerBuilder RequireWriter(this RouteHandlerBuilder endpoint) =>
        endpoint.RequireAuthorization(WritePolicy)
            .AddEndpointFilter<CrossSiteWriteFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}

using GraphRelations.Api.Apis;
using GraphRelations.Api.Caching;
using GraphRelations.Api.Health;
using GraphRelations.Api.Pages;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace GraphRelations.Api.Extensions;

public static class ApplicationExtensions
{
    /// <summary>The request pipeline and every endpoint of the service.</summary>
    public static WebApplication UseApplication(this WebApplication app)
    {
        app.UseApiExceptionHandling();
        app.UsePageSecurityHeaders();
        app.UseResponseCache();

        if (app.Services.GetRequiredService<IOptions<ApiDocumentationOptions>>().Value.ExposeOpenApi ?? app.Environment.IsDevelopment())
        {
            app.MapOpenApi();
            app.MapScalarApiReference();
        }

        // Live: the process answers. Ready: the start-up corpus is loaded ("loading" until then) and the store answers.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapReadiness("/health/ready");

        app.MapTopicsApi();
        app.MapMeetingsApi();
        app.MapPeopleApi();
        app.MapDocumentsApi();
        app.MapPages();
        return app;
    }
}

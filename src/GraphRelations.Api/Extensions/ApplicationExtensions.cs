using GraphRelations.Api.Apis;
using GraphRelations.Api.Health;
using GraphRelations.Api.Pages;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace GraphRelations.Api.Extensions;

public static class ApplicationExtensions
{
    /// <summary>The request pipeline and every endpoint of the service.</summary>
    public static WebApplication UseApplication(this WebApplication app)
    {
        app.UseApiExceptionHandling();
        app.UsePageSecurityHeaders();

        app.MapOpenApi();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference();
        }

        // Live: the process answers. Ready: the store answers and the start-up corpus is loaded.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });

        app.MapTopicsApi();
        app.MapMeetingsApi();
        app.MapPeopleApi();
        app.MapDocumentsApi();
        app.MapPages();
        return app;
    }
}

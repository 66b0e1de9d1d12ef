namespace GraphRelations.Api.Extensions;

/// <summary>Whether the service publishes its API description (section <c>Api</c>).</summary>
public sealed class ApiDocumentationOptions
{
    public const string SectionName = "Api";

    /// <summary>
    /// Serve <c>/openapi/v1.json</c> and the <c>/scalar</c> reference. Unset: only in the Development environment, so a
    /// production service does not describe its surface to anyone who asks unless its operator chose to.
    /// </summary>
    public bool? ExposeOpenApi { get; set; }
}

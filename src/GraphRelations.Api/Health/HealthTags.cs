namespace GraphRelations.Api.Health;

internal static class HealthTags
{
    public const string Ready = "ready";
}

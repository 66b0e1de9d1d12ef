namespace GraphRelations.Api.Security;

/// <summary>Who may write into the graph (section <c>Api</c>): POST /api/documents needs the key unless anonymous writes are allowed.</summary>
public sealed class WriteAccessOptions
{
    public const string SectionName = "Api";

    /// <summary>A short key is guessable; the service refuses to start with one.</summary>
    public const int MinimumKeyLength = 16;

    /// <summary>
    /// The key a writer presents as <c>X-Api-Key: &lt;key&gt;</c> or <c>Authorization: Bearer &lt;key&gt;</c>. Unset: nobody can
    /// write over HTTP (the inbox and the start-up corpus load still ingest).
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Local development only: anyone who reaches the port may write. Logged as a warning at start.</summary>
    public bool AllowAnonymousWrites { get; set; }

    /// <summary>An empty setting (<c>Api__ApiKey=</c>) means no key, not an empty one.</summary>
    public string? Key => string.IsNullOrWhiteSpace(ApiKey) ? null : ApiKey.Trim();
}

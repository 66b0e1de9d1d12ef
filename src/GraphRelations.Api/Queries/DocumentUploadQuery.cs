using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace GraphRelations.Api.Queries;

/// <summary>The query string of <c>POST /api/documents</c>.</summary>
public sealed record DocumentUploadQuery(
    [property: Description("Where the text came from (a file name or URL); stored as the document's source.")][FromQuery(Name = "source")] string? Source = null)
{
    public const int MaxSourceLength = 300;
    public const string DefaultSource = "api-upload.txt";
}

using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GraphRelations.Api.Security;

/// <summary>
/// Authenticates a writer by the configured API key, presented as <c>X-Api-Key</c> or <c>Authorization: Bearer</c>.
/// A browser on another site cannot attach either header to a form or a simple request, so this also stops
/// cross-site writes while a key is required.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> schemeOptions,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IOptions<WriteAccessOptions> access,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(schemeOptions, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var settings = access.Value;
        if (settings.AllowAnonymousWrites)
        {
            return Task.FromResult(Success("anonymous-development-writer"));
        }

        if (PresentedKey(Request.Headers) is not { } presented)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(settings.Key is { } expected && SameKey(presented, expected)
            ? Success("api-key")
            : AuthenticateResult.Fail("The presented API key is not the configured one."));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var detail = access.Value.Key is null
            ? "Writing over HTTP is disabled: the service has no Api:ApiKey configured."
            : $"Writing needs the API key, as the {HeaderName} header or Authorization: Bearer.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = detail,
                Extensions = { ["errors"] = new Dictionary<string, string[]> { [HeaderName] = [detail] } },
            },
        });
    }

    private static AuthenticateResult Success(string how) =>
        AuthenticateResult.Success(new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, how)], SchemeName)), SchemeName));

    private static string? PresentedKey(IHeaderDictionary headers)
    {
        if (headers[HeaderName].ToString() is { Length: > 0 } key)
        {
            return key.Trim();
        }

        const string bearer = "Bearer ";
        var authorization = headers.Authorization.ToString();
        return authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) ? authorization[bearer.Length..].Trim() : null;
    }

    /// <summary>Compares digests in constant time, so neither the content nor the length of the key leaks through timing.</summary>
    private static bool SameKey(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}

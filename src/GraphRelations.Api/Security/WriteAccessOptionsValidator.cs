using Microsoft.Extensions.Options;

namespace GraphRelations.Api.Security;

/// <summary>Fails start-up on a key too short to resist guessing (the key itself never appears in the message).</summary>
internal sealed class WriteAccessOptionsValidator : IValidateOptions<WriteAccessOptions>
{
    public ValidateOptionsResult Validate(string? name, WriteAccessOptions options) =>
        options.Key is { } key && key.Length < WriteAccessOptions.MinimumKeyLength
            ? ValidateOptionsResult.Fail($"Api:ApiKey must have at least {WriteAccessOptions.MinimumKeyLength} characters.")
            : ValidateOptionsResult.Success;
}

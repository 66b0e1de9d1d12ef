using Microsoft.Extensions.Options;

namespace GraphRelations.Api.Caching;

/// <summary>Fails start-up on a bound that cannot work, naming the setting.</summary>
internal sealed class ResponseCacheOptionsValidator : IValidateOptions<ResponseCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, ResponseCacheOptions options)
    {
        var failures = new List<string>();
        if (options.SizeLimitMegabytes < 1)
        {
            failures.Add($"{ResponseCacheOptions.SectionName}:SizeLimitMegabytes must be at least 1 (it was {options.SizeLimitMegabytes}).");
        }

        if (options.MaximumResponseKilobytes < 1 || options.MaximumResponseKilobytes > (long)options.SizeLimitMegabytes * 1024)
        {
            failures.Add($"{ResponseCacheOptions.SectionName}:MaximumResponseKilobytes must be between 1 and the size limit in kilobytes "
                + $"(it was {options.MaximumResponseKilobytes}).");
        }

        if (options.ExpirationSeconds < 1)
        {
            failures.Add($"{ResponseCacheOptions.SectionName}:ExpirationSeconds must be at least 1 (it was {options.ExpirationSeconds}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

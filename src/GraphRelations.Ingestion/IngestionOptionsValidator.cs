using Microsoft.Extensions.Options;

namespace GraphRelations.Ingestion;

/// <summary>Fails start-up on settings that would make the worker lose or loop on files.</summary>
internal sealed class IngestionOptionsValidator : IValidateOptions<IngestionOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestionOptions options)
    {
        var failures = new List<string>();
        foreach (var (key, value) in new[]
                 {
                     (nameof(options.InboxPath), options.InboxPath),
                     (nameof(options.ProcessedPath), options.ProcessedPath),
                     (nameof(options.QuarantinePath), options.QuarantinePath),
                 })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                failures.Add($"Ingestion:{key} is required.");
            }
        }

        if (failures.Count == 0)
        {
            var inbox = Path.GetFullPath(options.InboxPath);
            if (Path.GetFullPath(options.ProcessedPath) == inbox || Path.GetFullPath(options.QuarantinePath) == inbox)
            {
                failures.Add("Ingestion:ProcessedPath and Ingestion:QuarantinePath must differ from Ingestion:InboxPath, or files would be ingested forever.");
            }
        }

        if (options.BatchSize is < 1 or > 10_000)
        {
            failures.Add("Ingestion:BatchSize must be between 1 and 10000.");
        }

        if (options.ExtractionWorkers < 1)
        {
            failures.Add("Ingestion:ExtractionWorkers must be at least 1.");
        }

        if (options.MaxFileBytes <= 0)
        {
            failures.Add("Ingestion:MaxFileBytes must be positive.");
        }

        if (options.MaxLines <= 0 || options.MaxSentences <= 0 || options.MaxStatementsPerMeeting <= 0)
        {
            failures.Add("Ingestion:MaxLines, Ingestion:MaxSentences and Ingestion:MaxStatementsPerMeeting must be positive.");
        }

        if (options.RescanInterval <= TimeSpan.Zero)
        {
            failures.Add("Ingestion:RescanInterval must be positive.");
        }

        if (options.ReadTimeout <= TimeSpan.Zero)
        {
            failures.Add("Ingestion:ReadTimeout must be positive.");
        }

        if (options.SettleTime < TimeSpan.Zero)
        {
            failures.Add("Ingestion:SettleTime must not be negative.");
        }

        if (options.SummaryInterval <= TimeSpan.Zero)
        {
            failures.Add("Ingestion:SummaryInterval must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

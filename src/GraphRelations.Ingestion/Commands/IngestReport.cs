using GraphRelations.Ingestion.Inbox;
using Spectre.Console;

namespace GraphRelations.Ingestion.Commands;

/// <summary>
/// What <c>ingest</c> and <c>watch</c> show: a progress bar on a terminal, one plain line per file otherwise (logs, CI), and
/// a summary table.
/// </summary>
/// <param name="refused">What a refused file is called: <c>rejected</c> when it stays where it is (<c>ingest</c>),
/// <c>quarantined</c> when it moved to quarantine (<c>watch</c>).</param>
internal sealed class IngestReport(bool interactive, string refused)
{
    private readonly List<FileOutcome> _quarantined = [];

    public async Task<T> RunAsync<T>(int expected, Func<Action<FileOutcome>, Task<T>> work)
    {
        if (!interactive)
        {
            return await work(WriteLine);
        }

        return await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Ingesting", maxValue: Math.Max(expected, 1));
                var done = 0;
                var ok = await work(outcome =>
                {
                    Remember(outcome);
                    done++;
                    task.MaxValue = Math.Max(task.MaxValue, done);
                    task.Value = done;
                    task.Description = $"Ingesting [grey]{Markup.Escape(outcome.File)}[/]";
                });
                task.Description = "Ingested";
                task.Value = task.MaxValue;
                task.StopTask();
                return ok;
            });
    }

    private void WriteLine(FileOutcome outcome)
    {
        Remember(outcome);
        var result = outcome.Result;
        var status = outcome.Status switch
        {
            FileStatus.Processed => result!.Outcome.ToString().ToLowerInvariant(),
            FileStatus.Quarantined => refused,
            FileStatus.Skipped => "skipped",
            _ => "retry",
        };
        var id = result?.DocumentId is { } documentId ? documentId[..Math.Min(12, documentId.Length)] : "-";
        var detail = outcome.Status == FileStatus.Quarantined ? $" {result?.Reason}: {result?.Detail}" : result is null ? string.Empty : $" ({result.Meetings} meetings)";
        Console.Out.WriteLine($"{status,-11} {id,-12} {outcome.File}{detail}");
    }

    private void Remember(FileOutcome outcome)
    {
        if (outcome.Status == FileStatus.Quarantined)
        {
            _quarantined.Add(outcome);
        }
    }

    public void PrintSummary(IngestionTally tally)
    {
        var summary = new Table().Title("Ingestion summary").AddColumn("Outcome").AddColumn(new TableColumn("Files").RightAligned());
        summary.AddRow("inserted", tally.Inserted.ToString());
        summary.AddRow("unchanged", tally.Unchanged.ToString());
        summary.AddRow("replaced", tally.Replaced.ToString());
        summary.AddRow(refused, tally.Quarantined.ToString());
        foreach (var (reason, count) in tally.QuarantineReasons)
        {
            summary.AddRow($"  {Markup.Escape(reason)}", count.ToString());
        }

        if (tally.Skipped > 0)
        {
            summary.AddRow("skipped (taken or deleted)", tally.Skipped.ToString());
        }

        if (tally.Retried > 0)
        {
            summary.AddRow("store failed, left for retry", tally.Retried.ToString());
        }

        AnsiConsole.Write(summary);
        if (_quarantined.Count == 0)
        {
            return;
        }

        var details = new Table().Title(char.ToUpperInvariant(refused[0]) + refused[1..]).AddColumn("File").AddColumn("Reason").AddColumn("Detail");
        foreach (var outcome in _quarantined)
        {
            details.AddRow(Markup.Escape(outcome.File), Markup.Escape(outcome.Result?.Reason ?? "?"), Markup.Escape(outcome.Result?.Detail ?? string.Empty));
        }

        AnsiConsole.Write(details);
    }
}

using System.Diagnostics;
using System.Text.Json;
using GraphRelations.Ingestion.Inbox;

namespace GraphRelations.Ingestion.Tests;

/// <summary>Only regular files are read from the inbox: a named pipe or a link cannot stall or mislead the worker.</summary>
public sealed class InboxFileTypeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_named_pipe_and_a_link_out_of_the_inbox_are_quarantined_the_other_files_processed_and_sigterm_stops_the_worker_within_5_s()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "named pipes in a folder are a Unix thing");
        var root = IngestionHost.NewRoot();
        var inbox = Path.Combine(root, "inbox");
        Directory.CreateDirectory(inbox);
        var outside = Path.Combine(root, "outside.txt");
        File.WriteAllText(outside, MeetingTexts.Summit(501));
        File.WriteAllText(Path.Combine(inbox, "a.txt"), MeetingTexts.Summit(502));
        MakeFifo(Path.Combine(inbox, "m.txt"));
        File.CreateSymbolicLink(Path.Combine(inbox, "n.txt"), outside);
        File.WriteAllText(Path.Combine(inbox, "z.txt"), MeetingTexts.Summit(503));
        // A pipe that a killed worker had already claimed: recovery must not open it either.
        var deadClaims = Path.Combine(inbox, InboxProcessor.ClaimsFolderName, "1-deadbeef");
        Directory.CreateDirectory(deadClaims);
        MakeFifo(Path.Combine(deadClaims, "p.txt"));

        using var worker = IngestProcess.Start(root, "watch", inbox, "--plain", "--GraphStore:EmbeddedPath=graph.db", "--Ingestion:SettleTime=00:00:00");
        var processed = Path.Combine(inbox, "processed");
        var quarantine = Path.Combine(inbox, "quarantine");
        await IngestionHost.WaitUntilAsync(
            () => worker.HasExited || (File.Exists(Path.Combine(processed, "z.txt")) && File.Exists(Path.Combine(quarantine, "p.error.json"))
                && File.Exists(Path.Combine(quarantine, "n.error.json")) && File.Exists(Path.Combine(quarantine, "m.error.json"))),
            Patience, "the inbox to be sorted");

        Assert.False(worker.HasExited, worker.Output);
        Assert.Equal(["a.txt", "z.txt"], Directory.GetFiles(processed).Select(Path.GetFileName).Order());
        Assert.Contains("named pipe", Reason(quarantine, "m"), StringComparison.Ordinal);
        Assert.Contains("named pipe", Reason(quarantine, "p"), StringComparison.Ordinal);
        Assert.Contains("symbolic link", Reason(quarantine, "n"), StringComparison.Ordinal);
        Assert.Equal(MeetingTexts.Summit(501), File.ReadAllText(outside)); // the link's target is neither read into the graph nor moved
        Assert.DoesNotMatch(@"inserted\s+\S+\s+n\.txt", worker.Output);

        var clock = Stopwatch.StartNew();
        worker.Terminate();
        await worker.WaitForExitAsync(TimeSpan.FromSeconds(30));
        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"SIGTERM took {clock.Elapsed.TotalSeconds:F1} s to stop the worker:\n{worker.Output}");
        Assert.Equal(0, worker.ExitCode);
    }

    private static string Reason(string quarantine, string name)
    {
        using var error = JsonDocument.Parse(File.ReadAllText(Path.Combine(quarantine, name + ".error.json")));
        Assert.Equal(RejectionReasons.NotRegularFile, error.RootElement.GetProperty("reason").GetString());
        return error.RootElement.GetProperty("detail").GetString()!;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}

using System.Net;

namespace GraphRelations.Api.Tests;

/// <summary>The built service started as a process: it finds its settings from any folder, and a start that cannot succeed says why and exits 1.</summary>
public sealed class ProcessStartupTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly string _root = Directory.CreateTempSubdirectory("graphrelations-startup-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Started_from_another_folder_the_service_reads_the_settings_beside_it()
    {
        var port = LoopbackPort.Free();
        using var service = ApiProcess.Start(_root, $"--Urls=http://127.0.0.1:{port}", "--GraphStore:EmbeddedPath=data/graph.db");

        await service.WaitForOutputAsync("Ready.", Patience);

        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        using var live = await client.GetAsync(new Uri("health/live", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        // AllowedHosts comes only from the appsettings.json beside the assembly (the built-in default is "*").
        using var foreign = new HttpRequestMessage(HttpMethod.Get, new Uri("health/live", UriKind.Relative));
        foreign.Headers.Host = "evil.example";
        using var refused = await client.SendAsync(foreign, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        // Relative data paths still mean the working folder.
        Assert.True(File.Exists(Path.Combine(_root, "data", "graph.db")), service.Output);
    }

    [Fact]
    public async Task A_key_too_short_stops_the_start_with_one_line_and_exit_code_1()
    {
        using var service = ApiProcess.Start(_root, "--Urls=http://127.0.0.1:0", "--GraphStore:EmbeddedPath=graph.db", "--Api:ApiKey=short");

        await service.WaitForExitAsync(Patience);

        Assert.Equal(1, service.ExitCode);
        AssertOneClearReason(service.Output, "Cannot start: invalid configuration: Api:ApiKey must have at least 16 characters.");
        Assert.DoesNotContain("short", service.Output.Replace("too short", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_neo4j_is_retried_for_the_configured_time_then_the_start_fails_with_exit_code_1()
    {
        using var service = ApiProcess.Start(_root, "--Urls=http://127.0.0.1:0",
            $"--Neo4j:Uri=http://127.0.0.1:{LoopbackPort.Free()}", "--Neo4j:Password=not-a-real-password", "--GraphStore:StartupTimeout=00:00:20");

        await service.WaitForExitAsync(Patience);

        Assert.Equal(1, service.ExitCode);
        Assert.Contains("does not answer yet (attempt 1", service.Output, StringComparison.Ordinal);
        // One line per attempt: neither the HTTP client nor its retry policy logs stack traces of the refused connections.
        Assert.DoesNotContain("\n   at ", service.Output, StringComparison.Ordinal);
        Assert.True(service.Output.Split('\n').Count(line => line.Contains("does not answer yet", StringComparison.Ordinal)) >= 3, service.Output);
        Assert.Single(service.Output.Split('\n'), line => line.Contains("Cannot start: The graph store (Neo4jGraphStore) did not answer within 20 s", StringComparison.Ordinal));
        Assert.DoesNotContain("not-a-real-password", service.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_that_cannot_be_written_stops_the_start_with_exit_code_1()
    {
        // A regular file where the store's folder should be: no user, root included, can create the database there.
        var blocker = Path.Combine(_root, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "x", Ct);
        using var service = ApiProcess.Start(_root, "--Urls=http://127.0.0.1:0", $"--GraphStore:EmbeddedPath={Path.Combine(blocker, "graph.db")}");

        await service.WaitForExitAsync(Patience);

        Assert.Equal(1, service.ExitCode);
        AssertOneClearReason(service.Output, "Cannot start:");
    }

    private static void AssertOneClearReason(string output, string expected)
    {
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), line => line.Contains("Cannot start:", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }


    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A process that still holds a file; /tmp clean-up takes it.
        }
    }
}

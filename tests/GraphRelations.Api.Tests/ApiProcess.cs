using System.Diagnostics;
using System.Text;

namespace GraphRelations.Api.Tests;

/// <summary>The built service run as <c>dotnet GraphRelations.Api.dll</c>, as an operator starts it, from a folder of the test's choosing.</summary>
internal sealed class ApiProcess : IDisposable
{
    private readonly StringBuilder _output = new();
    private readonly Process _process;

    private ApiProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The service built with this test run (same configuration), in its own output folder beside its appsettings.json.</summary>
    public static string Dll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            return Path.Combine(RepositoryPaths.Root, "src", "GraphRelations.Api", "bin", configuration, "net10.0", "GraphRelations.Api.dll");
        }
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static ApiProcess Start(string workingDirectory, params string[] arguments)
    {
        Assert.True(File.Exists(Dll), $"build the API project first: {Dll} is missing");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Only what the test says: no environment or Neo4j of the machine running the tests.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("Neo4j", StringComparison.OrdinalIgnoreCase) || k.StartsWith("NEO4J", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var result = new ApiProcess(process);
        process.OutputDataReceived += (_, e) => result.Append(e.Data);
        process.ErrorDataReceived += (_, e) => result.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return result;
    }

    /// <summary>Waits for the process to end; fails the test (and kills it) after <paramref name="timeout"/>.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"the service did not exit within {timeout}. Output:\n{Output}");
        }

        _process.WaitForExit(); // flush redirected output
    }

    /// <summary>Waits until the output contains <paramref name="text"/>; fails the test after <paramref name="timeout"/> or if the process ends first.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited)
            {
                Assert.Fail($"the service exited ({_process.ExitCode}) before printing '{text}':\n{Output}");
            }

            Assert.True(DateTime.UtcNow < deadline, $"no '{text}' after {timeout}:\n{Output}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}

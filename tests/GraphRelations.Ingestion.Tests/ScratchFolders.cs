using Microsoft.Data.Sqlite;

[assembly: AssemblyFixture(typeof(GraphRelations.Ingestion.Tests.ScratchFolders))]

namespace GraphRelations.Ingestion.Tests;

/// <summary>
/// Every temporary folder the tests make lives under one folder for this run, removed when the run ends, so a test run
/// leaves nothing in the temp directory (not even after a failed assertion).
/// </summary>
public sealed class ScratchFolders : IDisposable
{
    private static readonly string Parent = Path.Combine(Path.GetTempPath(), "graphrelations-ingestion-tests");

    private static readonly string RunRoot = Path.Combine(Parent, $"run-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>A new, empty, writable folder of the test's own.</summary>
    public static string New()
    {
        var folder = Path.Combine(RunRoot, Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public void Dispose()
    {
        // Pooled SQLite connections keep the stores' files open.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(RunRoot))
        {
            MakeWritable(RunRoot);
            Directory.Delete(RunRoot, recursive: true);
        }

        try
        {
            // Shared by concurrent runs: removed only when no other run is using it.
            Directory.Delete(Parent);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A test that made a folder read-only and failed before restoring it must not stop the clean-up.</summary>
    private static void MakeWritable(string root)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Prepend(root))
        {
            File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}

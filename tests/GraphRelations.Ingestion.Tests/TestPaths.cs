namespace GraphRelations.Ingestion.Tests;

/// <summary>Locations the tests need: the repository, the shared corpus beside it, the built ingestion executable.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>../shared/corpus relative to the repository (read at run time, never copied).</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));

    /// <summary>The ingestion executable built with this test run (same configuration).</summary>
    public static string IngestionDll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0/
            return Path.Combine(RepositoryRoot, "src", "GraphRelations.Ingestion", "bin", configuration, "net10.0", "GraphRelations.Ingestion.dll");
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphRelations.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GraphRelations.sln not found above " + AppContext.BaseDirectory);
    }
}

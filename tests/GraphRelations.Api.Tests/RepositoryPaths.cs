namespace GraphRelations.Api.Tests;

/// <summary>Finds the repository root (the folder holding GraphRelations.sln) and the shared corpus next to it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/corpus</c> relative to the repository root; the corpus is read at run time, never copied.</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    public static bool HasCorpus => Directory.Exists(Path.Combine(Corpus, "seeds"));

    public static string TestResults => Path.Combine(Root, "TestResults", "GraphRelations.Api.Tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphRelations.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No GraphRelations.sln above {AppContext.BaseDirectory}.");
    }
}

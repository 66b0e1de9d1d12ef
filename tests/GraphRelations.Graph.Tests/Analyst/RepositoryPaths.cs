namespace GraphRelations.Graph.Tests.Analyst;

/// <summary>Finds files of the repository from the test binaries, so tests read what is committed.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string AnalystFolder => Path.Combine(Root, "cypher", "analyst");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphRelations.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("GraphRelations.sln not found above " + AppContext.BaseDirectory);
    }
}

namespace GraphRelations.Ingestion.Commands;

/// <summary>Expands command-line paths (files or folders of *.txt) into files, in a stable order.</summary>
internal static class InputFiles
{
    public static IEnumerable<string> Expand(IEnumerable<string> paths, Action<string> onMissing)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var f in Directory.EnumerateFiles(path, "*.txt").Order(StringComparer.Ordinal))
                {
                    yield return f;
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                onMissing(path);
            }
        }
    }
}

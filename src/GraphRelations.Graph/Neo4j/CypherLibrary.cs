namespace GraphRelations.Graph.Neo4j;

/// <summary>
/// The Cypher the adapter runs, read from the <c>cypher/</c> folder shipped beside the assembly, so what
/// analysts read is what runs. Every query is loaded at construction: a missing file fails start-up.
/// </summary>
public sealed class CypherLibrary
{
    private readonly Dictionary<string, string> _queries;

    public CypherLibrary(string? root = null)
    {
        Root = root ?? Path.Combine(AppContext.BaseDirectory, "cypher");
        var folder = Path.Combine(Root, "queries");
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Cypher query folder not found: {folder}");
        }

        _queries = Directory.EnumerateFiles(folder, "*.cypher")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal);
    }

    public string Root { get; }

    public IReadOnlyCollection<string> Names => _queries.Keys;

    /// <summary>The query in <c>cypher/queries/{name}.cypher</c>.</summary>
    public string this[string name] =>
        _queries.TryGetValue(name, out var query)
            ? query
            : throw new KeyNotFoundException($"Cypher query '{name}' not found in {Path.Combine(Root, "queries")}");

    /// <summary>Throws unless every named query exists, so a broken deployment fails at start-up.</summary>
    public void Require(IEnumerable<string> names)
    {
        var missing = names.Where(n => !_queries.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException($"Cypher queries missing from {Path.Combine(Root, "queries")}: {string.Join(", ", missing)}");
        }
    }

    /// <summary>The schema statements of <c>cypher/schema/*.cypher</c>, in file order, one statement each.</summary>
    public IReadOnlyList<string> SchemaStatements()
    {
        var folder = Path.Combine(Root, "schema");
        return [.. Directory.EnumerateFiles(folder, "*.cypher")
            .Order(StringComparer.Ordinal)
            .SelectMany(f => SplitStatements(File.ReadAllText(f)))];
    }

    /// <summary>Splits a file into statements at semicolons, dropping // comment lines (schema files hold no strings with ';').</summary>
    public static IEnumerable<string> SplitStatements(string text)
    {
        var code = string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        return code.Split(';').Select(s => s.Trim()).Where(s => s.Length > 0);
    }
}

using System.Text.RegularExpressions;
using GraphRelations.Graph.Neo4j;

namespace GraphRelations.Graph.Tests;

/// <summary>The Cypher files ship beside the assembly, load by name, and say what they do and what they take.</summary>
public sealed partial class CypherLibraryTests
{
    private readonly CypherLibrary _library = new();

    [Fact]
    public void Every_query_has_a_header_naming_each_parameter_it_uses()
    {
        Assert.NotEmpty(_library.Names);
        foreach (var name in _library.Names)
        {
            var query = _library[name];
            var header = string.Join('\n', query.Split('\n').TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)));
            Assert.True(header.Length > 0, $"{name} has no header comment");
            Assert.Contains("// Parameters:", header, StringComparison.Ordinal);
            var body = query[header.Length..];
            foreach (var parameter in Parameter().Matches(body).Select(m => m.Value).Distinct())
            {
                Assert.True(header.Contains(parameter, StringComparison.Ordinal), $"{name} uses {parameter} but its header does not list it");
            }
        }
    }

    [Fact]
    public void A_missing_query_fails_fast_with_its_name()
    {
        var error = Assert.Throws<FileNotFoundException>(() => _library.Require(["read-meeting", "no-such-query"]));
        Assert.Contains("no-such-query", error.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => _library["no-such-query"]);
    }

    [Fact]
    public void Schema_files_split_into_one_statement_per_constraint_and_index()
    {
        var statements = _library.SchemaStatements();
        // One per label of the model, and one for the StoreGeneration bookkeeping node.
        Assert.Equal(GraphVocabulary.Labels.Count + 1, statements.Count(s => s.StartsWith("CREATE CONSTRAINT", StringComparison.Ordinal)));
        Assert.Contains(statements, s => s.StartsWith("CREATE INDEX meeting_date", StringComparison.Ordinal));
        Assert.All(statements, s => Assert.DoesNotContain("//", s, StringComparison.Ordinal));
        Assert.All(statements, s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\$[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Parameter();
}

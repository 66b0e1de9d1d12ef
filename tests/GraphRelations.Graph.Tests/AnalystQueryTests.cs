using System.Text.RegularExpressions;
using GraphRelations.Graph.Neo4j;
using GraphRelations.Graph.Tests.Analyst;

namespace GraphRelations.Graph.Tests;

/// <summary>
/// The analyst library (cypher/analyst) does what its headers promise: each file documents its question,
/// parameters with examples and columns; and, where a Neo4j is reachable, runs with those examples and returns
/// exactly the documented columns.
/// </summary>
public sealed partial class AnalystQueryTests(Neo4jAvailability neo4j) : IClassFixture<Neo4jAvailability>
{
    public static TheoryData<string> AnalystFiles() =>
        [.. Directory.GetFiles(RepositoryPaths.AnalystFolder, "*.cypher").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_library_has_at_least_fifteen_queries()
    {
        Assert.True(AnalystFiles().Count >= 15, $"only {AnalystFiles().Count} files in cypher/analyst");
    }

    [Theory]
    [MemberData(nameof(AnalystFiles))]
    public void Header_states_question_parameters_with_examples_and_columns(string file)
    {
        var query = AnalystQueryFile.Load(Path.Combine(RepositoryPaths.AnalystFolder, file));

        Assert.False(string.IsNullOrWhiteSpace(query.Question), $"{file}: no '// Question:' line");
        Assert.Matches(ParametersLine(), query.Text);
        Assert.NotEmpty(query.Columns);
        foreach (var parameter in query.DeclaredParameters)
        {
            Assert.True(query.Examples.ContainsKey(parameter), $"{file}: ${parameter} has no ':param {parameter} => ...' example");
        }

        Assert.Equal(query.DeclaredParameters.Order(StringComparer.Ordinal), query.UsedParameters.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(';', query.Statement);

        // The query's own RETURN must name the documented columns in order, so the header cannot drift.
        Assert.Equal(query.Columns, ReturnedColumns(query.Statement));
    }

    [Theory]
    [MemberData(nameof(AnalystFiles))]
    public async Task Runs_on_Neo4j_with_its_example_parameters_and_returns_the_documented_columns(string file)
    {
        Assert.SkipWhen(neo4j.SkipReason is not null, neo4j.SkipReason ?? string.Empty);
        var query = AnalystQueryFile.Load(Path.Combine(RepositoryPaths.AnalystFolder, file));

        // The client throws with Neo4j's error code and message when the statement fails.
        QueryResult result = await neo4j.CreateClient().RunAsync(query.Statement, query.Examples, TestContext.Current.CancellationToken, file);

        Assert.Equal(query.Columns, result.Fields);
    }

    /// <summary>Column names of the top-level RETURN: each item's alias, or the item itself when it has none.</summary>
    private static List<string> ReturnedColumns(string statement)
    {
        var clause = statement[(LastTopLevelReturn(statement) + "RETURN".Length)..];
        var items = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= clause.Length; i++)
        {
            // ORDER BY, SKIP or LIMIT outside any brackets ends the RETURN items.
            var atEnd = i == clause.Length || (depth == 0 && OrderOrLimit().Match(clause, i) is { Success: true } m && m.Index == i);
            var c = atEnd ? ',' : clause[i];
            depth += c switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
            if (c == ',' && depth == 0)
            {
                var item = clause[start..i].Trim();
                var alias = item.LastIndexOf(" AS ", StringComparison.Ordinal);
                items.Add(alias >= 0 && !item[alias..].Contains(')', StringComparison.Ordinal) ? item[(alias + 4)..].Trim() : item);
                start = i + 1;
            }

            if (atEnd)
            {
                break;
            }
        }

        return items;
    }

    [GeneratedRegex(@"\b(ORDER\s+BY|SKIP|LIMIT)\b")]
    private static partial Regex OrderOrLimit();

    /// <summary>Where the query's own RETURN starts: the last one outside subquery braces (COLLECT { ... RETURN }).</summary>
    private static int LastTopLevelReturn(string statement)
    {
        var depth = 0;
        var last = -1;
        for (var i = 0; i < statement.Length; i++)
        {
            depth += statement[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0 && string.CompareOrdinal(statement, i, "RETURN", 0, 6) == 0)
            {
                last = i;
            }
        }

        Assert.True(last >= 0, "no top-level RETURN");
        return last;
    }

    [GeneratedRegex(@"(?m)^//\s*Parameters:\s*(none\b|\$)")]
    private static partial Regex ParametersLine();
}

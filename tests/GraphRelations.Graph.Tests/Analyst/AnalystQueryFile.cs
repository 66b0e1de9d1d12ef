using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphRelations.Graph.Tests.Analyst;

/// <summary>
/// One file of cypher/analyst as its header documents it: the question, the declared parameters with their
/// Browser-style examples (<c>:param topic =&gt; 'territorial-issue'</c>) and the result columns.
/// </summary>
public sealed partial record AnalystQueryFile(
    string Name,
    string Text,
    string? Question,
    IReadOnlyList<string> DeclaredParameters,
    IReadOnlyDictionary<string, object?> Examples,
    IReadOnlyList<string> Columns)
{
    /// <summary>The statement without its header comments or trailing semicolon, as the Query API wants it.</summary>
    public string Statement => StripHeader().TrimEnd().TrimEnd(';').Trim();

    /// <summary>Parameters the statement uses (<c>$name</c> outside comments).</summary>
    public IReadOnlyList<string> UsedParameters =>
        [.. UsedParameterPattern().Matches(Statement).Where(m => m.Groups[1].Success)
            .Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    public static AnalystQueryFile Load(string path)
    {
        var text = File.ReadAllText(path);
        var header = text.Split('\n').TakeWhile(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(l => l.TrimStart()[2..].Trim()).ToList();
        string? Field(string name) =>
            header.FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal))?[(name.Length + 1)..].Trim();

        var parametersLine = Field("Parameters");
        var declared = parametersLine is null
            ? []
            : DeclaredParameterPattern().Matches(parametersLine).Select(m => m.Groups[1].Value).ToList();
        var examples = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var line in header)
        {
            var example = ExamplePattern().Match(line);
            if (example.Success)
            {
                examples[example.Groups[1].Value] = CypherLiteral.Parse(example.Groups[2].Value);
            }
        }

        var columns = (Field("Columns") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.Split(' ', '(')[0])
            .Where(c => c.Length > 0)
            .ToList();
        return new AnalystQueryFile(Path.GetFileName(path), text, Field("Question"), declared, examples, columns);
    }

    private string StripHeader() =>
        string.Join('\n', Text.Split('\n').SkipWhile(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex DeclaredParameterPattern();

    [GeneratedRegex(@"^:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*;?$")]
    private static partial Regex ExamplePattern();

    // Quoted strings first so a '$' inside a string literal is not taken for a parameter.
    [GeneratedRegex(@"'(?:\\.|[^'\\])*'|""(?:\\.|[^""\\])*""|\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex UsedParameterPattern();
}

/// <summary>The plain literals a header example may hold: strings, numbers, booleans, null and lists of them.</summary>
public static class CypherLiteral
{
    public static object? Parse(string text)
    {
        var value = text.Trim();
        if (value.StartsWith('[') && value.EndsWith(']'))
        {
            return SplitList(value[1..^1]).Select(Parse).ToList();
        }

        if (value.Length >= 2 && (value[0] == '\'' || value[0] == '"') && value[^1] == value[0])
        {
            return Regex.Unescape(value[1..^1]);
        }

        return value switch
        {
            "null" => null,
            "true" => true,
            "false" => false,
            _ when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => throw new FormatException($"Example value {value} is not a plain literal (string, number, list)."),
        };
    }

    private static IEnumerable<string> SplitList(string inner)
    {
        var start = 0;
        char? quote = null;
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (quote is not null)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == ',')
            {
                yield return inner[start..i];
                start = i + 1;
            }
        }

        if (inner[start..].Trim().Length > 0)
        {
            yield return inner[start..];
        }
    }
}

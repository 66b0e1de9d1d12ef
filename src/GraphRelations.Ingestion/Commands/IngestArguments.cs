namespace GraphRelations.Ingestion.Commands;

/// <summary>The <c>ingest</c> verb's own arguments; everything else is configuration (<c>--Section:Key=Value</c>).</summary>
internal sealed record IngestArguments(string Path, bool Once, bool InPlace, bool Plain, string[] ConfigurationArgs)
{
    public static IngestArguments? Parse(IReadOnlyList<string> args)
    {
        string? path = null;
        bool once = false, inPlace = false, plain = false;
        var configuration = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--once":
                    once = true;
                    break;
                case "--in-place":
                    inPlace = true;
                    break;
                case "--plain":
                    plain = true;
                    break;
                case var option when option.StartsWith('-'):
                    configuration.Add(option);
                    if (!option.Contains('=') && i + 1 < args.Count)
                    {
                        configuration.Add(args[++i]);
                    }

                    break;
                case var positional when path is null:
                    path = positional;
                    break;
                default:
                    return null;
            }
        }

        return path is null ? null : new IngestArguments(path, once, inPlace, plain, [.. configuration]);
    }
}

namespace GraphRelations.Ingestion.Commands;

/// <summary>
/// A verb's arguments: one path, the verb's own flags, and configuration overrides (<c>--Section:Key=Value</c> or
/// <c>--Section:Key Value</c>). Anything else is an error, so a mistyped or retired flag is never silently taken for a
/// setting.
/// </summary>
internal sealed record CommandArguments(string? Path, IReadOnlySet<string> Flags, string[] ConfigurationArgs, string? Error)
{
    public bool Has(string flag) => Flags.Contains(flag);

    public static CommandArguments Parse(IReadOnlyList<string> args, params string[] knownFlags)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? path = null;
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var configuration = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (knownFlags.Contains(arg, StringComparer.Ordinal))
            {
                flags.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('='))
            {
                configuration.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':') && i + 1 < args.Count)
            {
                configuration.Add(arg);
                configuration.Add(args[++i]);
            }
            else if (arg.StartsWith('-'))
            {
                return Failed($"unknown option {arg}");
            }
            else if (path is null)
            {
                path = arg;
            }
            else
            {
                return Failed($"unexpected argument {arg} (one path only)");
            }
        }

        return new CommandArguments(path, flags, [.. configuration], null);
    }

    private static CommandArguments Failed(string error) => new(null, new HashSet<string>(), [], error);
}

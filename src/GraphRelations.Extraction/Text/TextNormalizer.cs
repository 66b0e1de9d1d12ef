using System.Security.Cryptography;
using System.Text;

namespace GraphRelations.Extraction.Text;

/// <summary>
/// Unifies quotes, dashes and whitespace and drops navigation debris (breadcrumbs, "Back to Index", photo
/// captions), so the Kantei and MOFA copies of one record, or one record saved twice, hash to the same id.
/// Leading indentation is kept (collapsed to spaces) because it is how flattened HTML lists show nesting.
/// </summary>
internal static class TextNormalizer
{
    private const int MaxIndent = 32;

    public static NormalizedDocument Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var unified = UnifyCharacters(raw);
        var sb = new StringBuilder(unified.Length);
        var blankPending = false;
        var line = new StringBuilder();
        foreach (var rawLine in unified.Split('\n'))
        {
            var indent = 0;
            while (indent < rawLine.Length && rawLine[indent] == ' ')
            {
                indent++;
            }

            line.Clear();
            var lastSpace = false;
            for (var i = indent; i < rawLine.Length; i++)
            {
                var c = rawLine[i];
                if (c == ' ')
                {
                    lastSpace = true;
                    continue;
                }

                if (lastSpace && line.Length > 0)
                {
                    line.Append(' ');
                }

                lastSpace = false;
                line.Append(c);
            }

            var content = line.ToString();
            if (content.Length == 0)
            {
                blankPending = sb.Length > 0;
                continue;
            }

            if (IsDebris(content))
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
                if (blankPending)
                {
                    sb.Append('\n');
                }
            }

            blankPending = false;
            sb.Append(' ', Math.Min(indent, MaxIndent));
            sb.Append(content);
        }

        var text = sb.ToString();
        return new NormalizedDocument(HashOf(text), text);
    }

    public static string HashOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string UnifyCharacters(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            switch (c)
            {
                case '\r':
                    if (i + 1 < raw.Length && raw[i + 1] == '\n')
                    {
                        continue;
                    }

                    sb.Append('\n');
                    continue;
                case '\n':
                    sb.Append('\n');
                    continue;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '`':
                    sb.Append('\'');
                    continue;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                    sb.Append('"');
                    continue;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFF0D':
                    sb.Append('-');
                    continue;
                case '\u2026':
                    sb.Append("...");
                    continue;
                case '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060':
                    continue;
                case '<' when StartsWithBreak(raw, i, out var length):
                    sb.Append(' ');
                    i += length - 1;
                    continue;
            }

            if (c == '\t' || char.IsWhiteSpace(c))
            {
                sb.Append(' ');
            }
            else if (char.IsControl(c))
            {
                // Control characters carry no meaning in a press release; dropping them keeps the id stable.
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool StartsWithBreak(string s, int i, out int length)
    {
        foreach (var tag in (ReadOnlySpan<string>)["<br>", "<br/>", "<br />", "<BR>", "<BR/>", "<BR />"])
        {
            if (string.CompareOrdinal(s, i, tag, 0, tag.Length) == 0)
            {
                length = tag.Length;
                return true;
            }
        }

        length = 0;
        return false;
    }

    internal static bool IsDebris(string line)
    {
        var lower = line.ToLowerInvariant();
        if (lower.StartsWith("home >", StringComparison.Ordinal) || lower.StartsWith("home>", StringComparison.Ordinal) || CountOf(lower, " > ") >= 2)
        {
            return true;
        }

        if (lower.StartsWith("back to ", StringComparison.Ordinal) || lower is "page top" or "top" or "back to index" or "return to top" or "go to top"
            || lower.StartsWith("click photograph", StringComparison.Ordinal) || lower.EndsWith(" top", StringComparison.Ordinal) && lower.Length < 40)
        {
            return true;
        }

        var bulletless = lower.TrimStart('\u2022', '-', '*', ' ', '\u00B7', '\u25CF', '\u25A0');
        if (bulletless.StartsWith("(photo", StringComparison.Ordinal) || bulletless.StartsWith("photo", StringComparison.Ordinal)
            || lower.Contains("(photo:", StringComparison.Ordinal) || ContainsNumberedPhoto(lower)
            || (lower.Contains("photograph", StringComparison.Ordinal) && !lower.EndsWith('.')))
        {
            return true;
        }

        // A line with no letter or digit (a stray "|" or a row of dashes) is layout, not text.
        return !line.Any(char.IsLetterOrDigit);
    }

    private static bool ContainsNumberedPhoto(string lower)
    {
        var i = lower.IndexOf("photo", StringComparison.Ordinal);
        while (i >= 0)
        {
            var j = i + 5;
            while (j < lower.Length && char.IsDigit(lower[j]))
            {
                j++;
            }

            if (j < lower.Length && lower[j] == ':')
            {
                return true;
            }

            i = lower.IndexOf("photo", i + 5, StringComparison.Ordinal);
        }

        return false;
    }

    private static int CountOf(string s, string what)
    {
        var n = 0;
        var i = s.IndexOf(what, StringComparison.Ordinal);
        while (i >= 0)
        {
            n++;
            i = s.IndexOf(what, i + what.Length, StringComparison.Ordinal);
        }

        return n;
    }
}

namespace GraphRelations.Extraction.Text;

/// <summary>The kinds of list markers a flattened HTML record shows at the start of a line.</summary>
internal enum MarkerKind
{
    None,
    Number,
    ParenNumber,
    Letter,
    Bullet,
}

/// <summary>One line of the normalised text with its list markers peeled off.</summary>
internal sealed record Line(int Index, int Start, int End, int Indent, int ContentStart, MarkerKind FirstMarker, MarkerKind InnerMarker, bool BlankBefore, string Content)
{
    public int Level => LevelOf(FirstMarker);

    public int InnerLevel => LevelOf(InnerMarker);

    private static int LevelOf(MarkerKind kind) => kind switch
    {
        MarkerKind.Number or MarkerKind.None => 1,
        MarkerKind.ParenNumber => 2,
        MarkerKind.Letter => 3,
        _ => 4,
    };
}

/// <summary>A sentence with offsets into the normalised text.</summary>
internal sealed record Sentence(int Start, int End, string Text, Line Line);

internal static class DocumentLayout
{
    private const int MaxSentenceLength = 3000;

    public static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        var pos = 0;
        var blank = false;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var end = nl < 0 ? text.Length : nl;
            if (end == pos)
            {
                blank = true;
            }
            else
            {
                var indent = 0;
                while (pos + indent < end && text[pos + indent] == ' ')
                {
                    indent++;
                }

                var start = pos + indent;
                var (contentStart, first, inner) = PeelMarkers(text, start, end);
                lines.Add(new Line(lines.Count, start, end, indent, contentStart, first, inner, blank, text[contentStart..end]));
                blank = false;
            }

            if (nl < 0)
            {
                break;
            }

            pos = nl + 1;
        }

        return lines;
    }

    /// <summary>Strips "1.", "(1)", "1)", "(a)", "a)", bullets and dashes, in any combination ("- 1.", "1. (1)").</summary>
    private static (int ContentStart, MarkerKind First, MarkerKind Inner) PeelMarkers(string text, int start, int end)
    {
        var first = MarkerKind.None;
        var inner = MarkerKind.None;
        var i = start;
        for (var guard = 0; guard < 4 && i < end; guard++)
        {
            var kind = MarkerAt(text, i, end, out var next);
            if (kind == MarkerKind.None)
            {
                break;
            }

            if (first == MarkerKind.None)
            {
                first = kind;
            }

            inner = kind;
            i = next;
            while (i < end && text[i] == ' ')
            {
                i++;
            }
        }

        return (i, first, inner);
    }

    private static MarkerKind MarkerAt(string s, int i, int end, out int next)
    {
        next = i;
        var c = s[i];
        if (c is '\u2022' or '*' or '\u00B7' or '\u25CF' or '\u25A0' or '\u25CB' or '\u30FB')
        {
            next = i + 1;
            return MarkerKind.Bullet;
        }

        if (c == '-')
        {
            var j = i;
            while (j < end && s[j] == '-')
            {
                j++;
            }

            if (j < end && s[j] == ' ' && j - i <= 2)
            {
                next = j;
                return MarkerKind.Bullet;
            }

            return MarkerKind.None;
        }

        if (char.IsDigit(c))
        {
            var j = i;
            while (j < end && char.IsDigit(s[j]) && j - i < 3)
            {
                j++;
            }

            if (j < end && (s[j] == '.' || s[j] == ')') && (j + 1 >= end || !char.IsDigit(s[j + 1])))
            {
                next = j + 1;
                return s[j] == '.' ? MarkerKind.Number : MarkerKind.ParenNumber;
            }

            return MarkerKind.None;
        }

        if (c == '(' && i + 2 < end)
        {
            var j = i + 1;
            while (j < end && char.IsDigit(s[j]) && j - i < 4)
            {
                j++;
            }

            if (j > i + 1 && j < end && s[j] == ')')
            {
                next = j + 1;
                return MarkerKind.ParenNumber;
            }

            if (char.IsLower(s[i + 1]) && s[i + 2] == ')')
            {
                next = i + 3;
                return MarkerKind.Letter;
            }

            if (i + 4 < end && IsRoman(s, i + 1, out var len) && s[i + 1 + len] == ')')
            {
                next = i + 2 + len;
                return MarkerKind.Letter;
            }

            return MarkerKind.None;
        }

        if (char.IsLower(c) && i + 2 < end && s[i + 1] == ')' && s[i + 2] == ' ')
        {
            next = i + 2;
            return MarkerKind.Letter;
        }

        return MarkerKind.None;
    }

    private static bool IsRoman(string s, int i, out int length)
    {
        length = 0;
        while (i + length < s.Length && length < 5 && s[i + length] is 'i' or 'v' or 'x')
        {
            length++;
        }

        return length > 0 && i + length < s.Length;
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Ms", "Mrs", "Dr", "St", "Jr", "Sr", "No", "Nos", "Co", "Ltd", "Inc", "vs", "Hon", "Gen", "Lt", "Col", "Prof", "approx", "Amb", "Sen", "Rep", "Gov", "Mt", "Ft", "E", "H", "U", "S", "a", "p", "m", "i", "e", "g",
    };

    /// <summary>Splits a line's content into sentences; long runs without a full stop are cut so no sentence grows without bound.</summary>
    public static List<Sentence> Sentences(string text, Line line)
    {
        var result = new List<Sentence>();
        var start = line.ContentStart;
        var end = line.End;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            var cut = false;
            var sentenceEnd = i + 1;
            if (c is '.' or '?' or '!')
            {
                var j = i + 1;
                while (j < end && text[j] is '"' or '\'' or ')')
                {
                    j++;
                }

                if (j >= end)
                {
                    cut = true;
                    sentenceEnd = j;
                }
                else if (text[j] == ' ' && j + 1 < end && (char.IsUpper(text[j + 1]) || text[j + 1] is '"' or '(' || char.IsDigit(text[j + 1])))
                {
                    if (c != '.' || !IsAbbreviation(text, start, i))
                    {
                        cut = true;
                        sentenceEnd = j;
                    }
                }
            }
            else if (i - start >= MaxSentenceLength && c == ' ')
            {
                cut = true;
                sentenceEnd = i;
            }

            if (cut)
            {
                Add(result, text, start, sentenceEnd, line);
                start = sentenceEnd;
                while (start < end && text[start] == ' ')
                {
                    start++;
                }

                i = start;
                continue;
            }

            i++;
        }

        if (start < end)
        {
            Add(result, text, start, end, line);
        }

        return result;
    }

    private static void Add(List<Sentence> result, string text, int start, int end, Line line)
    {
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new Sentence(start, end, text[start..end], line));
        }
    }

    private static bool IsAbbreviation(string text, int lineStart, int dot)
    {
        var k = dot;
        while (k > lineStart && char.IsLetter(text[k - 1]))
        {
            k--;
        }

        var word = text[k..dot];
        if (word.Length == 0)
        {
            return false;
        }

        // "U.S.", "H.E.", "p.m.": a letter preceded by another dot.
        if (word.Length == 1 && (char.IsUpper(word[0]) || (k > lineStart && text[k - 1] == '.')))
        {
            return true;
        }

        return Abbreviations.Contains(word) && (word.Length > 1 || char.IsUpper(word[0]));
    }
}

namespace GraphRelations.Extraction.Text;

/// <summary>A word (letters and digits) or a single punctuation character, with its offsets in the text.</summary>
internal readonly record struct Token(int Start, int End, string Value)
{
    public bool IsWord => Value.Length > 0 && char.IsLetterOrDigit(Value[0]);

    public bool IsCapitalized => Value.Length > 0 && char.IsUpper(Value[0]);
}

internal static class Tokenizer
{
    /// <summary>Splits <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/> into tokens; linear time.</summary>
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0)
        {
            end = text.Length;
        }

        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < end && char.IsLetterOrDigit(text[j]))
                {
                    j++;
                }

                tokens.Add(new Token(i, j, text[i..j]));
                i = j;
                continue;
            }

            tokens.Add(new Token(i, i + 1, text[i].ToString()));
            i++;
        }

        return tokens;
    }
}

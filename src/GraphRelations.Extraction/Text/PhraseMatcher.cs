namespace GraphRelations.Extraction.Text;

/// <summary>
/// Finds known phrases in token streams with a token trie: linear in the text, no regular expressions, so
/// knowledge lists of any size stay safe on hostile input.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Node _root = new();
    private readonly bool _caseSensitive;

    public PhraseMatcher(bool caseSensitive) => _caseSensitive = caseSensitive;

    public void Add(string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var t in tokens)
        {
            if (!node.Children.TryGetValue(t.Value, out var next))
            {
                next = new Node();
                node.Children[t.Value] = next;
            }

            node = next;
        }

        node.Values ??= [];
        node.Values.Add((tokens.Select(t => t.Value).ToArray(), value));
    }

    /// <summary>Longest non-overlapping matches, left to right.</summary>
    public List<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens)
    {
        var result = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < tokens.Count)
        {
            var best = LongestAt(tokens, i);
            if (best is { } m)
            {
                result.Add(m);
                i = m.LastToken + 1;
            }
            else
            {
                i++;
            }
        }

        return result;
    }

    public PhraseMatch<T>? LongestAt(IReadOnlyList<Token> tokens, int index)
    {
        if (index > 0 && IsGlued(tokens[index - 1], tokens[index]))
        {
            return null;
        }

        var node = _root;
        PhraseMatch<T>? best = null;
        for (var j = index; j < tokens.Count && j - index < 16; j++)
        {
            if (!node.Children.TryGetValue(tokens[j].Value, out var next))
            {
                break;
            }

            node = next;
            if (node.Values is null || (j + 1 < tokens.Count && IsGlued(tokens[j], tokens[j + 1])))
            {
                continue;
            }

            foreach (var (words, value) in node.Values)
            {
                if (!_caseSensitive || CaseMatches(words, tokens, index))
                {
                    best = new PhraseMatch<T>(index, j, tokens[index].Start, tokens[j].End, value);
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>Two word tokens written with no space between them belong to one word ("Kyoto" inside "Kyoto-based" is fine, "UN" inside "UNSC" is not a token anyway).</summary>
    private static bool IsGlued(Token a, Token b) => a.End == b.Start && a.IsWord && b.IsWord;

    private static bool CaseMatches(string[] words, IReadOnlyList<Token> tokens, int index)
    {
        for (var k = 0; k < words.Length; k++)
        {
            var w = words[k];
            var t = tokens[index + k].Value;
            if (string.Equals(w, t, StringComparison.Ordinal))
            {
                continue;
            }

            // Headings are often written in capitals; an alias written in lower case matches any case.
            if (string.Equals(w.ToUpperInvariant(), t, StringComparison.Ordinal) || w.All(c => !char.IsUpper(c)))
            {
                continue;
            }

            if (k > 0 && string.Equals(w, t, StringComparison.OrdinalIgnoreCase) && w.Length > 3)
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private sealed class Node
    {
        // Case is checked where a phrase ends (CaseMatches); the trie itself ignores it, with no lower-cased copy of each token.
        public Dictionary<string, Node> Children { get; } = new(StringComparer.OrdinalIgnoreCase);
        public List<(string[] Words, T Value)>? Values { get; set; }
    }
}

internal readonly record struct PhraseMatch<T>(int FirstToken, int LastToken, int Start, int End, T Value);

using System.Text;

namespace GraphRelations.Ingestion;

/// <summary>
/// Decides whether raw bytes are a text worth extracting. Cheap checks first, so a large binary blob is refused
/// before it is decoded.
/// </summary>
internal static class InputValidator
{
    // Strict decoder: invalid sequences throw instead of turning into U+FFFD and silently shifting offsets.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Real prose has almost no control characters; random bytes that happen to decode have many.
    private const double MaxControlCharacterShare = 0.01;

    // A meeting record is words: below this share of letters it is a table of numbers, base64 or noise.
    private const double MinLetterShare = 0.3;

    public sealed record Verdict(string? Text, string? Reason, string? Detail)
    {
        public bool IsValid => Reason is null;
    }

    public static Verdict Check(ReadOnlySpan<byte> bytes, IngestionOptions limits)
    {
        var maxBytes = limits.MaxFileBytes;
        if (bytes.Length > maxBytes)
        {
            return Reject(RejectionReasons.TooLarge, $"{bytes.Length} bytes is over the limit of {maxBytes} bytes");
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        if (bytes.IsEmpty)
        {
            return Reject(RejectionReasons.Empty, "the input has no content");
        }

        if (bytes.Contains((byte)0))
        {
            return Reject(RejectionReasons.Binary, "the input contains NUL bytes, so it is binary data (or UTF-16), not UTF-8 text");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return Reject(RejectionReasons.NotUtf8, $"the input is not valid UTF-8 (bad byte at offset {ex.Index})");
        }

        return CheckText(text, limits);
    }

    public static Verdict Check(string text, IngestionOptions limits)
    {
        var maxBytes = limits.MaxFileBytes;
        var byteCount = Encoding.UTF8.GetByteCount(text);
        if (byteCount > maxBytes)
        {
            return Reject(RejectionReasons.TooLarge, $"{byteCount} bytes is over the limit of {maxBytes} bytes");
        }

        if (text.Contains('\0'))
        {
            return Reject(RejectionReasons.Binary, "the input contains NUL characters");
        }

        return CheckText(text.TrimStart('\uFEFF'), limits);
    }

    private static Verdict CheckText(string text, IngestionOptions limits)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Reject(RejectionReasons.Empty, "the input is only whitespace");
        }

        int control = 0, letters = 0, visible = 0, lines = 1, sentences = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                lines++;
            }
            else if (EndsSentence(text, i))
            {
                sentences++;
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                visible++;
                if (char.IsLetter(c))
                {
                    letters++;
                }
            }
        }

        if (lines > limits.MaxLines)
        {
            return Reject(RejectionReasons.TooManyLines, $"{lines} lines is over the limit of {limits.MaxLines}");
        }

        if (sentences > limits.MaxSentences)
        {
            return Reject(RejectionReasons.TooManySentences, $"{sentences} sentences is over the limit of {limits.MaxSentences}");
        }

        if (control > text.Length * MaxControlCharacterShare)
        {
            return Reject(RejectionReasons.NotText, $"{control} of {text.Length} characters are control characters");
        }

        if (letters < visible * MinLetterShare)
        {
            return Reject(RejectionReasons.NotText, $"only {letters} of {visible} visible characters are letters");
        }

        return new Verdict(text, null, null);
    }

    /// <summary>A full stop, question or exclamation mark that ends a sentence: CJK ones always, Latin ones before a space or the end.</summary>
    private static bool EndsSentence(string text, int i) => text[i] switch
    {
        '。' or '！' or '？' => true,
        '.' or '!' or '?' => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };

    private static Verdict Reject(string reason, string detail) => new(null, reason, detail);
}

using GraphRelations.Extraction.Knowledge;
using GraphRelations.Extraction.Model;
using GraphRelations.Extraction.Recognition;
using GraphRelations.Extraction.Text;

namespace GraphRelations.Extraction;

/// <summary>
/// Turns a meeting record (MOFA / Kantei overview of a summit, foreign ministers' meeting or telephone talk) into
/// a <see cref="DocumentGraph"/>. Pure: rules here, facts in the embedded knowledge files.
/// </summary>
public sealed class MeetingRecordExtractor : IMeetingRecordExtractor
{
    private readonly KnowledgeBase _kb;
    private readonly PersonRecognizer _people;
    private readonly MentionRecognizer _mentions;
    private readonly SpeechActRecognizer _speech;

    public MeetingRecordExtractor()
        : this(KnowledgeBase.Default)
    {
    }

    internal MeetingRecordExtractor(KnowledgeBase kb)
    {
        _kb = kb;
        _people = new PersonRecognizer(kb);
        _mentions = new MentionRecognizer(kb);
        _speech = new SpeechActRecognizer(kb);
        Version = ExtractorVersion.For(kb);
    }

    public string Version { get; }

    public NormalizedDocument Normalize(string rawText) => TextNormalizer.Normalize(rawText ?? string.Empty);

    public DocumentGraph Extract(NormalizedDocument document, string source)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            return new DocumentRun(this, document, source).Run();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not StackOverflowException)
        {
            // Odd text must never stop ingestion: the document is kept with a reason instead of facts.
            return new DocumentGraph(document.Id, source, null, null, Version, [], $"extraction failed on this text: {ex.GetType().Name}");
        }
    }

    internal KnowledgeBase Knowledge => _kb;
    internal PersonRecognizer People => _people;
    internal MentionRecognizer Mentions => _mentions;
    internal SpeechActRecognizer Speech => _speech;
}

using GraphRelations.Extraction.Model;

namespace GraphRelations.Extraction;

/// <summary>Pure extraction: no I/O, the same input always gives the same output.</summary>
public interface IMeetingRecordExtractor
{
    /// <summary>Changes whenever a change to rules or knowledge can change the output; stored with each document.</summary>
    string Version { get; }

    /// <summary>Normalises raw text (quotes, dashes, whitespace, navigation debris) and computes the document id.</summary>
    NormalizedDocument Normalize(string rawText);

    /// <summary>Extracts the graph of one normalised document. Never throws for odd text: an off-genre text gives no meetings and a reason.</summary>
    DocumentGraph Extract(NormalizedDocument document, string source);
}

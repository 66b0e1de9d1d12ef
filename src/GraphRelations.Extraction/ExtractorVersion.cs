using GraphRelations.Extraction.Knowledge;

namespace GraphRelations.Extraction;

/// <summary>The extractor's version: the rules' semantic version plus a short hash of the embedded knowledge.</summary>
public static class ExtractorVersion
{
    /// <summary>Bump when a rule change can change output.</summary>
    public const string Rules = "1.0.0";

    /// <summary>The version of the extractor with the built-in knowledge, e.g. <c>1.0.0+k3f9a12bc</c>.</summary>
    public static string Current => For(KnowledgeBase.Default);

    internal static string For(KnowledgeBase kb) => $"{Rules}+k{kb.ContentHash}";
}

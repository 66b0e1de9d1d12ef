namespace GraphRelations.Extraction;

/// <summary>
/// A meeting record after normalisation. <see cref="Id"/> is the lowercase hex SHA-256 of the UTF-8 bytes of
/// <see cref="Text"/>; every offset the extractor reports indexes <see cref="Text"/>.
/// </summary>
public sealed record NormalizedDocument(string Id, string Text);

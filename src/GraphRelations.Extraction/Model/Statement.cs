namespace GraphRelations.Extraction.Model;

/// <summary>
/// One sentence-level act. <see cref="Speakers"/> are person ids; <see cref="Start"/> and <see cref="End"/>
/// are character offsets of <see cref="Text"/> in the normalised document text.
/// </summary>
public sealed record Statement(
    IReadOnlyList<string> Speakers,
    string Kind,
    string Verb,
    IReadOnlyList<string> Topics,
    string Text,
    int Start,
    int End);

/// <summary>The values <see cref="Statement.Kind"/> takes.</summary>
public static class StatementKinds
{
    public const string Position = "position";
    public const string Agreement = "agreement";
    public const string Request = "request";
    public const string Acknowledgement = "acknowledgement";

    public static readonly IReadOnlyList<string> All = [Position, Agreement, Request, Acknowledgement];
}

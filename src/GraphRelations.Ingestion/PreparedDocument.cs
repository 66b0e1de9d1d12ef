using GraphRelations.Graph;

namespace GraphRelations.Ingestion;

/// <summary>
/// A document after the CPU half of the pipeline: either the record ready for the store, or why it was refused
/// (then <see cref="Refusal"/> is the final result and nothing is written).
/// </summary>
public sealed record PreparedDocument(string Source, IngestionResult? Refusal, DocumentRecord? Record)
{
    public static PreparedDocument Refused(string source, IngestionResult refusal) => new(source, refusal, null);
}

using GraphRelations.Extraction.Model;
using GraphRelations.Ingestion;

namespace GraphRelations.Api.Apis;

/// <summary>What POST /api/documents answers when the text went into the graph.</summary>
public sealed record DocumentIngested(string DocumentId, IngestionOutcome Outcome, int Meetings, DocumentGraph Graph);

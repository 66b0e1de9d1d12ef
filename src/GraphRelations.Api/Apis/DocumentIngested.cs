using GraphRelations.Extraction.Contract;
using GraphRelations.Ingestion;

namespace GraphRelations.Api.Apis;

/// <summary>What POST /api/documents answers when the text went into the graph; <see cref="Graph"/> is in the extraction contract shape.</summary>
public sealed record DocumentIngested(string DocumentId, IngestionOutcome Outcome, int Meetings, ContractDocument Graph);

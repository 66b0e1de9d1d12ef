using GraphRelations.Extraction.Model;
using GraphRelations.Graph.Model;

namespace GraphRelations.Graph;

/// <summary>
/// The graph store port. Two adapters (Neo4j over its HTTP Query API, and the embedded SQLite store) give
/// the same answers; one contract test suite holds them to it.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates constraints, indexes and reference data (taxonomy, offices). Idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes one document's facts in one transaction. The same document with the same extractor version
    /// changes nothing; a new extractor version replaces that document's facts and leaves others alone.
    /// </summary>
    Task<WriteOutcome> WriteDocumentAsync(DocumentRecord document, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes many documents in one transaction (one commit, one fsync), each with the same outcome
    /// <see cref="WriteDocumentAsync"/> would give in that order: a document repeated in the batch is <c>Unchanged</c> the
    /// second time. Each document stays all-or-nothing: one the store refuses is rolled back alone and reported in its
    /// result, the others are committed. Throws, committing none of the batch, when the store itself fails.
    /// </summary>
    /// <returns>One result per input, in input order.</returns>
    Task<IReadOnlyList<DocumentWriteResult>> WriteDocumentsAsync(IReadOnlyList<DocumentRecord> documents, CancellationToken cancellationToken = default);

    /// <summary>Removes a document and every fact that only it supported. False when it was not there.</summary>
    Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TopicSummary>> GetTopicsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// An opaque token that changes whenever a document is written, replaced or deleted, and only then; cheap
    /// to read, so the service answers conditional requests (ETags) and keeps aggregates per version.
    /// </summary>
    Task<string> GetVersionAsync(CancellationToken cancellationToken = default);

    Task<bool> TopicExistsAsync(string topicId, CancellationToken cancellationToken = default);

    Task<bool> PersonExistsAsync(string personId, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the meetings that discussed the topic (or one of its subtopics), in date order, filtered in the
    /// store. Null when the topic is unknown.
    /// </summary>
    Task<TopicTimeline?> GetTopicTimelineAsync(string topicId, TimelineFilter filter, CancellationToken cancellationToken = default);

    Task<MeetingPage> FindMeetingsAsync(MeetingFilter filter, CancellationToken cancellationToken = default);

    Task<MeetingDetail?> GetMeetingAsync(string meetingId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PersonSummary>> GetPeopleAsync(CancellationToken cancellationToken = default);

    Task<PersonDetail?> GetPersonAsync(string personId, CancellationToken cancellationToken = default);

    Task<StoredDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Reports whether the store answers; used by the readiness health check.</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);
}

/// <summary>What a write did.</summary>
public enum WriteOutcome
{
    Inserted,
    Unchanged,
    Replaced,
}

/// <summary>A document to write: its extracted graph plus the normalised text that the offsets index.</summary>
public sealed record DocumentRecord(DocumentGraph Graph, string Text, DateTimeOffset IngestedAt);

using System.Text.Json;
using GraphRelations.Graph.Writing;
using Microsoft.Data.Sqlite;

namespace GraphRelations.Graph.Embedded;

/// <summary>
/// Writes documents' facts inside one open transaction with prepared statements that are compiled once and reused for
/// every row of every document in the batch (the per-row cost is binding values and stepping, not parsing SQL).
/// </summary>
internal sealed class EmbeddedDocumentWriter : IDisposable
{
    private readonly Prepared _version;
    private readonly Prepared _release;
    private readonly Prepared _prune;
    private readonly Prepared _document;
    private readonly Prepared _meeting;
    private readonly Prepared _attendance;
    private readonly Prepared _held;
    private readonly Prepared _discussion;
    private readonly Prepared _statement;
    private readonly Prepared _mention;

    public EmbeddedDocumentWriter(SqliteTransaction transaction)
    {
        _version = new(transaction, EmbeddedWriteSql.DocumentVersion, "@documentId");
        _release = new(transaction, EmbeddedWriteSql.ReleaseDocument, "@documentId");
        _prune = new(transaction, EmbeddedWriteSql.PruneUnsupported);
        _document = new(transaction, EmbeddedWriteSql.UpsertDocument, "@id", "@source", "@title", "@publishedOn", "@extractorVersion", "@ingestedAt", "@text");
        _meeting = new(transaction, EmbeddedWriteSql.UpsertMeeting, "@id", "@kind", "@date", "@city", "@country", "@occasion", "@durationMinutes", "@sequenceNumber", "@documentId");
        _attendance = new(transaction, EmbeddedWriteSql.UpsertAttendance, "@personId", "@name", "@country", "@role", "@meetingId", "@documentId");
        _held = new(transaction, EmbeddedWriteSql.UpsertHeld, "@personId", "@officeId", "@termFrom", "@termTo");
        _discussion = new(transaction, EmbeddedWriteSql.UpsertDiscussion, "@meetingId", "@topicId", "@order", "@heading", "@documentId");
        _statement = new(transaction, EmbeddedWriteSql.UpsertStatement, "@id", "@meetingId", "@documentId", "@kind", "@verb", "@text", "@start", "@end", "@speakers", "@topics");
        _mention = new(transaction, EmbeddedWriteSql.UpsertMention, "@meetingId", "@type", "@entityId", "@name", "@statementId", "@documentId");
    }

    /// <summary>Writes one document (insert, or replace when its extractor version changed); the caller owns the transaction.</summary>
    public WriteOutcome Write(DocumentFacts facts)
    {
        var d = facts.Document;
        var existing = (string?)_version.Scalar(d.Id);
        if (existing == d.ExtractorVersion)
        {
            return WriteOutcome.Unchanged;
        }

        if (existing is not null)
        {
            _release.Run(d.Id);
        }

        _document.Run(d.Id, d.Source, d.Title, d.PublishedOn, d.ExtractorVersion, d.IngestedAt, d.Text);
        foreach (var m in facts.Meetings)
        {
            _meeting.Run(m.Id, m.Kind, m.Date, m.City, m.Country, m.Occasion, m.DurationMinutes, m.SequenceNumber, d.Id);
        }

        foreach (var a in facts.Attendance)
        {
            _attendance.Run(a.PersonId, a.Name, a.Country, a.Role, a.MeetingId, d.Id);
        }

        foreach (var h in facts.Held)
        {
            _held.Run(h.PersonId, h.OfficeId, h.TermFrom, h.TermTo);
        }

        foreach (var t in facts.Discussions)
        {
            _discussion.Run(t.MeetingId, t.TopicId, t.Order, t.Heading, d.Id);
        }

        foreach (var s in facts.Statements)
        {
            _statement.Run(s.Id, s.MeetingId, d.Id, s.Kind, s.Verb, s.Text, s.Start, s.End, JsonSerializer.Serialize(s.Speakers), JsonSerializer.Serialize(s.Topics));
        }

        foreach (var m in facts.Mentions)
        {
            _mention.Run(m.MeetingId, m.Type, m.EntityId, m.Name, m.StatementId, d.Id);
        }

        if (existing is not null)
        {
            _prune.Run();
        }

        return existing is null ? WriteOutcome.Inserted : WriteOutcome.Replaced;
    }

    public void Dispose()
    {
        foreach (var p in new[] { _version, _release, _prune, _document, _meeting, _attendance, _held, _discussion, _statement, _mention })
        {
            p.Dispose();
        }
    }

    /// <summary>A command whose parameters are created once; each run only binds new values.</summary>
    private sealed class Prepared : IDisposable
    {
        private readonly SqliteCommand _command;
        private readonly SqliteParameter[] _parameters;

        public Prepared(SqliteTransaction transaction, string sql, params string[] names)
        {
            _command = transaction.Command(sql);
            _parameters = names.Select(n => _command.Parameters.Add(new SqliteParameter(n, DBNull.Value))).ToArray();
            _command.Prepare();
        }

        public void Run(params object?[] values)
        {
            Bind(values);
            _command.ExecuteNonQuery();
        }

        public object? Scalar(params object?[] values)
        {
            Bind(values);
            return _command.ExecuteScalar();
        }

        public void Dispose() => _command.Dispose();

        private void Bind(object?[] values)
        {
            for (var i = 0; i < _parameters.Length; i++)
            {
                _parameters[i].Value = values[i] ?? DBNull.Value;
            }
        }
    }
}

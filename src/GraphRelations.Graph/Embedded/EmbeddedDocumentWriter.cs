using GraphRelations.Graph.Writing;
using Microsoft.Data.Sqlite;

namespace GraphRelations.Graph.Embedded;

/// <summary>
/// Writes documents' facts inside one open transaction with prepared statements that are compiled once and reused for
/// every document of the batch. A document's rows of one kind go as one JSON array (<see cref="JsonRows"/>), so a
/// document costs about ten executions whatever its size.
/// </summary>
internal sealed class EmbeddedDocumentWriter : IDisposable
{
    private readonly Prepared _version;
    private readonly Prepared _insertDocument;
    private readonly Prepared _updateDocument;
    private readonly Prepared _candidates;
    private readonly Prepared _release;
    private readonly Prepared _deleteDocument;
    private readonly Prepared _prune;
    private readonly Prepared _meetings;
    private readonly Prepared _reported;
    private readonly Prepared _attendance;
    private readonly Prepared _held;
    private readonly Prepared _discussions;
    private readonly Prepared _statements;
    private readonly Prepared _mentions;
    private readonly Prepared _savepoint;
    private readonly Prepared _keep;
    private readonly Prepared _undo;
    private readonly JsonRows _rows = new();

    public EmbeddedDocumentWriter(SqliteTransaction transaction)
    {
        _version = new(transaction, EmbeddedWriteSql.DocumentVersion, "@documentId");
        _insertDocument = new(transaction, EmbeddedWriteSql.InsertDocument, "@id", "@source", "@title", "@publishedOn", "@extractorVersion", "@ingestedAt", "@text");
        _updateDocument = new(transaction, EmbeddedWriteSql.UpdateDocument, "@doc", "@source", "@title", "@publishedOn", "@extractorVersion", "@ingestedAt", "@text");
        _candidates = new(transaction, EmbeddedWriteSql.ReleaseCandidates, "@doc");
        _release = new(transaction, EmbeddedWriteSql.ReleaseDocument, "@doc");
        _deleteDocument = new(transaction, EmbeddedWriteSql.DeleteDocument, "@doc");
        _prune = new(transaction, EmbeddedWriteSql.PruneUnsupported, "@meetings", "@people", "@things");
        _meetings = new(transaction, EmbeddedWriteSql.UpsertMeetings, "@rows");
        _reported = new(transaction, EmbeddedWriteSql.ReportMeetings, "@doc", "@rows");
        _attendance = new(transaction, EmbeddedWriteSql.UpsertAttendance, "@doc", "@rows");
        _held = new(transaction, EmbeddedWriteSql.UpsertHeld, "@rows");
        _discussions = new(transaction, EmbeddedWriteSql.UpsertDiscussions, "@doc", "@rows");
        _statements = new(transaction, EmbeddedWriteSql.InsertStatements, "@doc", "@rows", "@speakers", "@topics");
        _mentions = new(transaction, EmbeddedWriteSql.UpsertMentions, "@doc", "@rows");

        // Prepared like the rest rather than through SqliteTransaction.Save/Release, which compile a new statement each call.
        _savepoint = new(transaction, $"SAVEPOINT {DocumentSavepoint};");
        _keep = new(transaction, $"RELEASE {DocumentSavepoint};");
        _undo = new(transaction, $"ROLLBACK TO {DocumentSavepoint}; RELEASE {DocumentSavepoint};");
    }

    private const string DocumentSavepoint = "document";

    /// <summary>Starts a document of the batch: what follows until <see cref="Keep"/> or <see cref="Undo"/> is all-or-nothing.</summary>
    public void Begin() => _savepoint.Run();

    /// <summary>Keeps the document's writes in the batch's transaction.</summary>
    public void Keep() => _keep.Run();

    /// <summary>Rolls back the document's writes alone; the rest of the batch stays.</summary>
    public void Undo() => _undo.Run();

    /// <summary>Writes one document (insert, or replace when its extractor version changed); the caller owns the transaction.</summary>
    public WriteOutcome Write(DocumentFacts facts)
    {
        var d = facts.Document;
        var (doc, existing) = Find(d.Id);
        if (existing == d.ExtractorVersion)
        {
            return WriteOutcome.Unchanged;
        }

        ReleaseCandidates? released = null;
        if (existing is not null)
        {
            released = Release(doc);
            _updateDocument.Run(doc, d.Source, d.Title, d.PublishedOn, d.ExtractorVersion, d.IngestedAt, d.Text);
        }
        else
        {
            doc = (long)_insertDocument.Scalar(d.Id, d.Source, d.Title, d.PublishedOn, d.ExtractorVersion, d.IngestedAt, d.Text)!;
        }

        var meetings = WriteMeetings(doc, facts);
        WriteAttendance(doc, facts, meetings);
        WriteDiscussions(doc, facts, meetings);
        WriteStatements(doc, facts, meetings);
        WriteMentions(doc, facts, meetings);

        if (released is not null)
        {
            Prune(released);
        }

        return existing is null ? WriteOutcome.Inserted : WriteOutcome.Replaced;
    }

    /// <summary>Deletes a document and what only it supported; false when there is no such document.</summary>
    public bool Delete(string documentId)
    {
        var (doc, existing) = Find(documentId);
        if (existing is null)
        {
            return false;
        }

        var released = Release(doc);
        _deleteDocument.Run(doc);
        Prune(released);
        return true;
    }

    /// <summary>The document's key and extractor version; a null version when the store does not hold it.</summary>
    private (long Doc, string? Version) Find(string documentId) =>
        _version.Row<(long, string?)>(r => (r.GetInt64(0), r.GetString(1)), documentId);

    /// <summary>Withdraws what the document said; returns what that may leave unsupported, for <see cref="Prune"/>.</summary>
    private ReleaseCandidates Release(long doc)
    {
        var candidates = _candidates.Row(r => new ReleaseCandidates(r.GetString(0), r.GetString(1), r.GetString(2)), doc)!;
        _release.Run(doc);
        return candidates;
    }

    private void Prune(ReleaseCandidates candidates) => _prune.Run(candidates.Meetings, candidates.People, candidates.Things);

    private Dictionary<string, long> WriteMeetings(long doc, DocumentFacts facts)
    {
        var rows = _rows.Begin();
        foreach (var m in facts.Meetings)
        {
            rows.Add(m.Id, m.Kind, m.Date, m.City, m.Country, m.Occasion, m.DurationMinutes, m.SequenceNumber);
        }

        var keys = _meetings.Rows(r => (Key: r.GetInt64(0), Id: r.GetString(1)), rows.End())
            .ToDictionary(k => k.Id, k => k.Key, StringComparer.Ordinal);

        rows = _rows.Begin();
        foreach (var key in keys.Values)
        {
            rows.AddValue(key);
        }

        _reported.Run(doc, rows.End());
        return keys;
    }

    private void WriteAttendance(long doc, DocumentFacts facts, Dictionary<string, long> meetings)
    {
        if (facts.Attendance.Count > 0)
        {
            var rows = _rows.Begin();
            foreach (var a in facts.Attendance)
            {
                rows.Add(meetings[a.MeetingId], a.PersonId, a.Name, a.Country, a.Role);
            }

            _attendance.Run(doc, rows.End());
        }

        if (facts.Held.Count > 0)
        {
            var rows = _rows.Begin();
            foreach (var h in facts.Held)
            {
                rows.Add(h.PersonId, h.OfficeId, h.TermFrom, h.TermTo);
            }

            _held.Run(rows.End());
        }
    }

    private void WriteDiscussions(long doc, DocumentFacts facts, Dictionary<string, long> meetings)
    {
        if (facts.Discussions.Count == 0)
        {
            return;
        }

        var rows = _rows.Begin();
        foreach (var t in facts.Discussions)
        {
            rows.Add(meetings[t.MeetingId], t.TopicId, t.Order, t.Heading);
        }

        _discussions.Run(doc, rows.End());
    }

    private void WriteStatements(long doc, DocumentFacts facts, Dictionary<string, long> meetings)
    {
        if (facts.Statements.Count == 0)
        {
            return;
        }

        var text = facts.Document.Text;
        var rows = _rows.Begin();
        foreach (var s in facts.Statements)
        {
            rows.Add(s.Start, s.End, meetings[s.MeetingId], s.Kind, s.Verb, IsSliceOf(text, s) ? null : s.Text);
        }

        var statements = rows.End();
        rows = _rows.Begin();
        foreach (var s in facts.Statements)
        {
            foreach (var speaker in s.Speakers)
            {
                rows.Add(s.Start, speaker);
            }
        }

        var speakers = rows.End();
        rows = _rows.Begin();
        foreach (var s in facts.Statements)
        {
            foreach (var topic in s.Topics)
            {
                rows.Add(s.Start, topic);
            }
        }

        _statements.Run(doc, statements, speakers, rows.End());
    }

    private void WriteMentions(long doc, DocumentFacts facts, Dictionary<string, long> meetings)
    {
        if (facts.Mentions.Count == 0)
        {
            return;
        }

        var starts = facts.Statements.ToDictionary(s => s.Id, s => s.Start, StringComparer.Ordinal);
        var rows = _rows.Begin();
        foreach (var m in facts.Mentions)
        {
            rows.Add(meetings[m.MeetingId], m.Type, m.EntityId, m.Name, m.StatementId is { } id ? starts[id] : null);
        }

        _mentions.Run(doc, rows.End());
    }

    /// <summary>
    /// Whether the statement is the document's text at its offsets, so the reads can take it from there. Offsets count
    /// UTF-16 units and SQLite's substr counts characters; the two agree only without surrogate pairs.
    /// </summary>
    private static bool IsSliceOf(string document, StatementRow s) =>
        s.Start >= 0 && s.Start <= s.End && s.End <= document.Length
            && document.AsSpan(s.Start, s.End - s.Start).SequenceEqual(s.Text)
            && !document.AsSpan(0, s.End).ContainsAnyInRange('\uD800', '\uDFFF');

    public void Dispose()
    {
        foreach (var p in new[] { _version, _insertDocument, _updateDocument, _candidates, _release, _deleteDocument, _prune, _meetings, _reported, _attendance, _held, _discussions, _statements, _mentions, _savepoint, _keep, _undo })
        {
            p.Dispose();
        }

        _rows.Dispose();
    }

    /// <summary>A released document's meetings, people and named things, as JSON arrays of keys.</summary>
    private sealed record ReleaseCandidates(string Meetings, string People, string Things);

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

        public void Run(params ReadOnlySpan<object?> values)
        {
            Bind(values);
            _command.ExecuteNonQuery();
        }

        public object? Scalar(params ReadOnlySpan<object?> values)
        {
            Bind(values);
            return _command.ExecuteScalar();
        }

        /// <summary>The first row mapped, or default when there is none.</summary>
        public T? Row<T>(Func<SqliteDataReader, T> map, params ReadOnlySpan<object?> values)
        {
            Bind(values);
            using var reader = _command.ExecuteReader();
            return reader.Read() ? map(reader) : default;
        }

        public List<T> Rows<T>(Func<SqliteDataReader, T> map, params ReadOnlySpan<object?> values)
        {
            Bind(values);
            using var reader = _command.ExecuteReader();
            var list = new List<T>();
            while (reader.Read())
            {
                list.Add(map(reader));
            }

            return list;
        }

        public void Dispose() => _command.Dispose();

        private void Bind(ReadOnlySpan<object?> values)
        {
            for (var i = 0; i < _parameters.Length; i++)
            {
                _parameters[i].Value = values[i] ?? DBNull.Value;
            }
        }
    }
}

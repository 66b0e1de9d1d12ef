namespace GraphRelations.Graph.Embedded;

/// <summary>
/// The embedded store's write statements. Property merging mirrors cypher/queries/write-*.cypher: a new
/// non-null value wins, a null keeps what another document said.
/// </summary>
/// <remarks>
/// A document's rows of one kind travel as one JSON array (<c>@rows</c>, each row an array read with <c>-&gt;&gt;</c>), so
/// writing a document is a dozen executions rather than one per row. Rows within a document are distinct (see
/// <see cref="Writing.DocumentFacts"/>), which is what lets each one add exactly one to its relationship's support.
/// </remarks>
internal static class EmbeddedWriteSql
{
    public const string UpsertTopic = """
        INSERT INTO topics (id, name) VALUES (@id, @name)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name;
        """;

    // After every topic exists, so a parent listed after its child is found.
    public const string SetTopicParent = """
        UPDATE topics SET parent = (SELECT p.topic FROM topics p WHERE p.id = @parentId) WHERE id = @id;
        """;

    public const string UpsertOffice = """
        INSERT INTO offices (id, name, country) VALUES (@id, @name, @country)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, country = excluded.country;
        """;

    public const string DocumentVersion = "SELECT doc, extractor_version FROM documents WHERE id = @documentId;";

    public const string InsertDocument = """
        INSERT INTO documents (id, source, title, published_on, extractor_version, ingested_at, text)
        VALUES (@id, @source, @title, @publishedOn, @extractorVersion, @ingestedAt, @text)
        RETURNING doc;
        """;

    public const string UpdateDocument = """
        UPDATE documents SET source = @source, title = @title, published_on = @publishedOn,
            extractor_version = @extractorVersion, ingested_at = @ingestedAt, text = @text
        WHERE doc = @doc;
        """;

    // Rows: [id, kind, date, city, country, occasion, durationMinutes, sequenceNumber]. Returns each meeting's key.
    public const string UpsertMeetings = """
        INSERT INTO meetings (id, kind, date, city, country, occasion, duration_minutes, sequence_number)
        SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7
        FROM json_each(@rows) WHERE true
        ON CONFLICT (id) DO UPDATE SET
            kind = excluded.kind,
            date = coalesce(excluded.date, date),
            city = coalesce(excluded.city, city),
            country = coalesce(excluded.country, country),
            occasion = coalesce(excluded.occasion, occasion),
            duration_minutes = coalesce(excluded.duration_minutes, duration_minutes),
            sequence_number = coalesce(excluded.sequence_number, sequence_number)
        RETURNING meeting, id;
        """;

    // Rows: [meeting key].
    public const string ReportMeetings = "INSERT INTO reported_in (doc, meeting) SELECT @doc, value FROM json_each(@rows);";

    // Rows: [meeting key, person id, name, country, role]. The first name seen is the person's name; other spellings
    // become aliases.
    public const string UpsertAttendance = """
        INSERT INTO people (id, name, country)
        SELECT value ->> 1, value ->> 2, value ->> 3 FROM json_each(@rows) WHERE true
        ON CONFLICT (id) DO UPDATE SET
            country = coalesce(excluded.country, country),
            aliases = CASE
                WHEN excluded.name <> name AND NOT EXISTS (SELECT 1 FROM json_each(aliases) WHERE value = excluded.name)
                THEN json_insert(aliases, '$[#]', excluded.name)
                ELSE aliases END;
        INSERT INTO attended (meeting, person, role, support)
        SELECT j.value ->> 0, p.person, j.value ->> 4, 1 FROM json_each(@rows) j JOIN people p ON p.id = j.value ->> 1 WHERE true
        ON CONFLICT (meeting, person) DO UPDATE SET role = coalesce(excluded.role, role), support = support + 1;
        INSERT INTO attended_support (doc, meeting, person)
        SELECT @doc, j.value ->> 0, p.person FROM json_each(@rows) j JOIN people p ON p.id = j.value ->> 1;
        """;

    // Rows: [person id, office id, term from, term to]. Unknown offices are skipped, as the Cypher MATCH on the
    // Office would skip them.
    public const string UpsertHeld = """
        INSERT INTO held (person, office, term_from, term_to)
        SELECT p.person, o.office, coalesce(j.value ->> 2, ''), j.value ->> 3
        FROM json_each(@rows) j JOIN people p ON p.id = j.value ->> 0 JOIN offices o ON o.id = j.value ->> 1 WHERE true
        ON CONFLICT (person, office, term_from) DO UPDATE SET term_to = coalesce(excluded.term_to, term_to);
        """;

    // Rows: [meeting key, topic id, order, heading]. Unknown topics are skipped.
    public const string UpsertDiscussions = """
        INSERT INTO discussed (meeting, topic, ord, heading, support, key)
        SELECT m.meeting, t.topic, j.value ->> 2, j.value ->> 3, 1, ifnull(m.date, '~')
        FROM json_each(@rows) j JOIN topics t ON t.id = j.value ->> 1 JOIN meetings m ON m.meeting = j.value ->> 0 WHERE true
        ON CONFLICT (meeting, topic) DO UPDATE SET ord = excluded.ord, heading = coalesce(excluded.heading, heading), support = support + 1;
        INSERT INTO discussed_support (doc, meeting, topic)
        SELECT @doc, j.value ->> 0, t.topic FROM json_each(@rows) j JOIN topics t ON t.id = j.value ->> 1;
        """;

    // Rows: [start, end, meeting key, kind, verb, text or null]. Speakers: [start, person id]. Topics: [start, topic id].
    public const string InsertStatements = """
        INSERT INTO statements (doc, start, "end", meeting, kind, verb, text)
        SELECT @doc, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM json_each(@rows);
        INSERT OR IGNORE INTO made (doc, start, person)
        SELECT @doc, j.value ->> 0, p.person FROM json_each(@speakers) j JOIN people p ON p.id = j.value ->> 1;
        INSERT OR IGNORE INTO about (doc, start, topic)
        SELECT @doc, j.value ->> 0, t.topic FROM json_each(@topics) j JOIN topics t ON t.id = j.value ->> 1;
        """;

    // Rows: [meeting key, type, entity id, name, statement start or null]. After the document's statements and their
    // topics, which topic_mentions crosses with its statement mentions.
    public const string UpsertMentions = """
        INSERT INTO named_things (type, id, name)
        SELECT value ->> 1, value ->> 2, value ->> 3 FROM json_each(@rows) WHERE true
        ON CONFLICT (type, id) DO UPDATE SET name = excluded.name;
        INSERT INTO meeting_mentions (meeting, thing, support)
        SELECT j.value ->> 0, n.thing, 1 FROM json_each(@rows) j JOIN named_things n ON n.type = j.value ->> 1 AND n.id = j.value ->> 2 WHERE true
        ON CONFLICT (meeting, thing) DO UPDATE SET support = support + 1;
        INSERT INTO meeting_mentions_support (doc, meeting, thing)
        SELECT @doc, j.value ->> 0, n.thing FROM json_each(@rows) j JOIN named_things n ON n.type = j.value ->> 1 AND n.id = j.value ->> 2;
        INSERT OR IGNORE INTO statement_mentions (doc, start, thing)
        SELECT @doc, j.value ->> 4, n.thing FROM json_each(@rows) j JOIN named_things n ON n.type = j.value ->> 1 AND n.id = j.value ->> 2
        WHERE j.value ->> 4 IS NOT NULL;
        INSERT OR IGNORE INTO topic_mentions (doc, start, thing, topic, meeting, key)
        SELECT sm.doc, sm.start, sm.thing, a.topic, s.meeting, ifnull(m.date, '~')
        FROM statement_mentions sm
        JOIN about a ON a.doc = sm.doc AND a.start = sm.start
        JOIN statements s ON s.doc = sm.doc AND s.start = sm.start
        JOIN meetings m ON m.meeting = s.meeting
        WHERE sm.doc = @doc;
        """;

    /// <summary>
    /// What a document's release may leave without support: its meetings, people and named things, as JSON arrays of
    /// keys (one row), read before <see cref="ReleaseDocument"/> and pruned by <see cref="PruneUnsupported"/>.
    /// </summary>
    public const string ReleaseCandidates = """
        SELECT (SELECT json_group_array(meeting) FROM reported_in WHERE doc = @doc),
               (SELECT json_group_array(DISTINCT person) FROM attended_support WHERE doc = @doc),
               (SELECT json_group_array(DISTINCT thing) FROM meeting_mentions_support WHERE doc = @doc);
        """;

    /// <summary>
    /// Withdraws everything a document said: its statements, and one support from each relationship it gave (the rows
    /// left with none go). Reads only the document's own rows. Nodes are left for <see cref="PruneUnsupported"/>.
    /// </summary>
    public const string ReleaseDocument = """
        DELETE FROM made WHERE doc = @doc;
        DELETE FROM about WHERE doc = @doc;
        DELETE FROM topic_mentions WHERE doc = @doc;
        DELETE FROM statement_mentions WHERE doc = @doc;
        DELETE FROM statements WHERE doc = @doc;

        UPDATE attended SET support = support - 1
        WHERE (meeting, person) IN (SELECT meeting, person FROM attended_support WHERE doc = @doc);
        DELETE FROM attended
        WHERE support = 0 AND (meeting, person) IN (SELECT meeting, person FROM attended_support WHERE doc = @doc);
        DELETE FROM attended_support WHERE doc = @doc;

        UPDATE discussed SET support = support - 1
        WHERE (meeting, topic) IN (SELECT meeting, topic FROM discussed_support WHERE doc = @doc);
        DELETE FROM discussed
        WHERE support = 0 AND (meeting, topic) IN (SELECT meeting, topic FROM discussed_support WHERE doc = @doc);
        DELETE FROM discussed_support WHERE doc = @doc;

        UPDATE meeting_mentions SET support = support - 1
        WHERE (meeting, thing) IN (SELECT meeting, thing FROM meeting_mentions_support WHERE doc = @doc);
        DELETE FROM meeting_mentions
        WHERE support = 0 AND (meeting, thing) IN (SELECT meeting, thing FROM meeting_mentions_support WHERE doc = @doc);
        DELETE FROM meeting_mentions_support WHERE doc = @doc;

        DELETE FROM reported_in WHERE doc = @doc;
        """;

    public const string DeleteDocument = "DELETE FROM documents WHERE doc = @doc;";

    /// <summary>
    /// Removes the candidates (from <see cref="ReleaseCandidates"/>) that nothing supports any more: a meeting no
    /// document reports, a person who attended nothing (with the offices held and statements made), a named thing
    /// no meeting mentions. Runs after the document's new facts are written, so what they still support stays.
    /// </summary>
    public const string PruneUnsupported = """
        DELETE FROM meetings WHERE meeting IN (SELECT value FROM json_each(@meetings))
            AND NOT EXISTS (SELECT 1 FROM reported_in r WHERE r.meeting = meetings.meeting);
        DELETE FROM held WHERE person IN (SELECT value FROM json_each(@people))
            AND NOT EXISTS (SELECT 1 FROM attended a WHERE a.person = held.person);
        DELETE FROM made WHERE person IN (SELECT value FROM json_each(@people))
            AND NOT EXISTS (SELECT 1 FROM attended a WHERE a.person = made.person);
        DELETE FROM people WHERE person IN (SELECT value FROM json_each(@people))
            AND NOT EXISTS (SELECT 1 FROM attended a WHERE a.person = people.person);
        DELETE FROM named_things WHERE thing IN (SELECT value FROM json_each(@things))
            AND NOT EXISTS (SELECT 1 FROM meeting_mentions m WHERE m.thing = named_things.thing);
        """;
}

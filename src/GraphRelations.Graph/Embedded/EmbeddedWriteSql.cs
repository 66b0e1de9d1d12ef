namespace GraphRelations.Graph.Embedded;

/// <summary>
/// The embedded store's write statements. Property merging mirrors cypher/queries/write-*.cypher: a new
/// non-null value wins, a null keeps what another document said.
/// </summary>
internal static class EmbeddedWriteSql
{
    public const string UpsertTopic = """
        INSERT INTO topics (id, name, parent_id) VALUES (@id, @name, @parentId)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id;
        """;

    public const string UpsertOffice = """
        INSERT INTO offices (id, name, country) VALUES (@id, @name, @country)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, country = excluded.country;
        """;

    public const string DocumentVersion = "SELECT extractor_version FROM documents WHERE id = @documentId;";

    public const string UpsertDocument = """
        INSERT INTO documents (id, source, title, published_on, extractor_version, ingested_at, text)
        VALUES (@id, @source, @title, @publishedOn, @extractorVersion, @ingestedAt, @text)
        ON CONFLICT (id) DO UPDATE SET
            source = excluded.source, title = excluded.title, published_on = excluded.published_on,
            extractor_version = excluded.extractor_version, ingested_at = excluded.ingested_at, text = excluded.text;
        """;

    public const string UpsertMeeting = """
        INSERT INTO meetings (id, kind, date, city, country, occasion, duration_minutes, sequence_number)
        VALUES (@id, @kind, @date, @city, @country, @occasion, @durationMinutes, @sequenceNumber)
        ON CONFLICT (id) DO UPDATE SET
            kind = excluded.kind,
            date = coalesce(excluded.date, date),
            city = coalesce(excluded.city, city),
            country = coalesce(excluded.country, country),
            occasion = coalesce(excluded.occasion, occasion),
            duration_minutes = coalesce(excluded.duration_minutes, duration_minutes),
            sequence_number = coalesce(excluded.sequence_number, sequence_number);
        INSERT OR IGNORE INTO reported_in (meeting_id, document_id) VALUES (@id, @documentId);
        """;

    // The first name seen is the person's name; other spellings become aliases.
    public const string UpsertAttendance = """
        INSERT INTO people (id, name, country) VALUES (@personId, @name, @country)
        ON CONFLICT (id) DO UPDATE SET
            country = coalesce(excluded.country, country),
            aliases = CASE
                WHEN excluded.name <> name AND NOT EXISTS (SELECT 1 FROM json_each(aliases) WHERE value = excluded.name)
                THEN json_insert(aliases, '$[#]', excluded.name)
                ELSE aliases END;
        INSERT INTO attended (person_id, meeting_id, role) VALUES (@personId, @meetingId, @role)
        ON CONFLICT (person_id, meeting_id) DO UPDATE SET role = coalesce(excluded.role, role);
        INSERT OR IGNORE INTO attended_support (person_id, meeting_id, document_id) VALUES (@personId, @meetingId, @documentId);
        """;

    // Unknown offices are skipped, as the Cypher MATCH on the Office would skip them.
    public const string UpsertHeld = """
        INSERT INTO held (person_id, office_id, term_from, term_to)
        SELECT @personId, o.id, coalesce(@termFrom, ''), @termTo FROM offices o WHERE o.id = @officeId
        ON CONFLICT (person_id, office_id, term_from) DO UPDATE SET term_to = coalesce(excluded.term_to, term_to);
        """;

    public const string UpsertDiscussion = """
        INSERT INTO discussed (meeting_id, topic_id, ord, heading)
        SELECT @meetingId, t.id, @order, @heading FROM topics t WHERE t.id = @topicId
        ON CONFLICT (meeting_id, topic_id) DO UPDATE SET ord = excluded.ord, heading = coalesce(excluded.heading, heading);
        INSERT OR IGNORE INTO discussed_support (meeting_id, topic_id, document_id)
        SELECT @meetingId, t.id, @documentId FROM topics t WHERE t.id = @topicId;
        """;

    // Speakers and topics travel as JSON arrays, so a statement and its MADE/ABOUT rows are one execution.
    public const string UpsertStatement = """
        INSERT INTO statements (id, meeting_id, document_id, kind, verb, text, start, "end")
        VALUES (@id, @meetingId, @documentId, @kind, @verb, @text, @start, @end)
        ON CONFLICT (id) DO UPDATE SET
            meeting_id = excluded.meeting_id, kind = excluded.kind, verb = excluded.verb, text = excluded.text,
            start = excluded.start, "end" = excluded."end";
        INSERT OR IGNORE INTO made (statement_id, person_id)
        SELECT @id, p.id FROM json_each(@speakers) j JOIN people p ON p.id = j.value;
        INSERT OR IGNORE INTO about (statement_id, topic_id)
        SELECT @id, t.id FROM json_each(@topics) j JOIN topics t ON t.id = j.value;
        """;

    public const string UpsertMention = """
        INSERT INTO named_things (type, id, name) VALUES (@type, @entityId, @name)
        ON CONFLICT (type, id) DO UPDATE SET name = excluded.name;
        INSERT OR IGNORE INTO meeting_mentions (meeting_id, type, thing_id) VALUES (@meetingId, @type, @entityId);
        INSERT OR IGNORE INTO meeting_mentions_support (meeting_id, type, thing_id, document_id)
        VALUES (@meetingId, @type, @entityId, @documentId);
        INSERT OR IGNORE INTO statement_mentions (statement_id, type, thing_id)
        SELECT s.id, @type, @entityId FROM statements s WHERE s.id = @statementId;
        """;

    /// <summary>Withdraws everything a document said; <see cref="PruneUnsupported"/> then removes what nothing supports.</summary>
    public const string ReleaseDocument = """
        DELETE FROM statements WHERE document_id = @documentId;
        DELETE FROM attended_support WHERE document_id = @documentId;
        DELETE FROM discussed_support WHERE document_id = @documentId;
        DELETE FROM meeting_mentions_support WHERE document_id = @documentId;
        DELETE FROM reported_in WHERE document_id = @documentId;
        """;

    public const string DeleteDocument = "DELETE FROM documents WHERE id = @documentId;";

    public const string PruneUnsupported = """
        DELETE FROM attended WHERE NOT EXISTS (
            SELECT 1 FROM attended_support s WHERE s.person_id = attended.person_id AND s.meeting_id = attended.meeting_id);
        DELETE FROM discussed WHERE NOT EXISTS (
            SELECT 1 FROM discussed_support s WHERE s.meeting_id = discussed.meeting_id AND s.topic_id = discussed.topic_id);
        DELETE FROM meeting_mentions WHERE NOT EXISTS (
            SELECT 1 FROM meeting_mentions_support s
            WHERE s.meeting_id = meeting_mentions.meeting_id AND s.type = meeting_mentions.type AND s.thing_id = meeting_mentions.thing_id);
        DELETE FROM meetings WHERE NOT EXISTS (SELECT 1 FROM reported_in r WHERE r.meeting_id = meetings.id);
        DELETE FROM people WHERE NOT EXISTS (SELECT 1 FROM attended a WHERE a.person_id = people.id);
        DELETE FROM named_things WHERE NOT EXISTS (
            SELECT 1 FROM meeting_mentions m WHERE m.type = named_things.type AND m.thing_id = named_things.id);
        """;
}

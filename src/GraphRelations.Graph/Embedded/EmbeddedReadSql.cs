namespace GraphRelations.Graph.Embedded;

/// <summary>Which filters a meeting list query carries; <see cref="Anchored"/>: the page starts from a page anchor's key.</summary>
internal sealed record MeetingListShape(bool From, bool To, bool Kind, bool Person, bool Topic, bool Anchored);

/// <summary>
/// The embedded store's read statements, one per question, mirroring cypher/queries/read-*.cypher.
/// Meetings sort by date with undated ones last, then id — the order the Cypher uses too.
/// </summary>
internal static class EmbeddedReadSql
{
    private const string MeetingColumns =
        "m.id, m.kind, m.date, m.city, m.country, m.occasion, m.duration_minutes, m.sequence_number";

    // Undated meetings last, then id: the order the Cypher writes as `m.date IS NULL, m.date, m.id`. Dates are
    // ISO text, so '~' sorts after every one of them; the same expression is indexed (meetings_order).
    public const string MeetingKey = "ifnull(m.date, '~')";

    public const string MeetingOrder = MeetingKey + ", m.id";

    /// <summary>The version behind ETags: the store's instance and its count of committed document writes.</summary>
    public const string Version = "SELECT instance || ':' || value FROM store_generation WHERE id = 1;";

    public const string TopicExists = "SELECT EXISTS (SELECT 1 FROM topics WHERE id = @topicId);";

    public const string PersonExists = "SELECT EXISTS (SELECT 1 FROM people WHERE id = @personId);";

    public const string CountNodes = """
        SELECT 'Document', count(*) FROM documents
        UNION ALL SELECT 'Meeting', count(*) FROM meetings
        UNION ALL SELECT 'Person', count(*) FROM people
        UNION ALL SELECT 'Office', count(*) FROM offices
        UNION ALL SELECT 'Topic', count(*) FROM topics
        UNION ALL SELECT 'Statement', count(*) FROM statements
        UNION ALL SELECT type, count(*) FROM named_things GROUP BY type;
        """;

    public const string CountRelationships = """
        SELECT 'ATTENDED', count(*) FROM attended
        UNION ALL SELECT 'REPORTED_IN', count(*) FROM reported_in
        UNION ALL SELECT 'HELD', count(*) FROM held
        UNION ALL SELECT 'DISCUSSED', count(*) FROM discussed
        UNION ALL SELECT 'SUBTOPIC_OF', count(*) FROM topics WHERE parent_id IS NOT NULL
        UNION ALL SELECT 'HAS_STATEMENT', count(*) FROM statements
        UNION ALL SELECT 'MADE', count(*) FROM made
        UNION ALL SELECT 'ABOUT', count(*) FROM about
        UNION ALL SELECT 'MENTIONS', (SELECT count(*) FROM meeting_mentions) + (SELECT count(*) FROM statement_mentions);
        """;

    // A topic counts the meetings that discussed it or any of its subtopics, like its timeline does.
    public const string Topics = """
        WITH RECURSIVE closure(ancestor, descendant) AS (
            SELECT id, id FROM topics
            UNION
            SELECT c.ancestor, t.id FROM closure c JOIN topics t ON t.parent_id = c.descendant)
        SELECT t.id, t.name, t.parent_id, count(DISTINCT m.id), min(m.date), max(m.date)
        FROM topics t
        JOIN closure c ON c.ancestor = t.id
        LEFT JOIN discussed d ON d.topic_id = c.descendant
        LEFT JOIN meetings m ON m.id = d.meeting_id
        GROUP BY t.id, t.name, t.parent_id
        ORDER BY t.id;
        """;

    public const string TopicName = "SELECT name FROM topics WHERE id = @topicId;";

    private const string TopicTree = """
        WITH RECURSIVE tree(id) AS (
            SELECT @topicId
            UNION
            SELECT t.id FROM topics t JOIN tree ON t.parent_id = tree.id)
        """;

    /// <summary>
    /// The statements about the topic tree at a page of meetings (a JSON array of ids), at most @limit per meeting
    /// (agreements first, then document order) with the meeting's full count. Driven from the page's meetings.
    /// </summary>
    public const string TimelineStatements = TopicTree + """
        , ranked AS (
            SELECT s.id, s.meeting_id, s.kind, s.verb, s.text, s.document_id, s.start, s."end",
                row_number() OVER (PARTITION BY s.meeting_id ORDER BY s.kind <> 'agreement', s.document_id, s.start) AS n,
                count(*) OVER (PARTITION BY s.meeting_id) AS total
            FROM statements s
            WHERE s.meeting_id IN (SELECT value FROM json_each(@meetingIds))
              AND EXISTS (SELECT 1 FROM about a WHERE a.statement_id = s.id AND a.topic_id IN (SELECT id FROM tree)))
        SELECT id, meeting_id, kind, verb, text, document_id, start, "end", total FROM ranked
        WHERE n <= @limit ORDER BY document_id, start;
        """;

    /// <summary>The first meeting (as "key id") at which each strict subtopic of the topic was discussed.</summary>
    public const string FirstSubtopics = $"""
        WITH RECURSIVE tree(id) AS (
            SELECT t.id FROM topics t WHERE t.parent_id = @topicId
            UNION
            SELECT t.id FROM topics t JOIN tree ON t.parent_id = tree.id)
        SELECT d.topic_id, min({MeetingKey} || ' ' || m.id)
        FROM discussed d JOIN meetings m ON m.id = d.meeting_id
        WHERE d.topic_id IN (SELECT id FROM tree)
        GROUP BY d.topic_id;
        """;

    /// <summary>
    /// The first meeting (as "key id") on the topic's timeline at which a statement about the topic tree mentioned
    /// each named thing.
    /// </summary>
    public const string FirstMentions = TopicTree + $"""
        SELECT n.id, n.type, n.name, min({MeetingKey} || ' ' || m.id)
        FROM about a
        JOIN statements s ON s.id = a.statement_id
        JOIN meetings m ON m.id = s.meeting_id
        JOIN statement_mentions sm ON sm.statement_id = s.id
        JOIN named_things n ON n.type = sm.type AND n.id = sm.thing_id
        WHERE a.topic_id IN (SELECT id FROM tree)
          AND EXISTS (SELECT 1 FROM discussed d WHERE d.meeting_id = m.id AND d.topic_id IN (SELECT id FROM tree))
        GROUP BY n.type, n.id, n.name;
        """;

    /// <summary>
    /// A meeting list's sort keys (for <see cref="Reading.PageAnchors"/>) or one page of it. Only the filters given
    /// appear in the SQL, so the date range is a range on meetings_order rather than an OR the planner cannot index;
    /// values are always parameters.
    /// </summary>
    public static string MeetingList(MeetingListShape shape, bool page)
    {
        var where = new List<string>();
        if (shape.From)
        {
            where.Add($"{MeetingKey} >= @from");
            if (!shape.To)
            {
                where.Add($"{MeetingKey} < '~'");
            }
        }

        if (shape.To)
        {
            where.Add($"{MeetingKey} <= @to");
        }

        if (page && shape.Anchored)
        {
            where.Add($"{MeetingKey} >= @anchor");
        }

        if (shape.Kind)
        {
            where.Add("m.kind = @kind");
        }

        if (shape.Person)
        {
            where.Add("EXISTS (SELECT 1 FROM attended a WHERE a.person_id = @personId AND a.meeting_id = m.id)");
        }

        if (shape.Topic)
        {
            where.Add("EXISTS (SELECT 1 FROM discussed d WHERE d.meeting_id = m.id AND d.topic_id IN (SELECT id FROM tree))");
        }

        var select = page ? MeetingColumns : MeetingKey;
        var filter = where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where);
        var tail = page ? " LIMIT @limit OFFSET @skip;" : ";";
        return (shape.Topic ? TopicTree : string.Empty) + $" SELECT {select} FROM meetings m{filter} ORDER BY {MeetingOrder}{tail}";
    }

    public const string MeetingById = $"SELECT {MeetingColumns} FROM meetings m WHERE m.id = @meetingId;";

    public const string MeetingsOfPerson = $"""
        SELECT {MeetingColumns} FROM meetings m
        JOIN attended a ON a.meeting_id = m.id AND a.person_id = @personId
        ORDER BY {MeetingOrder};
        """;

    /// <summary>Attendees of a set of meetings, passed as a JSON array of ids.</summary>
    public const string Attendees = """
        SELECT a.meeting_id, p.id, p.name, p.country, a.role
        FROM attended a JOIN people p ON p.id = a.person_id
        WHERE a.meeting_id IN (SELECT value FROM json_each(@meetingIds))
        ORDER BY a.meeting_id, p.id;
        """;

    public const string MeetingTopics = """
        SELECT t.id, t.name, d.heading, d.ord FROM discussed d JOIN topics t ON t.id = d.topic_id
        WHERE d.meeting_id = @meetingId ORDER BY d.ord, t.id;
        """;

    public const string MeetingStatements = """
        SELECT s.id, s.meeting_id, s.kind, s.verb, s.text, s.document_id, s.start, s."end"
        FROM statements s WHERE s.meeting_id = @meetingId ORDER BY s.document_id, s.start;
        """;

    public const string MeetingMentions = """
        SELECT n.id, n.type, n.name FROM meeting_mentions mm
        JOIN named_things n ON n.type = mm.type AND n.id = mm.thing_id
        WHERE mm.meeting_id = @meetingId ORDER BY n.type, n.id;
        """;

    public const string MeetingDocuments = """
        SELECT d.id, d.source, d.title, d.published_on, d.extractor_version, d.ingested_at
        FROM reported_in r JOIN documents d ON d.id = r.document_id
        WHERE r.meeting_id = @meetingId ORDER BY d.id;
        """;

    /// <summary>Speakers, topics and mentions of a set of statements, passed as a JSON array of ids.</summary>
    public const string StatementSpeakers = """
        SELECT statement_id, person_id FROM made
        WHERE statement_id IN (SELECT value FROM json_each(@statementIds)) ORDER BY statement_id, person_id;
        """;

    public const string StatementTopics = """
        SELECT statement_id, topic_id FROM about
        WHERE statement_id IN (SELECT value FROM json_each(@statementIds)) ORDER BY statement_id, topic_id;
        """;


    public const string People = """
        SELECT p.id, p.name, p.country, (SELECT count(*) FROM attended a WHERE a.person_id = p.id)
        FROM people p ORDER BY p.id;
        """;

    public const string PersonById = """
        SELECT p.id, p.name, p.country, (SELECT count(*) FROM attended a WHERE a.person_id = p.id), p.aliases
        FROM people p WHERE p.id = @personId;
        """;

    public const string PersonOffices = """
        SELECT o.id, o.name, nullif(h.term_from, ''), h.term_to
        FROM held h JOIN offices o ON o.id = h.office_id
        WHERE h.person_id = @personId
        ORDER BY h.term_from = '', h.term_from, o.id;
        """;

    public const string Counterparts = """
        SELECT other.id, other.name, other.country, count(DISTINCT m.id) AS meetings, min(m.date), max(m.date)
        FROM attended mine
        JOIN attended theirs ON theirs.meeting_id = mine.meeting_id AND theirs.person_id <> mine.person_id
        JOIN people other ON other.id = theirs.person_id
        JOIN meetings m ON m.id = mine.meeting_id
        WHERE mine.person_id = @personId
        GROUP BY other.id, other.name, other.country
        ORDER BY meetings DESC, other.id;
        """;

    public const string PersonTopics = """
        SELECT t.id, t.name, count(DISTINCT d.meeting_id) AS meetings
        FROM attended a
        JOIN discussed d ON d.meeting_id = a.meeting_id
        JOIN topics t ON t.id = d.topic_id
        WHERE a.person_id = @personId
        GROUP BY t.id, t.name
        ORDER BY meetings DESC, t.id;
        """;

    public const string DocumentById = """
        SELECT d.id, d.source, d.title, d.published_on, d.extractor_version, d.ingested_at, d.text
        FROM documents d WHERE d.id = @documentId;
        """;

    public const string DocumentMeetings = "SELECT meeting_id FROM reported_in WHERE document_id = @documentId ORDER BY meeting_id;";
}

namespace GraphRelations.Graph.Embedded;

/// <summary>Which filters a meeting list query carries; <see cref="Anchored"/>: the page starts from a page anchor's key.</summary>
internal sealed record MeetingListShape(bool From, bool To, bool Kind, bool Person, bool Topic, bool Anchored);

/// <summary>
/// The embedded store's read statements, one per question, mirroring cypher/queries/read-*.cypher.
/// Meetings sort by date with undated ones last, then id — the order the Cypher uses too.
/// </summary>
internal static class EmbeddedReadSql
{
    // The meeting's key last (ordinal 8): the page's further reads go by key.
    private const string MeetingColumns =
        "m.id, m.kind, m.date, m.city, m.country, m.occasion, m.duration_minutes, m.sequence_number, m.meeting";

    // Undated meetings last, then id: the order the Cypher writes as `m.date IS NULL, m.date, m.id`. Dates are
    // ISO text, so '~' sorts after every one of them; the same expression is indexed (meetings_order).
    public const string MeetingKey = "ifnull(m.date, '~')";

    public const string MeetingOrder = MeetingKey + ", m.id";

    // A statement's columns, given `s` (statements) and `d` (its document): the text is the document's own text at the
    // statement's offsets unless the writer had to keep it (EmbeddedDocumentWriter.IsSliceOf).
    private const string StatementColumns =
        "d.id, s.start, s.\"end\", m.id, s.kind, s.verb, coalesce(s.text, substr(d.text, s.start + 1, s.\"end\" - s.start)), s.doc";

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
        UNION ALL SELECT 'SUBTOPIC_OF', count(*) FROM topics WHERE parent IS NOT NULL
        UNION ALL SELECT 'HAS_STATEMENT', count(*) FROM statements
        UNION ALL SELECT 'MADE', count(*) FROM made
        UNION ALL SELECT 'ABOUT', count(*) FROM about
        UNION ALL SELECT 'MENTIONS', (SELECT count(*) FROM meeting_mentions) + (SELECT count(*) FROM statement_mentions);
        """;

    // A topic counts the meetings that discussed it or any of its subtopics, like its timeline does. Read from
    // discussed_timeline: a leaf topic's count is its range's length, a parent's the distinct meetings of its
    // subtopics' ranges, and first and last dates are seeks at the ends of each range ('~', undated, excluded).
    public const string Topics = """
        WITH RECURSIVE closure(ancestor, descendant) AS (
            SELECT topic, topic FROM topics
            UNION
            SELECT c.ancestor, t.topic FROM closure c JOIN topics t ON t.parent = c.descendant)
        SELECT t.id, t.name, p.id,
            CASE WHEN EXISTS (SELECT 1 FROM topics s WHERE s.parent = t.topic)
                THEN (SELECT count(DISTINCT d.meeting) FROM closure c JOIN discussed d ON d.topic = c.descendant WHERE c.ancestor = t.topic)
                ELSE (SELECT count(*) FROM discussed d WHERE d.topic = t.topic) END,
            (SELECT min((SELECT min(d.key) FROM discussed d WHERE d.topic = c.descendant AND d.key < '~')) FROM closure c WHERE c.ancestor = t.topic),
            (SELECT max((SELECT max(d.key) FROM discussed d WHERE d.topic = c.descendant AND d.key < '~')) FROM closure c WHERE c.ancestor = t.topic)
        FROM topics t
        LEFT JOIN topics p ON p.topic = t.parent
        ORDER BY t.id;
        """;

    public const string TopicName = "SELECT name FROM topics WHERE id = @topicId;";

    private const string TopicTree = """
        WITH RECURSIVE tree(topic) AS (
            SELECT topic FROM topics WHERE id = @topicId
            UNION
            SELECT t.topic FROM topics t JOIN tree ON t.parent = tree.topic)
        """;

    /// <summary>
    /// The statements about the topic tree at a page of meetings (a JSON array of keys), at most @limit per meeting
    /// (agreements first, then document order) with the meeting's full count. Driven from the page's meetings.
    /// </summary>
    public const string TimelineStatements = TopicTree + $$"""
        , ranked AS (
            SELECT {{StatementColumns}},
                row_number() OVER (PARTITION BY s.meeting ORDER BY s.kind <> 'agreement', d.id, s.start) AS n,
                count(*) OVER (PARTITION BY s.meeting) AS total
            FROM json_each(@meetings) page
            JOIN reported_in r ON r.meeting = page.value
            JOIN statements s ON s.doc = r.doc AND s.meeting = r.meeting
            JOIN meetings m ON m.meeting = s.meeting
            JOIN documents d ON d.doc = s.doc
            WHERE EXISTS (SELECT 1 FROM about a WHERE a.doc = s.doc AND a.start = s.start AND a.topic IN (SELECT topic FROM tree)))
        SELECT * FROM ranked WHERE n <= @limit;
        """;

    /// <summary>
    /// The first meeting (as "key id") at which each strict subtopic of the topic was discussed: per subtopic, the
    /// earliest key is the first entry of its discussed_timeline range, and the id the least among that key's meetings.
    /// </summary>
    public const string FirstSubtopics = $"""
        WITH RECURSIVE tree(topic) AS (
            SELECT t.topic FROM topics t JOIN topics parent ON t.parent = parent.topic WHERE parent.id = @topicId
            UNION
            SELECT t.topic FROM topics t JOIN tree ON t.parent = tree.topic),
        firsts AS (SELECT t.topic, t.id, (SELECT min(d.key) FROM discussed d WHERE d.topic = t.topic) AS key
            FROM topics t WHERE t.topic IN (SELECT topic FROM tree))
        SELECT f.id, f.key || ' ' || (SELECT min(m.id) FROM discussed d JOIN meetings m ON m.meeting = d.meeting
            WHERE d.topic = f.topic AND d.key = f.key)
        FROM firsts f WHERE f.key IS NOT NULL;
        """;

    /// <summary>
    /// The first meeting (as "key id") on the topic's timeline at which a statement about the topic tree mentioned
    /// each named thing. Per (tree topic, thing) the first qualifying entry of topic_mentions_first in key order gives
    /// the earliest key; the id is then the least among the qualifying meetings at that key. A mention qualifies when
    /// its meeting discussed the tree, as the timeline's meetings do.
    /// </summary>
    public const string FirstMentions = TopicTree + $"""
        , firsts AS (
            SELECT n.thing,
                (SELECT tm.key FROM topic_mentions tm
                 WHERE tm.topic = tree.topic AND tm.thing = n.thing
                   AND EXISTS (SELECT 1 FROM discussed d WHERE d.meeting = tm.meeting AND d.topic IN (SELECT topic FROM tree))
                 ORDER BY tm.key LIMIT 1) AS key
            FROM tree CROSS JOIN named_things n),
        earliest AS (SELECT thing, min(key) AS key FROM firsts WHERE key IS NOT NULL GROUP BY thing)
        SELECT n.id, n.type, n.name, e.key || ' ' || (
            SELECT min(m.id) FROM topic_mentions tm JOIN meetings m ON m.meeting = tm.meeting
            WHERE tm.topic IN (SELECT topic FROM tree) AND tm.thing = e.thing AND tm.key = e.key
              AND EXISTS (SELECT 1 FROM discussed d WHERE d.meeting = tm.meeting AND d.topic IN (SELECT topic FROM tree)))
        FROM earliest e JOIN named_things n ON n.thing = e.thing;
        """;

    /// <summary>
    /// The topic tree's meeting list as (key, meetings) per distinct timeline key, in order, optionally within a date
    /// range (for <see cref="Reading.PageAnchors"/>). Read from discussed_timeline alone; a meeting that discussed
    /// several topics of the tree counts once.
    /// </summary>
    public static string TopicMeetingKeys(bool from, bool to)
    {
        var range = (from ? " AND d.key >= @from" + (to ? string.Empty : " AND d.key < '~'") : string.Empty)
            + (to ? " AND d.key <= @to" : string.Empty);
        return TopicTree + $" SELECT d.key, count(DISTINCT d.meeting) FROM discussed d WHERE d.topic IN (SELECT topic FROM tree){range} GROUP BY d.key ORDER BY d.key;";
    }

    /// <summary>
    /// A meeting list's rows per sort key (for <see cref="Reading.PageAnchors"/>) or one page of it. Only the filters given
    /// appear in the SQL, so the date range is a range on meetings_order rather than an OR the planner cannot index;
    /// values are always parameters.
    /// </summary>
    public static string MeetingList(MeetingListShape shape, bool page)
    {
        ArgumentNullException.ThrowIfNull(shape);
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
            where.Add("EXISTS (SELECT 1 FROM attended a WHERE a.meeting = m.meeting AND a.person = (SELECT person FROM people WHERE id = @personId))");
        }

        if (shape.Topic)
        {
            where.Add("EXISTS (SELECT 1 FROM discussed d WHERE d.meeting = m.meeting AND d.topic IN (SELECT topic FROM tree))");
        }

        var filter = where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where);
        var query = page
            ? $" SELECT {MeetingColumns} FROM meetings m{filter} ORDER BY {MeetingOrder} LIMIT @limit OFFSET @skip;"
            : $" SELECT {MeetingKey}, count(*) FROM meetings m{filter} GROUP BY {MeetingKey} ORDER BY {MeetingKey};";
        return (shape.Topic ? TopicTree : string.Empty) + query;
    }

    public const string MeetingById = $"SELECT {MeetingColumns} FROM meetings m WHERE m.id = @meetingId;";

    /// <summary>A person's latest @limit dated meetings, newest first (then id).</summary>
    public const string RecentMeetingsOfPerson = $"""
        SELECT {MeetingColumns} FROM meetings m
        JOIN attended a ON a.meeting = m.meeting AND a.person = (SELECT person FROM people WHERE id = @personId)
        WHERE m.date IS NOT NULL
        ORDER BY m.date DESC, m.id
        LIMIT @limit;
        """;

    /// <summary>Attendees of a set of meetings, passed as a JSON array of keys.</summary>
    public const string Attendees = """
        SELECT a.meeting, p.id, p.name, p.country, a.role
        FROM json_each(@meetings) page
        JOIN attended a ON a.meeting = page.value
        JOIN people p ON p.person = a.person
        ORDER BY a.meeting, p.id;
        """;

    public const string MeetingTopics = """
        SELECT t.id, t.name, d.heading, d.ord FROM discussed d JOIN topics t ON t.topic = d.topic
        WHERE d.meeting = @meeting ORDER BY d.ord, t.id;
        """;

    public const string MeetingStatements = $"""
        SELECT {StatementColumns}
        FROM reported_in r
        JOIN statements s ON s.doc = r.doc AND s.meeting = r.meeting
        JOIN meetings m ON m.meeting = s.meeting
        JOIN documents d ON d.doc = s.doc
        WHERE r.meeting = @meeting ORDER BY d.id, s.start;
        """;

    public const string MeetingMentions = """
        SELECT n.id, n.type, n.name FROM meeting_mentions mm
        JOIN named_things n ON n.thing = mm.thing
        WHERE mm.meeting = @meeting ORDER BY n.type, n.id;
        """;

    public const string MeetingDocuments = """
        SELECT d.id, d.source, d.title, d.published_on, d.extractor_version, d.ingested_at
        FROM reported_in r JOIN documents d ON d.doc = r.doc
        WHERE r.meeting = @meeting ORDER BY d.id;
        """;

    /// <summary>Speakers and topics of a set of statements, passed as a JSON array of [document key, start].</summary>
    public const string StatementSpeakers = """
        SELECT x.doc, x.start, p.id
        FROM json_each(@statements) j
        JOIN made x ON x.doc = j.value ->> 0 AND x.start = j.value ->> 1
        JOIN people p ON p.person = x.person
        ORDER BY x.doc, x.start, p.id;
        """;

    public const string StatementTopics = """
        SELECT x.doc, x.start, t.id
        FROM json_each(@statements) j
        JOIN about x ON x.doc = j.value ->> 0 AND x.start = j.value ->> 1
        JOIN topics t ON t.topic = x.topic
        ORDER BY x.doc, x.start, t.id;
        """;

    public const string People = """
        SELECT p.id, p.name, p.country, (SELECT count(*) FROM attended a WHERE a.person = p.person)
        FROM people p ORDER BY p.id;
        """;

    public const string PersonById = """
        SELECT p.id, p.name, p.country, (SELECT count(*) FROM attended a WHERE a.person = p.person), p.aliases
        FROM people p WHERE p.id = @personId;
        """;

    public const string PersonOffices = """
        SELECT o.id, o.name, nullif(h.term_from, ''), h.term_to
        FROM held h JOIN offices o ON o.office = h.office
        WHERE h.person = (SELECT person FROM people WHERE id = @personId)
        ORDER BY h.term_from = '', h.term_from, o.id;
        """;

    // count(*) counts meetings: attended's key (meeting, person) makes each joined row a distinct meeting per group.
    public const string Counterparts = """
        SELECT other.id, other.name, other.country, count(*) AS meetings, min(m.date), max(m.date)
        FROM attended mine
        JOIN attended theirs ON theirs.meeting = mine.meeting AND theirs.person <> mine.person
        JOIN people other ON other.person = theirs.person
        JOIN meetings m ON m.meeting = mine.meeting
        WHERE mine.person = (SELECT person FROM people WHERE id = @personId)
        GROUP BY other.person
        ORDER BY meetings DESC, other.id;
        """;

    // count(*) counts meetings: discussed's key (meeting, topic) makes each joined row a distinct meeting per topic.
    public const string PersonTopics = """
        SELECT t.id, t.name, count(*) AS meetings
        FROM attended a
        JOIN discussed d ON d.meeting = a.meeting
        JOIN topics t ON t.topic = d.topic
        WHERE a.person = (SELECT person FROM people WHERE id = @personId)
        GROUP BY t.topic
        ORDER BY meetings DESC, t.id;
        """;

    public const string DocumentById = """
        SELECT d.id, d.source, d.title, d.published_on, d.extractor_version, d.ingested_at, d.text
        FROM documents d WHERE d.id = @documentId;
        """;

    public const string DocumentMeetings = """
        SELECT m.id FROM documents d JOIN reported_in r ON r.doc = d.doc JOIN meetings m ON m.meeting = r.meeting
        WHERE d.id = @documentId ORDER BY m.id;
        """;
}

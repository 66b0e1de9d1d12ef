namespace GraphRelations.Graph.Embedded;

/// <summary>
/// The embedded store's tables: one per node label and one per relationship type of cypher/SCHEMA.md.
/// </summary>
/// <remarks>
/// Format 2 (issue 11) is laid out for size and write speed at archive scale:
/// <list type="bullet">
/// <item>Every node has an integer key (its rowid) and keeps its public id once, in one unique index; relationship
/// rows and their indexes hold only integers, so a B-tree entry is a few bytes, not a 64-character hash.</item>
/// <item>A statement is keyed (document, start) and its text is not stored: it is the document's text at its offsets
/// (stored only when it is not, see <see cref="EmbeddedDocumentWriter"/>).</item>
/// <item>Where Neo4j keeps a <c>documentIds</c> list on a relationship, the relationship row carries a support count and
/// a <c>*_support</c> table clustered by document says which documents gave it. Writing a document appends to those
/// tables; releasing one reads its own rows back and decrements, so neither touches the rest of the archive.</item>
/// </list>
/// Format 3 adds what a topic's timeline reads in order: the meeting's timeline key on <c>discussed</c>, and
/// <c>topic_mentions</c>, so neither a timeline's page anchors nor its first mentions pass over the whole archive.
/// Foreign keys are declared (so <c>PRAGMA foreign_key_check</c> can prove the writer keeps them) but not enforced per
/// statement: the writer deletes in dependency order itself, and enforcement would cost a parent lookup per row.
/// </remarks>
internal static class EmbeddedSchema
{
    /// <summary>
    /// The layout version in <c>PRAGMA user_version</c>. A format 2 file is upgraded in place (<see cref="UpgradeFrom2"/>);
    /// a file with tables and any other version is refused.
    /// </summary>
    public const int Format = 3;

    public const string Pragmas = """
        PRAGMA journal_mode = WAL;
        """;

    // Per connection: wait for a writer in another process instead of failing; FULL sync so a committed
    // document survives a power cut, not just a process crash; a 64 MB page cache so a batch's dirty pages stay in
    // memory until its commit instead of spilling to the WAL mid-transaction; a checkpoint every 64 MB of WAL rather than
    // SQLite's 4 MB, because a batch of 256 documents dirties pages all over the id indexes and with the default nearly
    // every batch was copied back into the file at once (bench-ingest at 100,000 documents: 1,220 -> 1,402 documents/s);
    // temp_store in memory because it also keeps each document's savepoint journal in memory: on disk SQLite spilled it
    // to a temporary file past 64 KB, ~150 KB and ~75 pwrite calls per document, a third of the writer's time
    // (100,000 documents: 1,714-1,771 -> 2,395-2,604 documents/s). Crash recovery never reads that journal (the WAL does
    // it), and in memory it holds at most the pages one document touches.
    public const string ConnectionPragmas = """
        PRAGMA busy_timeout = 30000;
        PRAGMA synchronous = FULL;
        PRAGMA foreign_keys = OFF;
        PRAGMA cache_size = -65536;
        PRAGMA wal_autocheckpoint = 16384;
        PRAGMA temp_store = MEMORY;
        """;

    public const string ReadFormat = """
        SELECT (SELECT user_version FROM pragma_user_version),
               EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'documents');
        """;

    /// <summary>Format 2 → 3 before <see cref="Tables"/>: the timeline key on discussed and its index in place of the old one.</summary>
    public const string UpgradeFrom2 = """
        ALTER TABLE discussed ADD COLUMN key TEXT NOT NULL DEFAULT '~';
        UPDATE discussed SET key = (SELECT ifnull(m.date, '~') FROM meetings m WHERE m.meeting = discussed.meeting);
        DROP INDEX IF EXISTS discussed_topic;
        """;

    /// <summary>Format 2 → 3 after <see cref="Tables"/>: topic_mentions for every statement mention already stored.</summary>
    public const string BackfillFrom2 = """
        INSERT OR IGNORE INTO topic_mentions (doc, start, thing, topic, meeting, key)
        SELECT sm.doc, sm.start, sm.thing, a.topic, s.meeting, ifnull(m.date, '~')
        FROM statement_mentions sm
        JOIN about a ON a.doc = sm.doc AND a.start = sm.start
        JOIN statements s ON s.doc = sm.doc AND s.start = sm.start
        JOIN meetings m ON m.meeting = s.meeting;
        """;

    public const string Tables = """
        CREATE TABLE IF NOT EXISTS documents (
            doc INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            title TEXT,
            published_on TEXT,
            extractor_version TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            text TEXT NOT NULL
        ) STRICT;

        CREATE TABLE IF NOT EXISTS topics (
            topic INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            parent INTEGER REFERENCES topics(topic)
        ) STRICT;
        CREATE INDEX IF NOT EXISTS topics_parent ON topics(parent);

        CREATE TABLE IF NOT EXISTS offices (
            office INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            country TEXT
        ) STRICT;

        CREATE TABLE IF NOT EXISTS meetings (
            meeting INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            date TEXT,
            city TEXT,
            country TEXT,
            occasion TEXT,
            duration_minutes INTEGER,
            sequence_number INTEGER
        ) STRICT;
        -- Every meeting list's order: undated last, then id (EmbeddedReadSql.MeetingOrder).
        CREATE INDEX IF NOT EXISTS meetings_order ON meetings(ifnull(date, '~'), id);

        -- AUTOINCREMENT: a pruned person's key is never given to another, so no row can come to mean someone else.
        CREATE TABLE IF NOT EXISTS people (
            person INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            country TEXT,
            aliases TEXT NOT NULL DEFAULT '[]'
        ) STRICT;

        -- term_from '' stands for an unknown start so that the key (person, office, from) stays unique.
        CREATE TABLE IF NOT EXISTS held (
            person INTEGER NOT NULL REFERENCES people(person),
            office INTEGER NOT NULL REFERENCES offices(office),
            term_from TEXT NOT NULL DEFAULT '',
            term_to TEXT,
            PRIMARY KEY (person, office, term_from)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS reported_in (
            doc INTEGER NOT NULL REFERENCES documents(doc),
            meeting INTEGER NOT NULL REFERENCES meetings(meeting),
            PRIMARY KEY (doc, meeting)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS reported_in_meeting ON reported_in(meeting);

        CREATE TABLE IF NOT EXISTS attended (
            meeting INTEGER NOT NULL REFERENCES meetings(meeting),
            person INTEGER NOT NULL REFERENCES people(person),
            role TEXT,
            support INTEGER NOT NULL,
            PRIMARY KEY (meeting, person)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS attended_person ON attended(person);

        CREATE TABLE IF NOT EXISTS attended_support (
            doc INTEGER NOT NULL REFERENCES documents(doc),
            meeting INTEGER NOT NULL,
            person INTEGER NOT NULL,
            PRIMARY KEY (doc, meeting, person),
            FOREIGN KEY (meeting, person) REFERENCES attended(meeting, person)
        ) STRICT, WITHOUT ROWID;

        -- key is the meeting's place in timeline order (MeetingKey: its date, '~' when undated), kept here so a topic's
        -- timeline is one range of discussed_timeline in order, not a join to every meeting and a sort.
        CREATE TABLE IF NOT EXISTS discussed (
            meeting INTEGER NOT NULL REFERENCES meetings(meeting),
            topic INTEGER NOT NULL REFERENCES topics(topic),
            ord INTEGER NOT NULL,
            heading TEXT,
            support INTEGER NOT NULL,
            key TEXT NOT NULL,
            PRIMARY KEY (meeting, topic)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS discussed_timeline ON discussed(topic, key, meeting);

        CREATE TABLE IF NOT EXISTS discussed_support (
            doc INTEGER NOT NULL REFERENCES documents(doc),
            meeting INTEGER NOT NULL,
            topic INTEGER NOT NULL,
            PRIMARY KEY (doc, meeting, topic),
            FOREIGN KEY (meeting, topic) REFERENCES discussed(meeting, topic)
        ) STRICT, WITHOUT ROWID;

        -- text is NULL when the statement is the document's text at [start, end), which is every statement the
        -- extractor makes; the reads take it from the document then. A meeting's statements are found through the
        -- documents that report it (reported_in_meeting, then this key), so they need no index of their own.
        CREATE TABLE IF NOT EXISTS statements (
            doc INTEGER NOT NULL REFERENCES documents(doc),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            meeting INTEGER NOT NULL REFERENCES meetings(meeting),
            kind TEXT NOT NULL,
            verb TEXT NOT NULL,
            text TEXT,
            PRIMARY KEY (doc, start)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS made (
            doc INTEGER NOT NULL,
            start INTEGER NOT NULL,
            person INTEGER NOT NULL REFERENCES people(person),
            PRIMARY KEY (doc, start, person),
            FOREIGN KEY (doc, start) REFERENCES statements(doc, start)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS made_person ON made(person);

        CREATE TABLE IF NOT EXISTS about (
            doc INTEGER NOT NULL,
            start INTEGER NOT NULL,
            topic INTEGER NOT NULL REFERENCES topics(topic),
            PRIMARY KEY (doc, start, topic),
            FOREIGN KEY (doc, start) REFERENCES statements(doc, start)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS named_things (
            thing INTEGER PRIMARY KEY AUTOINCREMENT,
            type TEXT NOT NULL,
            id TEXT NOT NULL,
            name TEXT NOT NULL,
            UNIQUE (type, id)
        ) STRICT;

        -- (Meeting)-[:MENTIONS]->(thing): what keeps a named thing alive.
        CREATE TABLE IF NOT EXISTS meeting_mentions (
            meeting INTEGER NOT NULL REFERENCES meetings(meeting),
            thing INTEGER NOT NULL REFERENCES named_things(thing),
            support INTEGER NOT NULL,
            PRIMARY KEY (meeting, thing)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS meeting_mentions_thing ON meeting_mentions(thing);

        CREATE TABLE IF NOT EXISTS meeting_mentions_support (
            doc INTEGER NOT NULL REFERENCES documents(doc),
            meeting INTEGER NOT NULL,
            thing INTEGER NOT NULL,
            PRIMARY KEY (doc, meeting, thing),
            FOREIGN KEY (meeting, thing) REFERENCES meeting_mentions(meeting, thing)
        ) STRICT, WITHOUT ROWID;

        -- (Statement)-[:MENTIONS]->(thing): the sentence where the thing first occurs.
        CREATE TABLE IF NOT EXISTS statement_mentions (
            doc INTEGER NOT NULL,
            start INTEGER NOT NULL,
            thing INTEGER NOT NULL REFERENCES named_things(thing),
            PRIMARY KEY (doc, start, thing),
            FOREIGN KEY (doc, start) REFERENCES statements(doc, start)
        ) STRICT, WITHOUT ROWID;

        -- A statement's mention of a thing once per topic the statement is about, with the meeting's timeline key: the
        -- first mention of each thing on a topic's timeline is then a seek on topic_mentions_first, not a pass over every
        -- mention in the archive. Clustered by document, as the writer adds and releases it.
        CREATE TABLE IF NOT EXISTS topic_mentions (
            doc INTEGER NOT NULL,
            start INTEGER NOT NULL,
            thing INTEGER NOT NULL,
            topic INTEGER NOT NULL REFERENCES topics(topic),
            meeting INTEGER NOT NULL REFERENCES meetings(meeting),
            key TEXT NOT NULL,
            PRIMARY KEY (doc, start, thing, topic),
            FOREIGN KEY (doc, start, thing) REFERENCES statement_mentions(doc, start, thing)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS topic_mentions_first ON topic_mentions(topic, thing, key, meeting);

        -- A meeting's timeline key is copied into discussed and topic_mentions; this keeps the copies true if a later
        -- document gives an undated meeting its date.
        CREATE TRIGGER IF NOT EXISTS meetings_key_update AFTER UPDATE OF date ON meetings
        WHEN old.date IS NOT new.date
        BEGIN
            UPDATE discussed SET key = ifnull(new.date, '~') WHERE meeting = new.meeting;
            UPDATE topic_mentions SET key = ifnull(new.date, '~')
            WHERE doc IN (SELECT doc FROM reported_in WHERE meeting = new.meeting) AND meeting = new.meeting;
        END;

        -- The store generation behind ETags and the read cache. Triggers bump it in the transaction of every document
        -- insert, replacement or deletion, so a committed write always gives a new version and nothing else does.
        CREATE TABLE IF NOT EXISTS store_generation (
            id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
            instance TEXT NOT NULL,
            value INTEGER NOT NULL
        ) STRICT;
        INSERT OR IGNORE INTO store_generation (id, instance, value) VALUES (1, lower(hex(randomblob(8))), 0);
        CREATE TRIGGER IF NOT EXISTS documents_generation_insert AFTER INSERT ON documents
        BEGIN UPDATE store_generation SET value = value + 1 WHERE id = 1; END;
        CREATE TRIGGER IF NOT EXISTS documents_generation_update AFTER UPDATE ON documents
        BEGIN UPDATE store_generation SET value = value + 1 WHERE id = 1; END;
        CREATE TRIGGER IF NOT EXISTS documents_generation_delete AFTER DELETE ON documents
        BEGIN UPDATE store_generation SET value = value + 1 WHERE id = 1; END;
        """;
}

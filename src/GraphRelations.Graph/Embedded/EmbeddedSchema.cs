namespace GraphRelations.Graph.Embedded;

/// <summary>
/// The embedded store's tables: one per node label and one per relationship type of cypher/SCHEMA.md.
/// Where Neo4j keeps a <c>documentIds</c> list on a relationship, this store keeps a <c>*_support</c> table
/// (one row per supporting document) so replacing or deleting a document is plain keyed deletes.
/// </summary>
internal static class EmbeddedSchema
{
    public const string Pragmas = """
        PRAGMA journal_mode = WAL;
        """;

    // Per connection: wait for a writer in another process instead of failing; FULL sync so a committed
    // document survives a power cut, not just a process crash; a 64 MB page cache so a batch's dirty pages stay in
    // memory until its commit instead of spilling to the WAL mid-transaction.
    public const string ConnectionPragmas = """
        PRAGMA busy_timeout = 30000;
        PRAGMA synchronous = FULL;
        PRAGMA foreign_keys = ON;
        PRAGMA cache_size = -65536;
        """;

    public const string Tables = """
        CREATE TABLE IF NOT EXISTS documents (
            id TEXT NOT NULL PRIMARY KEY,
            source TEXT NOT NULL,
            title TEXT,
            published_on TEXT,
            extractor_version TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            text TEXT NOT NULL
        ) STRICT;

        CREATE TABLE IF NOT EXISTS topics (
            id TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            parent_id TEXT REFERENCES topics(id) DEFERRABLE INITIALLY DEFERRED
        ) STRICT;
        CREATE INDEX IF NOT EXISTS topics_parent ON topics(parent_id);

        CREATE TABLE IF NOT EXISTS offices (
            id TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            country TEXT
        ) STRICT;

        CREATE TABLE IF NOT EXISTS meetings (
            id TEXT NOT NULL PRIMARY KEY,
            kind TEXT NOT NULL,
            date TEXT,
            city TEXT,
            country TEXT,
            occasion TEXT,
            duration_minutes INTEGER,
            sequence_number INTEGER
        ) STRICT;
        CREATE INDEX IF NOT EXISTS meetings_date ON meetings(date);
        CREATE INDEX IF NOT EXISTS meetings_kind ON meetings(kind);

        CREATE TABLE IF NOT EXISTS people (
            id TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            country TEXT,
            aliases TEXT NOT NULL DEFAULT '[]'
        ) STRICT;

        -- term_from '' stands for an unknown start so that the key (person, office, from) stays unique.
        CREATE TABLE IF NOT EXISTS held (
            person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            office_id TEXT NOT NULL REFERENCES offices(id),
            term_from TEXT NOT NULL DEFAULT '',
            term_to TEXT,
            PRIMARY KEY (person_id, office_id, term_from)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS reported_in (
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (meeting_id, document_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS reported_in_document ON reported_in(document_id);

        CREATE TABLE IF NOT EXISTS attended (
            person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            role TEXT,
            PRIMARY KEY (person_id, meeting_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS attended_meeting ON attended(meeting_id);

        CREATE TABLE IF NOT EXISTS attended_support (
            person_id TEXT NOT NULL,
            meeting_id TEXT NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (person_id, meeting_id, document_id),
            FOREIGN KEY (person_id, meeting_id) REFERENCES attended(person_id, meeting_id) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS attended_support_document ON attended_support(document_id);

        CREATE TABLE IF NOT EXISTS discussed (
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            topic_id TEXT NOT NULL REFERENCES topics(id),
            ord INTEGER NOT NULL,
            heading TEXT,
            PRIMARY KEY (meeting_id, topic_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS discussed_topic ON discussed(topic_id);

        CREATE TABLE IF NOT EXISTS discussed_support (
            meeting_id TEXT NOT NULL,
            topic_id TEXT NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (meeting_id, topic_id, document_id),
            FOREIGN KEY (meeting_id, topic_id) REFERENCES discussed(meeting_id, topic_id) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS discussed_support_document ON discussed_support(document_id);

        CREATE TABLE IF NOT EXISTS statements (
            id TEXT NOT NULL PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            verb TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX IF NOT EXISTS statements_meeting ON statements(meeting_id);
        CREATE INDEX IF NOT EXISTS statements_document ON statements(document_id);

        CREATE TABLE IF NOT EXISTS made (
            statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
            person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            PRIMARY KEY (statement_id, person_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS made_person ON made(person_id);

        CREATE TABLE IF NOT EXISTS about (
            statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
            topic_id TEXT NOT NULL REFERENCES topics(id),
            PRIMARY KEY (statement_id, topic_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS about_topic ON about(topic_id);

        CREATE TABLE IF NOT EXISTS named_things (
            type TEXT NOT NULL,
            id TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (type, id)
        ) STRICT, WITHOUT ROWID;

        -- (Meeting)-[:MENTIONS]->(thing): what keeps a named thing alive; its support says which documents.
        CREATE TABLE IF NOT EXISTS meeting_mentions (
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            thing_id TEXT NOT NULL,
            PRIMARY KEY (meeting_id, type, thing_id),
            FOREIGN KEY (type, thing_id) REFERENCES named_things(type, id) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS meeting_mentions_thing ON meeting_mentions(type, thing_id);

        CREATE TABLE IF NOT EXISTS meeting_mentions_support (
            meeting_id TEXT NOT NULL,
            type TEXT NOT NULL,
            thing_id TEXT NOT NULL,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            PRIMARY KEY (meeting_id, type, thing_id, document_id),
            FOREIGN KEY (meeting_id, type, thing_id) REFERENCES meeting_mentions(meeting_id, type, thing_id) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS meeting_mentions_support_document ON meeting_mentions_support(document_id);

        -- (Statement)-[:MENTIONS]->(thing): the sentence where the thing first occurs.
        CREATE TABLE IF NOT EXISTS statement_mentions (
            statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            thing_id TEXT NOT NULL,
            PRIMARY KEY (statement_id, type, thing_id),
            FOREIGN KEY (type, thing_id) REFERENCES named_things(type, id) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS statement_mentions_thing ON statement_mentions(type, thing_id);
        """;

    // Read side (issue 11), kept apart from the write tables: indexes for EmbeddedReadSql, and the store
    // generation behind ETags and the read cache. Triggers bump it in the transaction of every document
    // insert, replacement or deletion, so a committed write always gives a new version and nothing else does.
    public const string ReadIndexes = """
        CREATE INDEX IF NOT EXISTS meetings_order ON meetings(ifnull(date, '~'), id);

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

// Range indexes for the filters analysts and the query service use most: meetings by date (the service's meeting
// lists and timelines seek it with a plain range, see read-meetings-dates) and kind,
// statements by the document they came from (replacement and deletion walk these).
// Idempotent (IF NOT EXISTS); runs on Neo4j 5.26 community. Parameters: none.
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX meeting_kind IF NOT EXISTS FOR (n:Meeting) ON (n.kind);
CREATE INDEX statement_document IF NOT EXISTS FOR (n:Statement) ON (n.documentId);
CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
// Documents by when they were ingested ("what came in today"); the store version no longer reads it (read-version).
CREATE INDEX document_ingested_at IF NOT EXISTS FOR (n:Document) ON (n.ingestedAt);

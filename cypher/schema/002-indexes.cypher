// Range indexes for the filters analysts and the query service use most: meetings by date and kind,
// statements by the document they came from (replacement and deletion walk these).
// Idempotent (IF NOT EXISTS); runs on Neo4j 5.26 community. Parameters: none.
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX meeting_kind IF NOT EXISTS FOR (n:Meeting) ON (n.kind);
CREATE INDEX statement_document IF NOT EXISTS FOR (n:Statement) ON (n.documentId);
CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
// The store version (read-version): the latest ingestion read from the index instead of every document.
CREATE INDEX document_ingested_at IF NOT EXISTS FOR (n:Document) ON (n.ingestedAt);

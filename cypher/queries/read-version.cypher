// The store's version, behind the service's ETags and read cache: the number of documents and the latest
// ingestion (from the document_ingested_at index), so it changes when a document is written, replaced or
// deleted.
// Parameters: none
MATCH (d:Document)
WITH count(d) AS documents
OPTIONAL MATCH (latest:Document)
WHERE latest.ingestedAt IS NOT NULL
WITH documents, latest
ORDER BY latest.ingestedAt DESC
LIMIT 1
RETURN documents, toString(latest.ingestedAt) AS latest, latest.id AS latestId

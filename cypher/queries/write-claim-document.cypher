// First statement of a document's write transaction: creates the Document node if new and returns the
// extractor version already stored (null when new). The MERGE on the unique key makes a second writer of
// the same document wait for the first to commit, so it sees the first's version and changes nothing.
// Parameters: $documentId (string)
MERGE (d:Document {id: $documentId})
RETURN d.extractorVersion AS previousVersion

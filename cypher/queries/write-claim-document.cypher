// First statement of a batch's write transaction: creates each Document node that is new and returns the
// extractor version already stored (null when new), one row per document. The MERGE on the unique key makes a
// second writer of the same document wait for the first to commit, so it sees the first's version and changes nothing.
// Parameters: $documentIds (list of strings, each once)
UNWIND $documentIds AS documentId
MERGE (d:Document {id: documentId})
RETURN documentId, d.extractorVersion AS previousVersion

// Deletes a Document node (after write-release-document withdrew its facts) and says whether it existed.
// Parameters: $documentId (string)
OPTIONAL MATCH (d:Document {id: $documentId})
DETACH DELETE d
RETURN count(d) AS deleted

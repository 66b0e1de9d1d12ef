// A stored document with its normalised text and the meetings it reports. No row when unknown.
// Parameters: $documentId (string)
MATCH (d:Document {id: $documentId})
RETURN {
  document: {id: d.id, source: d.source, title: d.title, publishedOn: toString(d.publishedOn),
             extractorVersion: d.extractorVersion, ingestedAt: toString(d.ingestedAt)},
  text: d.text,
  meetingIds: COLLECT { MATCH (m:Meeting)-[:REPORTED_IN]->(d) RETURN m.id AS id ORDER BY id }
} AS document

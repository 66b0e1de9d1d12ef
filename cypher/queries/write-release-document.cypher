// Withdraws everything each listed document said, before it is replaced or deleted: its statements go, and its id
// leaves the documentIds of ATTENDED, DISCUSSED and (Meeting)-[:MENTIONS]; a relationship no document
// supports any more goes too. write-prune-unsupported then removes nodes nothing supports.
// Parameters: $documentIds (list of strings)
UNWIND $documentIds AS documentId
MATCH (d:Document {id: documentId})
CALL (d) {
  MATCH (s:Statement {documentId: d.id})
  DETACH DELETE s
}
CALL (d) {
  MATCH (:Person)-[a:ATTENDED]->(:Meeting)-[:REPORTED_IN]->(d)
  WHERE d.id IN a.documentIds
  SET a.documentIds = [x IN a.documentIds WHERE x <> d.id]
  WITH a WHERE size(a.documentIds) = 0
  DELETE a
}
CALL (d) {
  MATCH (m:Meeting)-[:REPORTED_IN]->(d)
  MATCH (m)-[r:DISCUSSED]->(:Topic)
  WHERE d.id IN r.documentIds
  SET r.documentIds = [x IN r.documentIds WHERE x <> d.id]
  WITH r WHERE size(r.documentIds) = 0
  DELETE r
}
CALL (d) {
  MATCH (m:Meeting)-[:REPORTED_IN]->(d)
  MATCH (m)-[r:MENTIONS]->()
  WHERE d.id IN r.documentIds
  SET r.documentIds = [x IN r.documentIds WHERE x <> d.id]
  WITH r WHERE size(r.documentIds) = 0
  DELETE r
}
CALL (d) {
  MATCH (:Meeting)-[r:REPORTED_IN]->(d)
  DELETE r
}

// Creates the batch's statements with provenance, (Meeting)-[:HAS_STATEMENT]->(Statement),
// (Person)-[:MADE]->(Statement) for speakers who are people in the graph and (Statement)-[:ABOUT]->(Topic).
// Parameters: $statements (list of {documentId: string, row: {id, meetingId, kind, verb, text, start, end,
//   speakers: list of person ids, topics: list of topic ids}})
UNWIND $statements AS item
WITH item.documentId AS documentId, item.row AS row
MATCH (m:Meeting {id: row.meetingId})
MERGE (s:Statement {id: row.id})
SET s.kind = row.kind, s.verb = row.verb, s.text = row.text,
    s.documentId = documentId, s.start = row.start, s.end = row.end
MERGE (m)-[:HAS_STATEMENT]->(s)
WITH s, row
CALL (s, row) {
  UNWIND row.speakers AS personId
  MATCH (p:Person {id: personId})
  MERGE (p)-[:MADE]->(s)
}
CALL (s, row) {
  UNWIND row.topics AS topicId
  MATCH (t:Topic {id: topicId})
  MERGE (s)-[:ABOUT]->(t)
}

// Merges the named things a meeting mentions (Place, Organization, Project, Instrument, Event), records
// (Meeting)-[:MENTIONS {documentIds}]->(thing) and, when the first occurrence lies in a statement's
// sentence, (Statement)-[:MENTIONS]->(thing).
// Parameters: $mentions (list of {documentId: string, row: {meetingId, entityId, type, name, statementId: string or null}})
UNWIND $mentions AS item
WITH item.documentId AS documentId, item.row AS row
MATCH (m:Meeting {id: row.meetingId})
CALL (row) {
  UNWIND CASE WHEN row.type = 'Place' THEN [row] ELSE [] END AS r
  MERGE (n:Place {id: r.entityId})
  RETURN n
  UNION
  UNWIND CASE WHEN row.type = 'Organization' THEN [row] ELSE [] END AS r
  MERGE (n:Organization {id: r.entityId})
  RETURN n
  UNION
  UNWIND CASE WHEN row.type = 'Project' THEN [row] ELSE [] END AS r
  MERGE (n:Project {id: r.entityId})
  RETURN n
  UNION
  UNWIND CASE WHEN row.type = 'Instrument' THEN [row] ELSE [] END AS r
  MERGE (n:Instrument {id: r.entityId})
  RETURN n
  UNION
  UNWIND CASE WHEN row.type = 'Event' THEN [row] ELSE [] END AS r
  MERGE (n:Event {id: r.entityId})
  RETURN n
}
SET n.name = row.name
MERGE (m)-[r:MENTIONS]->(n)
SET r.documentIds = CASE
  WHEN documentId IN coalesce(r.documentIds, []) THEN r.documentIds
  ELSE coalesce(r.documentIds, []) + documentId END
WITH n, row
OPTIONAL MATCH (s:Statement {id: row.statementId})
FOREACH (x IN CASE WHEN s IS NULL THEN [] ELSE [s] END | MERGE (x)-[:MENTIONS]->(n))

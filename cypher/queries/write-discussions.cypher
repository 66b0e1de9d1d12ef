// Records (Meeting)-[:DISCUSSED {order, heading, documentIds}]->(Topic). Topics not in the taxonomy are skipped.
// Parameters: $discussions (list of {documentId: string, row: {meetingId, topicId, heading: string or null, order: integer}})
UNWIND $discussions AS item
WITH item.documentId AS documentId, item.row AS row
MATCH (m:Meeting {id: row.meetingId}), (t:Topic {id: row.topicId})
MERGE (m)-[r:DISCUSSED]->(t)
SET r.order = row.order,
    r.heading = coalesce(row.heading, r.heading),
    r.documentIds = CASE
      WHEN documentId IN coalesce(r.documentIds, []) THEN r.documentIds
      ELSE coalesce(r.documentIds, []) + documentId END

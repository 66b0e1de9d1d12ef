// Merges the people at each meeting and (Person)-[:ATTENDED {role, documentIds}]->(Meeting). The first name
// seen is the person's name; other spellings are kept as aliases.
// Parameters: $attendance (list of {documentId: string, row: {meetingId, personId, name, country, role}})
UNWIND $attendance AS item
WITH item.documentId AS documentId, item.row AS row
MERGE (p:Person {id: row.personId})
ON CREATE SET p.name = row.name, p.aliases = []
SET p.country = coalesce(row.country, p.country),
    p.aliases = CASE
      WHEN row.name <> p.name AND NOT row.name IN coalesce(p.aliases, []) THEN coalesce(p.aliases, []) + row.name
      ELSE coalesce(p.aliases, []) END
WITH p, row, documentId
MATCH (m:Meeting {id: row.meetingId})
MERGE (p)-[a:ATTENDED]->(m)
SET a.role = coalesce(row.role, a.role),
    a.documentIds = CASE
      WHEN documentId IN coalesce(a.documentIds, []) THEN a.documentIds
      ELSE coalesce(a.documentIds, []) + documentId END

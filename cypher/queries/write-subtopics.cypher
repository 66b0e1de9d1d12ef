// Reference data: links each taxonomy topic to its parent, (Topic)-[:SUBTOPIC_OF]->(Topic). Idempotent.
// Parameters: $topics (list of {id: string, name: string, parentId: string or null})
UNWIND $topics AS row
WITH row WHERE row.parentId IS NOT NULL
MATCH (t:Topic {id: row.id}), (parent:Topic {id: row.parentId})
MERGE (t)-[:SUBTOPIC_OF]->(parent)

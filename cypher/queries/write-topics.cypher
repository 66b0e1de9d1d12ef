// Reference data: upserts the taxonomy topics and drops SUBTOPIC_OF links the taxonomy no longer has.
// Run at start-up before write-subtopics. Topics are never deleted.
// Parameters: $topics (list of {id: string, name: string, parentId: string or null})
UNWIND $topics AS row
MERGE (t:Topic {id: row.id})
SET t.name = row.name
WITH t, row
CALL (t, row) {
  MATCH (t)-[r:SUBTOPIC_OF]->(parent:Topic)
  WHERE row.parentId IS NULL OR parent.id <> row.parentId
  DELETE r
}

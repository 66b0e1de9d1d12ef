// For each named thing mentioned by a statement about a topic or one of its subtopics, the first meeting on the
// topic's timeline (date order, undated last, then id) where that happened: where the timeline shows it as new.
// Parameters: $topicId (string)
MATCH (t:Topic {id: $topicId})<-[:SUBTOPIC_OF*0..]-(:Topic)<-[:ABOUT]-(s:Statement)<-[:HAS_STATEMENT]-(m:Meeting)
WHERE EXISTS { (m)-[:DISCUSSED]->(:Topic)-[:SUBTOPIC_OF*0..]->(t) }
MATCH (s)-[:MENTIONS]->(thing)
WITH DISTINCT thing, m
ORDER BY m.date IS NULL, m.date, m.id
WITH thing, head(collect(m.id)) AS meetingId
RETURN {id: thing.id, type: labels(thing)[0], name: thing.name} AS thing, meetingId

// read-meetings-undated-count for a list narrowed to a topic: its undated meetings, reached from the topic.
// Parameters: $topicId (string; its subtopics count too), $kind (string or null), $personId (string or null)
MATCH (:Topic {id: $topicId})<-[:SUBTOPIC_OF*0..]-(:Topic)<-[:DISCUSSED]-(m:Meeting)
WHERE m.date IS NULL
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($personId IS NULL OR EXISTS { (:Person {id: $personId})-[:ATTENDED]->(m) })
RETURN count(DISTINCT m) AS total

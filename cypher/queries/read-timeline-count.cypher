// How many meetings are on a topic's timeline under the filters (the total behind read-timeline-meetings).
// Parameters: $topicId (string), $from ("yyyy-MM-dd" or null), $to ("yyyy-MM-dd" or null), $kind (string or null),
//   $personId (string or null)
MATCH (:Topic {id: $topicId})<-[:SUBTOPIC_OF*0..]-(:Topic)<-[:DISCUSSED]-(m:Meeting)
WITH DISTINCT m
WHERE ($from IS NULL OR m.date >= date($from))
  AND ($to IS NULL OR m.date <= date($to))
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($personId IS NULL OR EXISTS { (:Person {id: $personId})-[:ATTENDED]->(m) })
RETURN count(m) AS total

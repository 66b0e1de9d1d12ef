// How many meetings match the filters (the total behind a page of read-meetings-page).
// Parameters: $from ("yyyy-MM-dd" or null), $to ("yyyy-MM-dd" or null), $kind (string or null),
//   $personId (string or null), $topicId (string or null; its subtopics count too)
MATCH (m:Meeting)
WHERE ($from IS NULL OR m.date >= date($from))
  AND ($to IS NULL OR m.date <= date($to))
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($personId IS NULL OR EXISTS { (:Person {id: $personId})-[:ATTENDED]->(m) })
  AND ($topicId IS NULL OR EXISTS { (m)-[:DISCUSSED]->(:Topic)-[:SUBTOPIC_OF*0..]->(:Topic {id: $topicId}) })
RETURN count(m) AS total

// read-meetings-dates for a list narrowed to a topic (the timeline, or /api/meetings?topic=): the same per-day
// counts, written from the topic so the planner may start at the topic (few meetings) or at the meeting_date range
// (many), whichever it estimates cheaper; a meeting reached through several subtopics counts once.
// Parameters: $topicId (string; its subtopics count too), $from ("yyyy-MM-dd"), $to ("yyyy-MM-dd"),
//   $kind (string or null), $personId (string or null)
MATCH (:Topic {id: $topicId})<-[:SUBTOPIC_OF*0..]-(:Topic)<-[:DISCUSSED]-(m:Meeting)
WHERE m.date >= date($from) AND m.date <= date($to)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($personId IS NULL OR EXISTS { (:Person {id: $personId})-[:ATTENDED]->(m) })
WITH DISTINCT m
WITH m.date AS day, count(*) AS meetings
RETURN toString(day) AS date, meetings
ORDER BY day

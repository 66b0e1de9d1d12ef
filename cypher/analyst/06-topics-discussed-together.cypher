// Question: Which topics are discussed together? Pairs of topics that appear in the same meetings, with how
//   often and the years; subtopics are kept apart from their parents so the pairs are specific.
// Parameters: $minMeetings (integer)
//   :param minMeetings => 2
// Columns: topic, otherTopic, meetings, first, last
// Result: one row per unordered pair of topic ids, most frequent first.
MATCH (a:Topic)<-[:DISCUSSED]-(m:Meeting)-[:DISCUSSED]->(b:Topic)
WHERE a.id < b.id
  AND NOT (a)-[:SUBTOPIC_OF*]->(b)
  AND NOT (b)-[:SUBTOPIC_OF*]->(a)
WITH a, b, count(DISTINCT m) AS meetings, min(m.date) AS first, max(m.date) AS last
WHERE meetings >= $minMeetings
RETURN a.id AS topic, b.id AS otherTopic, meetings, first, last
ORDER BY meetings DESC, topic, otherTopic;

// Question: What happened at one meeting? The meeting with its participants, topics in agenda order,
//   statements with speakers, and the documents that report it, as a graph for Browser.
// Parameters: $date (ISO date 'yyyy-MM-dd'; every meeting of that day is shown)
//   :param date => '2016-12-15'
// Columns: meetingId, kind, city, topics, meeting, paths
// Result: one row per meeting that day; topics lists topic ids by DISCUSSED.order; paths draws the neighbourhood.
MATCH (m:Meeting)
WHERE m.date = date($date)
OPTIONAL MATCH around = (m)-[:REPORTED_IN|DISCUSSED|HAS_STATEMENT]->()
OPTIONAL MATCH people = (:Person)-[:ATTENDED]->(m)
OPTIONAL MATCH speakers = (:Person)-[:MADE]->(:Statement)<-[:HAS_STATEMENT]-(m)
WITH m, collect(DISTINCT around) + collect(DISTINCT people) + collect(DISTINCT speakers) AS paths
RETURN m.id AS meetingId,
       m.kind AS kind,
       m.city AS city,
       COLLECT { MATCH (m)-[d:DISCUSSED]->(t:Topic) RETURN t.id ORDER BY d.order } AS topics,
       m AS meeting,
       paths
ORDER BY meetingId;

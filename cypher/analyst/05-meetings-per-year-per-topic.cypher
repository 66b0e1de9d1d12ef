// Question: How much attention did each topic get each year? The number of meetings per year that discussed
//   each top-level topic (a subtopic counts for its parent), for a heat map or a stacked chart.
// Parameters: $from (first year), $to (last year)
//   :param from => 2000
//   :param to => 2030
// Columns: year, topic, name, meetings
// Result: one row per (year, top-level topic) that has at least one meeting.
MATCH (m:Meeting)-[:DISCUSSED]->(t:Topic)
WHERE m.date.year >= $from AND m.date.year <= $to
MATCH (t)-[:SUBTOPIC_OF*0..]->(top:Topic)
WHERE NOT (top)-[:SUBTOPIC_OF]->(:Topic)
RETURN m.date.year AS year, top.id AS topic, top.name AS name, count(DISTINCT m) AS meetings
ORDER BY year, meetings DESC, topic;

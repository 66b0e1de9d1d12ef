// Question: How did a topic evolve across meetings? Every meeting that discussed the topic or one of its
//   subtopics, oldest first, with the headings it came under and how many statements were about it.
// Parameters: $topic (Topic.id)
//   :param topic => 'territorial-issue'
// Columns: date, kind, city, occasion, participants, headings, statements, agreements, meetingId
// Result: one row per meeting. participants and headings are lists of strings; statements and agreements
//   count the meeting's statements about the topic (agreements: kind 'agreement').
MATCH (root:Topic {id: $topic})
MATCH (t:Topic)-[:SUBTOPIC_OF*0..]->(root)
MATCH (m:Meeting)-[d:DISCUSSED]->(t)
WITH root, m, collect(DISTINCT d.heading) AS headings, collect(DISTINCT t) AS topics
OPTIONAL MATCH (m)-[:HAS_STATEMENT]->(s:Statement)-[:ABOUT]->(st:Topic)
  WHERE st IN topics
WITH m, headings, collect(DISTINCT s) AS about
RETURN m.date AS date,
       m.kind AS kind,
       m.city AS city,
       m.occasion AS occasion,
       COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) RETURN p.name ORDER BY p.name } AS participants,
       [h IN headings WHERE h IS NOT NULL] AS headings,
       size(about) AS statements,
       size([s IN about WHERE s.kind = 'agreement']) AS agreements,
       m.id AS meetingId
ORDER BY date, meetingId;

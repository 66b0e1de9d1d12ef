// Question: How did what the two sides agreed on a topic change over time? Every agreement statement about
//   the topic or its subtopics, oldest first, with the words used, so wording shifts are visible year by year.
// Parameters: $topic (Topic.id)
//   :param topic => 'peace-treaty'
// Columns: year, date, verb, text, speakers, topics, meetingId, documentId
// Result: one row per agreement. speakers: names of the people the statement is attributed to; topics: ids of
//   every topic the statement is about; documentId + the statement's offsets locate the sentence.
MATCH (root:Topic {id: $topic})
MATCH (t:Topic)-[:SUBTOPIC_OF*0..]->(root)
MATCH (m:Meeting)-[:HAS_STATEMENT]->(s:Statement {kind: 'agreement'})-[:ABOUT]->(t)
WITH DISTINCT m, s
RETURN m.date.year AS year,
       m.date AS date,
       s.verb AS verb,
       s.text AS text,
       COLLECT { MATCH (p:Person)-[:MADE]->(s) RETURN p.name ORDER BY p.name } AS speakers,
       COLLECT { MATCH (s)-[:ABOUT]->(x:Topic) RETURN x.id ORDER BY x.id } AS topics,
       m.id AS meetingId,
       s.documentId AS documentId
ORDER BY date, s.documentId, s.start;

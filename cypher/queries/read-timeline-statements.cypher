// The statements about a topic or one of its subtopics at one page of its timeline's meetings, at most $limit
// per meeting (agreements first, then document order), each with how many the meeting has in all.
// Parameters: $topicId (string), $meetingIds (list of string), $limit (integer)
MATCH (t:Topic {id: $topicId})
UNWIND $meetingIds AS meetingId
MATCH (m:Meeting {id: meetingId})-[:HAS_STATEMENT]->(s:Statement)
WHERE EXISTS { (s)-[:ABOUT]->(:Topic)-[:SUBTOPIC_OF*0..]->(t) }
WITH m, s
ORDER BY s.kind <> 'agreement', s.documentId, s.start
WITH m, collect(s) AS about
UNWIND about[0..$limit] AS s
RETURN m.id AS meetingId, size(about) AS total,
  {id: s.id, kind: s.kind, verb: s.verb, text: s.text,
  speakers: COLLECT { MATCH (speaker:Person)-[:MADE]->(s) RETURN speaker.id AS id ORDER BY id },
  topics: COLLECT { MATCH (s)-[:ABOUT]->(about:Topic) RETURN about.id AS id ORDER BY id },
  source: {documentId: s.documentId, start: s.start, end: s.end}} AS statement
ORDER BY s.documentId, s.start

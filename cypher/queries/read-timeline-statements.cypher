// The statements about a topic or one of its subtopics, at the meetings on its timeline, with provenance and
// the named things each statement mentions.
// Parameters: $topicId (string)
MATCH (t:Topic {id: $topicId})<-[:SUBTOPIC_OF*0..]-(:Topic)<-[:ABOUT]-(s:Statement)<-[:HAS_STATEMENT]-(m:Meeting)
WHERE EXISTS { (m)-[:DISCUSSED]->(:Topic)-[:SUBTOPIC_OF*0..]->(t) }
WITH DISTINCT m, s
RETURN m.id AS meetingId,
  {id: s.id, kind: s.kind, verb: s.verb, text: s.text,
  speakers: COLLECT { MATCH (speaker:Person)-[:MADE]->(s) RETURN speaker.id AS id ORDER BY id },
  topics: COLLECT { MATCH (s)-[:ABOUT]->(about:Topic) RETURN about.id AS id ORDER BY id },
  source: {documentId: s.documentId, start: s.start, end: s.end}} AS statement,
  COLLECT {
    MATCH (s)-[:MENTIONS]->(thing)
    RETURN {id: thing.id, type: labels(thing)[0], name: thing.name} AS mention ORDER BY mention.type, mention.id
  } AS mentions
ORDER BY s.documentId, s.start

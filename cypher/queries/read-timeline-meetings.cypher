// A topic's whole timeline: the meetings that discussed it or one of its subtopics, in date order (undated
// last), each with the subtopics of the topic it discussed. The service judges what was new from these.
// Parameters: $topicId (string)
MATCH (t:Topic {id: $topicId})<-[:SUBTOPIC_OF*0..]-(:Topic)<-[:DISCUSSED]-(m:Meeting)
WITH DISTINCT t, m
RETURN {id: m.id, kind: m.kind, date: toString(m.date), city: m.city, country: m.country, occasion: m.occasion,
  durationMinutes: m.durationMinutes, sequenceNumber: m.sequenceNumber,
  participants: COLLECT {
    MATCH (who:Person)-[a:ATTENDED]->(m)
    RETURN {personId: who.id, name: who.name, country: who.country, role: a.role} AS attendee ORDER BY attendee.personId
  }} AS meeting,
  COLLECT {
    MATCH (m)-[:DISCUSSED]->(sub:Topic)-[:SUBTOPIC_OF*1..]->(t)
    RETURN DISTINCT sub.id AS id ORDER BY id
  } AS subtopics
ORDER BY m.date IS NULL, m.date, m.id

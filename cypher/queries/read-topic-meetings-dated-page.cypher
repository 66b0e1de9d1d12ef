// read-meetings-dated-page for a list narrowed to a topic: the dated part of one page, the page's first and last
// day from read-topic-meetings-dates, so either the topic or the meeting_date range can start the match.
// Parameters: $topicId (string; its subtopics count too), $first ("yyyy-MM-dd"), $last ("yyyy-MM-dd"),
//   $kind (string or null), $personId (string or null), $skip (integer), $limit (integer)
MATCH (:Topic {id: $topicId})<-[:SUBTOPIC_OF*0..]-(:Topic)<-[:DISCUSSED]-(m:Meeting)
WHERE m.date >= date($first) AND m.date <= date($last)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($personId IS NULL OR EXISTS { (:Person {id: $personId})-[:ATTENDED]->(m) })
WITH DISTINCT m
ORDER BY m.date, m.id
SKIP $skip LIMIT $limit
RETURN {id: m.id, kind: m.kind, date: toString(m.date), city: m.city, country: m.country, occasion: m.occasion,
  durationMinutes: m.durationMinutes, sequenceNumber: m.sequenceNumber,
  participants: COLLECT {
    MATCH (who:Person)-[a:ATTENDED]->(m)
    RETURN {personId: who.id, name: who.name, country: who.country, role: a.role} AS attendee ORDER BY attendee.personId
  }} AS meeting
ORDER BY meeting.date, meeting.id

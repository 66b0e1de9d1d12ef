// The undated part of one page of meetings matching the filters (undated meetings end a list without a date
// bound), with their participants, in id order (a list narrowed to a topic: read-topic-meetings-undated-page).
// Parameters: $kind (string or null), $personId (string or null), $skip (integer), $limit (integer)
MATCH (m:Meeting)
WHERE m.date IS NULL
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($personId IS NULL OR EXISTS { (:Person {id: $personId})-[:ATTENDED]->(m) })
WITH m
ORDER BY m.id
SKIP $skip LIMIT $limit
RETURN {id: m.id, kind: m.kind, date: toString(m.date), city: m.city, country: m.country, occasion: m.occasion,
  durationMinutes: m.durationMinutes, sequenceNumber: m.sequenceNumber,
  participants: COLLECT {
    MATCH (who:Person)-[a:ATTENDED]->(m)
    RETURN {personId: who.id, name: who.name, country: who.country, role: a.role} AS attendee ORDER BY attendee.personId
  }} AS meeting
ORDER BY meeting.id

// The dated part of one page of meetings matching the filters, with their participants, in date order then id (a
// list narrowed to a topic: read-topic-meetings-dated-page). The page's first and last day come from
// read-meetings-dates, so the range seeks the meeting_date index and ORDER BY m.date can follow the index order;
// $skip counts only the page's first day's rows before it.
// Parameters: $first ("yyyy-MM-dd"), $last ("yyyy-MM-dd"), $kind (string or null), $personId (string or null),
//   $skip (integer), $limit (integer)
MATCH (m:Meeting)
WHERE m.date >= date($first) AND m.date <= date($last)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($personId IS NULL OR EXISTS { (:Person {id: $personId})-[:ATTENDED]->(m) })
WITH m
ORDER BY m.date, m.id
SKIP $skip LIMIT $limit
RETURN {id: m.id, kind: m.kind, date: toString(m.date), city: m.city, country: m.country, occasion: m.occasion,
  durationMinutes: m.durationMinutes, sequenceNumber: m.sequenceNumber,
  participants: COLLECT {
    MATCH (who:Person)-[a:ATTENDED]->(m)
    RETURN {personId: who.id, name: who.name, country: who.country, role: a.role} AS attendee ORDER BY attendee.personId
  }} AS meeting
ORDER BY meeting.date, meeting.id

// Question: Data quality — which meetings have fewer than two known participants? A meeting needs at least two
//   sides; one participant usually means a name the gazetteer does not know.
// Parameters: $maxParticipants (integer, meetings with at most this many participants are listed)
//   :param maxParticipants => 1
// Columns: meetingId, date, kind, participants, documents
// Result: one row per suspicious meeting; participants lists names, documents lists Document.title values.
MATCH (m:Meeting)
WITH m, COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) RETURN p.name ORDER BY p.name } AS participants
WHERE size(participants) <= $maxParticipants
RETURN m.id AS meetingId,
       m.date AS date,
       m.kind AS kind,
       participants,
       COLLECT { MATCH (m)-[:REPORTED_IN]->(d:Document) RETURN d.title ORDER BY d.title } AS documents
ORDER BY date, meetingId;

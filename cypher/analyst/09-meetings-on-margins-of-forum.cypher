// Question: Which meetings were held on the margins of a given forum (APEC, G20, ...)? Matches the meeting's
//   occasion text, or a mentioned Organization or Event whose name contains the forum, ignoring case.
// Parameters: $forum (text to look for)
//   :param forum => 'APEC'
// Columns: date, kind, city, country, occasion, participants, meetingId
// Result: one row per meeting, oldest first; participants is a list of names.
MATCH (m:Meeting)
WHERE toLower(m.occasion) CONTAINS toLower($forum)
   OR EXISTS {
     MATCH (m)-[:MENTIONS]->(x)
     WHERE (x:Organization OR x:Event) AND toLower(x.name) CONTAINS toLower($forum)
   }
RETURN m.date AS date,
       m.kind AS kind,
       m.city AS city,
       m.country AS country,
       m.occasion AS occasion,
       COLLECT { MATCH (p:Person)-[:ATTENDED]->(m) RETURN p.name ORDER BY p.name } AS participants,
       m.id AS meetingId
ORDER BY date, meetingId;

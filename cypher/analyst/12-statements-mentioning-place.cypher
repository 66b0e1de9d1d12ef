// Question: What was said about a given place? Every statement that mentions the place, with its speakers and
//   topics, oldest first. (A statement is linked to the sentence of the place's first mention in a meeting;
//   (Meeting)-[:MENTIONS]->(Place) lists every meeting that mentions it at all.)
// Parameters: $place (Place.id, the slug of its name)
//   :param place => 'vladivostok'
// Columns: date, place, speakers, kind, verb, text, topics, documentId
// Result: one row per statement.
MATCH (pl:Place {id: $place})<-[:MENTIONS]-(s:Statement)<-[:HAS_STATEMENT]-(m:Meeting)
RETURN m.date AS date,
       pl.name AS place,
       COLLECT { MATCH (p:Person)-[:MADE]->(s) RETURN p.name ORDER BY p.name } AS speakers,
       s.kind AS kind,
       s.verb AS verb,
       s.text AS text,
       COLLECT { MATCH (s)-[:ABOUT]->(t:Topic) RETURN t.id ORDER BY t.id } AS topics,
       s.documentId AS documentId
ORDER BY date, documentId, s.start;

// Question: What has one leader said about a topic, over all meetings? Each statement the person made (alone
//   or jointly) that is about the topic or a subtopic, in order, with where it can be read.
// Parameters: $person (Person.id), $topic (Topic.id)
//   :param person => 'vladimir-putin'
//   :param topic => 'territorial-issue'
// Columns: date, meetingKind, kind, verb, text, jointWith, documentId, start, end
// Result: one row per statement; jointWith lists the other speakers of a joint statement (empty when alone);
//   documentId, start and end are the character offsets of the sentence in the normalised document text.
MATCH (p:Person {id: $person})-[:MADE]->(s:Statement)
MATCH (root:Topic {id: $topic})
WHERE EXISTS { MATCH (s)-[:ABOUT]->(:Topic)-[:SUBTOPIC_OF*0..]->(root) }
MATCH (m:Meeting)-[:HAS_STATEMENT]->(s)
RETURN m.date AS date,
       m.kind AS meetingKind,
       s.kind AS kind,
       s.verb AS verb,
       s.text AS text,
       COLLECT { MATCH (o:Person)-[:MADE]->(s) WHERE o <> p RETURN o.name ORDER BY o.name } AS jointWith,
       s.documentId AS documentId,
       s.start AS start,
       s.end AS end
ORDER BY date, documentId, start;

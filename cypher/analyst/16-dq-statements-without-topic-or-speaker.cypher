// Question: Data quality — which statements have no topic, or no speaker? Either gap hides the statement from
//   the topic timeline or from a leader's record.
// Parameters: $limit (maximum rows)
//   :param limit => 100
// Columns: problem, statementId, date, verb, text, documentId
// Result: one row per statement and problem ('no topic' or 'no speaker'), oldest first.
MATCH (m:Meeting)-[:HAS_STATEMENT]->(s:Statement)
WITH m, s,
     [x IN [CASE WHEN NOT (s)-[:ABOUT]->(:Topic) THEN 'no topic' END,
            CASE WHEN NOT (:Person)-[:MADE]->(s) THEN 'no speaker' END] WHERE x IS NOT NULL] AS problems
UNWIND problems AS problem
RETURN problem, s.id AS statementId, m.date AS date, s.verb AS verb, s.text AS text, s.documentId AS documentId
ORDER BY date, documentId, s.start
LIMIT $limit;

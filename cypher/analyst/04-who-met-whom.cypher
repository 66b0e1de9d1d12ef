// Question: Who met whom, how often, and in which roles? Pairs of people who attended the same meetings,
//   with the roles each held there and the span of years; the most frequent pairs first.
// Parameters: $minMeetings (integer, pairs meeting fewer times are left out)
//   :param minMeetings => 1
// Columns: person, counterpart, meetings, roles, counterpartRoles, first, last
// Result: one row per unordered pair (person's id sorts before counterpart's); roles and counterpartRoles are
//   the distinct ATTENDED.role values each used; first and last are meeting dates.
MATCH (a:Person)-[ra:ATTENDED]->(m:Meeting)<-[rb:ATTENDED]-(b:Person)
WHERE a.id < b.id
WITH a, b, count(DISTINCT m) AS meetings, collect(DISTINCT ra.role) AS roles,
     collect(DISTINCT rb.role) AS counterpartRoles, min(m.date) AS first, max(m.date) AS last
WHERE meetings >= $minMeetings
RETURN a.name AS person, b.name AS counterpart, meetings, roles, counterpartRoles, first, last
ORDER BY meetings DESC, person, counterpart;

// Question: Whom did a leader meet in each of their terms of office? For every office the person held, the
//   people from other countries met while in it, how often, and when.
// Parameters: $person (Person.id)
//   :param person => 'shinzo-abe'
// Columns: office, termFrom, termTo, counterpart, counterpartCountry, counterpartRoles, meetings, first, last
// Result: one row per (term, counterpart); termTo is null for a term still running.
MATCH (p:Person {id: $person})-[h:HELD]->(o:Office)
MATCH (p)-[:ATTENDED]->(m:Meeting)<-[r:ATTENDED]-(c:Person)
WHERE m.date >= h.from AND (h.to IS NULL OR m.date <= h.to)
  AND (c.country IS NULL OR p.country IS NULL OR c.country <> p.country)
WITH o, h, c, count(DISTINCT m) AS meetings, collect(DISTINCT r.role) AS counterpartRoles,
     min(m.date) AS first, max(m.date) AS last
RETURN o.name AS office, h.from AS termFrom, h.to AS termTo, c.name AS counterpart,
       c.country AS counterpartCountry, counterpartRoles, meetings, first, last
ORDER BY termFrom, meetings DESC, counterpart;

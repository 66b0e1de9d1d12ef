// Question: Who held which office on a given day? Useful to check a meeting's roles against terms of office.
// Parameters: $on (ISO date 'yyyy-MM-dd')
//   :param on => '2016-12-15'
// Columns: office, officeId, country, person, from, to
// Result: one row per office with a holder on that day.
MATCH (p:Person)-[h:HELD]->(o:Office)
WHERE h.from <= date($on) AND (h.to IS NULL OR h.to >= date($on))
RETURN o.name AS office, o.id AS officeId, o.country AS country, p.name AS person, h.from AS from, h.to AS to
ORDER BY country, officeId;

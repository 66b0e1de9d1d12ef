// How many undated meetings match the filters: they end a list without a date bound (undated last).
// Parameters: $kind (string or null), $personId (string or null)
MATCH (m:Meeting)
WHERE m.date IS NULL
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($personId IS NULL OR EXISTS { (:Person {id: $personId})-[:ATTENDED]->(m) })
RETURN count(m) AS total

// Readiness while a write fault is on record: a write the store always rolls back (the bookkeeping node set to its
// own value), so a database that answers reads but refuses writes (read-only, unavailable) stays not ready.
// Parameters: none
MATCH (g:StoreGeneration {id: 1})
SET g.value = g.value
RETURN count(g) AS probed

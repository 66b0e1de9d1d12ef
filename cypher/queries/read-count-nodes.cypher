// How many nodes carry each label (idempotency and replacement checks compare these).
// Parameters: none
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count

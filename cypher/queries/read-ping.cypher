// Readiness probe: answers when the database accepts queries.
// Parameters: none
RETURN 1 AS ok

// Last statement of every write transaction that changes a document (insert, replacement, deletion): counts the
// write on the bookkeeping node, so the store version (read-version) changes exactly when such a transaction commits.
// The first write of a database creates the node with a random instance id, so two databases never share a version.
// Run last: the node's lock is then held only until the commit that follows.
// Parameters: none
MERGE (g:StoreGeneration {id: 1})
ON CREATE SET g.instance = randomUUID(), g.value = 0
SET g.value = g.value + 1
RETURN g.value AS value

// At start-up: creates the bookkeeping node behind the store version if this database has none yet, with a random
// instance id and no writes counted. Changes nothing when it exists.
// Parameters: none
MERGE (g:StoreGeneration {id: 1})
ON CREATE SET g.instance = randomUUID(), g.value = 0

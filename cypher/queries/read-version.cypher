// The store's version, behind the service's ETags and read cache: the instance id of this database and the count
// of committed document writes, both kept on the one (:StoreGeneration {id: 1}) bookkeeping node that every document
// write, replacement and deletion bumps in its own transaction (write-store-generation). One lookup on the
// store_generation_id constraint; no row is ever missing (before the first write: instance null, value 0).
// Parameters: none
OPTIONAL MATCH (g:StoreGeneration {id: 1})
RETURN g.instance AS instance, coalesce(g.value, 0) AS value

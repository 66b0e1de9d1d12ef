// Reference data: upserts the offices people hold (e.g. jp-prime-minister). Offices are never deleted.
// Parameters: $offices (list of {id: string, name: string, country: string})
UNWIND $offices AS row
MERGE (o:Office {id: row.id})
SET o.name = row.name, o.country = row.country

// Records (Person)-[:HELD {from, to}]->(Office) from the gazetteer terms on participants, one relationship
// per person, office and start date (an unknown start counts as one term). Unknown offices are skipped.
// Parameters: $held (list of {personId, officeId, termFrom: "yyyy-MM-dd" or null, termTo: "yyyy-MM-dd" or null})
UNWIND $held AS row
MATCH (p:Person {id: row.personId}), (o:Office {id: row.officeId})
OPTIONAL MATCH (p)-[existing:HELD]->(o)
  WHERE existing.from = date(row.termFrom) OR (existing.from IS NULL AND row.termFrom IS NULL)
WITH p, o, row, head(collect(existing)) AS existing
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (p)-[:HELD {from: date(row.termFrom), to: date(row.termTo)}]->(o))
FOREACH (h IN CASE WHEN existing IS NULL THEN [] ELSE [existing] END |
  SET h.to = coalesce(date(row.termTo), h.to))

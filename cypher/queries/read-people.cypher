// Every person with how many meetings they attended.
// Parameters: none
MATCH (p:Person)
RETURN {id: p.id, name: p.name, country: p.country, meetingCount: COUNT { (p)-[:ATTENDED]->(:Meeting) }} AS person
ORDER BY p.id

// Removes what no document supports any more: meetings no document reports, people who attended nothing,
// named things no meeting mentions. Topics and offices are reference data and stay.
// Parameters: none
CALL () {
  MATCH (m:Meeting)
  WHERE NOT EXISTS { (m)-[:REPORTED_IN]->(:Document) }
  DETACH DELETE m
}
CALL () {
  MATCH (p:Person)
  WHERE NOT EXISTS { (p)-[:ATTENDED]->(:Meeting) }
  DETACH DELETE p
}
CALL () {
  MATCH (n)
  WHERE (n:Place OR n:Organization OR n:Project OR n:Instrument OR n:Event)
    AND NOT EXISTS { (:Meeting)-[:MENTIONS]->(n) }
  DETACH DELETE n
}

// Question: Which topics faded — discussed, then absent for years? Each gap of at least $minYears between two
//   meetings discussing a topic, and topics silent for that long up to the latest meeting in the graph.
// Parameters: $minYears (integer)
//   :param minYears => 3
// Columns: topic, name, discussedUntil, discussedAgainOn, silentYears
// Result: one row per gap; discussedAgainOn is null when the topic has not come back since (silentYears then
//   counts to the latest meeting in the graph). Longest silences first.
MATCH (any:Meeting)
WITH max(any.date) AS latest
MATCH (t:Topic)<-[:DISCUSSED]-(m:Meeting)
WITH latest, t, m.date AS day ORDER BY day
WITH latest, t, collect(DISTINCT day) AS days
UNWIND range(0, size(days) - 1) AS i
WITH t, days[i] AS discussedUntil, CASE WHEN i + 1 < size(days) THEN days[i + 1] END AS discussedAgainOn, latest
WITH t, discussedUntil, discussedAgainOn,
     duration.between(discussedUntil, coalesce(discussedAgainOn, latest)).years AS silentYears
WHERE silentYears >= $minYears
RETURN t.id AS topic, t.name AS name, discussedUntil, discussedAgainOn, silentYears
ORDER BY silentYears DESC, topic, discussedUntil;

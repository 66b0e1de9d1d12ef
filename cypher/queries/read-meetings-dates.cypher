// How many dated meetings match the filters on each day of a date range, in date order: once per store version and
// filter, the service derives from it a list's total and where each page starts (its first and last day and the rows
// to skip on the first), so a page never counts or skips the rows before it. A plain range on m.date (the unbounded
// side passed as 0001-01-01 or 9999-12-31) lets the planner seek the meeting_date index. Undated meetings are never
// in a date range: read-meetings-undated-count counts them when the list has no date bound. A list narrowed to a
// topic uses read-topic-meetings-dates.
// Parameters: $from ("yyyy-MM-dd"), $to ("yyyy-MM-dd"), $kind (string or null), $personId (string or null)
MATCH (m:Meeting)
WHERE m.date >= date($from) AND m.date <= date($to)
  AND ($kind IS NULL OR m.kind = $kind)
  AND ($personId IS NULL OR EXISTS { (:Person {id: $personId})-[:ATTENDED]->(m) })
WITH m.date AS day, count(*) AS meetings
RETURN toString(day) AS date, meetings
ORDER BY day

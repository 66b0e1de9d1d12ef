// Question: How did the balance between telephone talks and in-person meetings change over time?
// Parameters: $kind (meeting kind counted as "telephone"; the others count as in person)
//   :param kind => 'telephone'
// Columns: year, telephone, inPerson, total, telephoneShare
// Result: one row per year with meetings; telephoneShare is telephone / total (0.0 to 1.0).
MATCH (m:Meeting)
WHERE m.date IS NOT NULL
WITH m.date.year AS year, m.kind = $kind AS byPhone
WITH year, sum(CASE WHEN byPhone THEN 1 ELSE 0 END) AS telephone, count(*) AS total
RETURN year, telephone, total - telephone AS inPerson, total, toFloat(telephone) / total AS telephoneShare
ORDER BY year;

// Merges the document's meetings on their id (two reports of one meeting meet here) and links them to the
// document. A value the document does not know (null) keeps what another document said.
// Parameters: $documentId (string), $meetings (list of {id, kind, date: "yyyy-MM-dd" or null, city, country,
//   occasion, durationMinutes, sequenceNumber})
MATCH (d:Document {id: $documentId})
UNWIND $meetings AS row
MERGE (m:Meeting {id: row.id})
SET m.kind = row.kind,
    m.date = coalesce(date(row.date), m.date),
    m.city = coalesce(row.city, m.city),
    m.country = coalesce(row.country, m.country),
    m.occasion = coalesce(row.occasion, m.occasion),
    m.durationMinutes = coalesce(row.durationMinutes, m.durationMinutes),
    m.sequenceNumber = coalesce(row.sequenceNumber, m.sequenceNumber)
MERGE (m)-[:REPORTED_IN]->(d)

// Merges the batch's meetings on their id (two reports of one meeting meet here) and links them to the
// document. A value the document does not know (null) keeps what another document said.
// Parameters: $meetings (list of {documentId: string, row: {id, kind, date: "yyyy-MM-dd" or null, city, country,
//   occasion, durationMinutes, sequenceNumber}})
UNWIND $meetings AS item
WITH item.documentId AS documentId, item.row AS row
MATCH (d:Document {id: documentId})
MERGE (m:Meeting {id: row.id})
SET m.kind = row.kind,
    m.date = coalesce(date(row.date), m.date),
    m.city = coalesce(row.city, m.city),
    m.country = coalesce(row.country, m.country),
    m.occasion = coalesce(row.occasion, m.occasion),
    m.durationMinutes = coalesce(row.durationMinutes, m.durationMinutes),
    m.sequenceNumber = coalesce(row.sequenceNumber, m.sequenceNumber)
MERGE (m)-[:REPORTED_IN]->(d)

// Sets the claimed Documents' properties, including the normalised text that provenance offsets index.
// Parameters: $documents (list of {id: string, source: string, title: string or null, publishedOn: "yyyy-MM-dd" or null,
//   extractorVersion: string, ingestedAt: ISO-8601 datetime string, text: string})
UNWIND $documents AS document
MATCH (d:Document {id: document.id})
SET d.source = document.source,
    d.title = document.title,
    d.publishedOn = date(document.publishedOn),
    d.extractorVersion = document.extractorVersion,
    d.ingestedAt = datetime(document.ingestedAt),
    d.text = document.text

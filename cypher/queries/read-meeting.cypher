// Everything about one meeting: participants, topics discussed, statements with provenance, named things
// mentioned and the documents that report it. No row when the meeting is unknown.
// Parameters: $meetingId (string)
MATCH (m:Meeting {id: $meetingId})
RETURN {
  meeting: {id: m.id, kind: m.kind, date: toString(m.date), city: m.city, country: m.country, occasion: m.occasion,
  durationMinutes: m.durationMinutes, sequenceNumber: m.sequenceNumber,
  participants: COLLECT {
    MATCH (who:Person)-[a:ATTENDED]->(m)
    RETURN {personId: who.id, name: who.name, country: who.country, role: a.role} AS attendee ORDER BY attendee.personId
  }},
  topics: COLLECT {
    MATCH (m)-[r:DISCUSSED]->(t:Topic)
    RETURN {topicId: t.id, name: t.name, heading: r.heading, order: r.order} AS topic ORDER BY topic.order, topic.topicId
  },
  statements: COLLECT {
    MATCH (m)-[:HAS_STATEMENT]->(s:Statement)
    WITH s ORDER BY s.documentId, s.start
    RETURN {id: s.id, kind: s.kind, verb: s.verb, text: s.text,
  speakers: COLLECT { MATCH (speaker:Person)-[:MADE]->(s) RETURN speaker.id AS id ORDER BY id },
  topics: COLLECT { MATCH (s)-[:ABOUT]->(about:Topic) RETURN about.id AS id ORDER BY id },
  source: {documentId: s.documentId, start: s.start, end: s.end}} AS statement
  },
  mentions: COLLECT {
    MATCH (m)-[:MENTIONS]->(thing)
    RETURN {id: thing.id, type: labels(thing)[0], name: thing.name} AS mention ORDER BY mention.type, mention.id
  },
  documents: COLLECT {
    MATCH (m)-[:REPORTED_IN]->(d:Document)
    RETURN {id: d.id, source: d.source, title: d.title, publishedOn: toString(d.publishedOn),
            extractorVersion: d.extractorVersion, ingestedAt: toString(d.ingestedAt)} AS document ORDER BY document.id
  }
} AS detail

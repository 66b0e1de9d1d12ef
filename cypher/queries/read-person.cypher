// Everything about one person: aliases, offices with terms, their latest $recentMeetings dated meetings (newest
// first, then id; all of them are read-meetings filtered by person), the people they met (how often, first and
// last) and the topics their meetings discussed. No row when the person is unknown.
// Parameters: $personId (string), $recentMeetings (integer)
MATCH (p:Person {id: $personId})
RETURN {
  person: {id: p.id, name: p.name, country: p.country, meetingCount: COUNT { (p)-[:ATTENDED]->(:Meeting) }},
  aliases: COLLECT { UNWIND coalesce(p.aliases, []) AS alias RETURN alias ORDER BY alias },
  offices: COLLECT {
    MATCH (p)-[h:HELD]->(o:Office)
    WITH h, o ORDER BY h.from IS NULL, h.from, o.id
    RETURN {officeId: o.id, name: o.name, from: toString(h.from), to: toString(h.to)} AS term
  },
  recentMeetings: COLLECT {
    MATCH (p)-[:ATTENDED]->(m:Meeting)
    WHERE m.date IS NOT NULL
    WITH m ORDER BY m.date DESC, m.id LIMIT $recentMeetings
    RETURN {id: m.id, kind: m.kind, date: toString(m.date), city: m.city, country: m.country, occasion: m.occasion,
  durationMinutes: m.durationMinutes, sequenceNumber: m.sequenceNumber,
  participants: COLLECT {
    MATCH (who:Person)-[a:ATTENDED]->(m)
    RETURN {personId: who.id, name: who.name, country: who.country, role: a.role} AS attendee ORDER BY attendee.personId
  }} AS meeting
  },
  counterparts: COLLECT {
    MATCH (p)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(other:Person)
    WHERE other <> p
    WITH other, count(DISTINCT m) AS meetings, min(m.date) AS first, max(m.date) AS last
    ORDER BY meetings DESC, other.id
    RETURN {personId: other.id, name: other.name, country: other.country, meetings: meetings,
            first: toString(first), last: toString(last)} AS counterpart
  },
  topics: COLLECT {
    MATCH (p)-[:ATTENDED]->(m:Meeting)-[:DISCUSSED]->(t:Topic)
    WITH t, count(DISTINCT m) AS meetings
    ORDER BY meetings DESC, t.id
    RETURN {topicId: t.id, name: t.name, meetings: meetings} AS topic
  }
} AS detail

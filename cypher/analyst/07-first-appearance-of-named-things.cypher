// Question: When did each named project or instrument (treaty, declaration, plan) first come up, and how often
//   since? The first meeting whose documents mention it, and the number of meetings that did.
// Parameters: $labels (list of labels to include: 'Project', 'Instrument', 'Event', 'Organization', 'Place')
//   :param labels => ['Project', 'Instrument']
// Columns: label, id, name, firstDate, firstMeetingId, meetings, lastDate
// Result: one row per named thing, in order of first appearance.
MATCH (m:Meeting)-[:MENTIONS]->(x)
WITH x, [l IN labels(x) WHERE l IN $labels][0] AS label, m
WHERE label IS NOT NULL
WITH label, x, m ORDER BY m.date, m.id
WITH label, x, collect(DISTINCT m) AS ms
RETURN label,
       x.id AS id,
       x.name AS name,
       ms[0].date AS firstDate,
       ms[0].id AS firstMeetingId,
       size(ms) AS meetings,
       ms[-1].date AS lastDate
ORDER BY firstDate, label, id;

// Every taxonomy topic with how many meetings discussed it or one of its subtopics, and when first and last.
// Parameters: none
MATCH (t:Topic)
OPTIONAL MATCH (t)-[:SUBTOPIC_OF]->(parent:Topic)
OPTIONAL MATCH (t)<-[:SUBTOPIC_OF*0..]-(:Topic)<-[:DISCUSSED]-(m:Meeting)
WITH t, parent, count(DISTINCT m) AS meetings, min(m.date) AS first, max(m.date) AS last
RETURN {id: t.id, name: t.name, parentId: parent.id, meetingCount: meetings,
        firstMeeting: toString(first), lastMeeting: toString(last)} AS topic
ORDER BY t.id

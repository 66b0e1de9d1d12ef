// For each strict subtopic of a topic, the first meeting on its timeline (date order, undated last, then id)
// that discussed it: where the timeline shows the subtopic as new.
// Parameters: $topicId (string)
MATCH (:Topic {id: $topicId})<-[:SUBTOPIC_OF*1..]-(sub:Topic)<-[:DISCUSSED]-(m:Meeting)
WITH DISTINCT sub, m
ORDER BY m.date IS NULL, m.date, m.id
WITH sub, head(collect(m.id)) AS meetingId
RETURN sub.id AS subtopicId, meetingId

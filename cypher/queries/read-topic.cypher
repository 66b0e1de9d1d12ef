// A topic's name, or no row when the topic is not in the taxonomy.
// Parameters: $topicId (string)
MATCH (t:Topic {id: $topicId})
RETURN t.name AS name

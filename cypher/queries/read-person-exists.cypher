// Whether a person is in the graph; filters check this before they run.
// Parameters: $personId (string)
RETURN EXISTS { MATCH (:Person {id: $personId}) } AS found

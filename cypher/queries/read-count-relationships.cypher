// How many relationships there are of each type.
// Parameters: none
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count

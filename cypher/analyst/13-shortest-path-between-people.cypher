// Question: How are two people connected through meetings? The shortest chain person - meeting - person -
//   ... between them (at most 6 meetings); open it in Browser to see the chain as a graph.
// Parameters: $from (Person.id), $to (Person.id)
//   :param from => 'junichiro-koizumi'
//   :param to => 'dmitry-medvedev'
// Columns: path, meetings, chain
// Result: one row (none when unconnected): path is the graph path, meetings its number of meetings, chain the
//   alternating names and meeting dates as text.
MATCH path = shortestPath((a:Person {id: $from})-[:ATTENDED*..12]-(b:Person {id: $to}))
RETURN path,
       length(path) / 2 AS meetings,
       [n IN nodes(path) | CASE WHEN n:Person THEN n.name ELSE toString(n.date) + ' ' + n.kind END] AS chain;

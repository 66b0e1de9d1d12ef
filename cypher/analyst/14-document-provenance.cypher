// Question: What did one document put into the graph? Its full provenance: the meetings it reports, their
//   participants, the topics it supports, its statements with speakers, topics and mentioned things.
// Parameters: $document (Document.id, sha256 hex; list them with MATCH (d:Document) RETURN d.id, d.title)
//   :param document => '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0'
// Columns: document, title, meetings, statements, paths
// Result: one row; paths are graph paths (Browser draws them), meetings and statements are counts. Only facts
//   this document supports are included (documentIds on ATTENDED, DISCUSSED and a meeting's MENTIONS;
//   documentId on Statement).
MATCH (d:Document {id: $document})
OPTIONAL MATCH reported = (m:Meeting)-[:REPORTED_IN]->(d)
OPTIONAL MATCH attended = (:Person)-[a:ATTENDED]->(m)
  WHERE d.id IN a.documentIds
OPTIONAL MATCH discussed = (m)-[r:DISCUSSED]->(:Topic)
  WHERE d.id IN r.documentIds
OPTIONAL MATCH named = (m)-[n:MENTIONS]->()
  WHERE d.id IN n.documentIds
OPTIONAL MATCH said = (m)-[:HAS_STATEMENT]->(s:Statement {documentId: d.id})
OPTIONAL MATCH detail = (s)-[:ABOUT|MENTIONS]->()
OPTIONAL MATCH made = (:Person)-[:MADE]->(s)
WITH d, collect(DISTINCT m) AS ms, collect(DISTINCT s) AS ss,
     collect(DISTINCT reported) + collect(DISTINCT attended) + collect(DISTINCT discussed) + collect(DISTINCT named)
       + collect(DISTINCT said) + collect(DISTINCT detail) + collect(DISTINCT made) AS paths
RETURN d.id AS document, d.title AS title, size(ms) AS meetings, size(ss) AS statements, paths;

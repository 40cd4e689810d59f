// One document's passages with their MENTIONS edges and Evidence nodes in one statement: each row carries what
// hangs off its passage, so nothing looks the new passage up by id again. delete-document has just removed this
// document's passages, so plain CREATE is safe and far cheaper than MERGE.
// The entities must be there first (upsert-entities runs before this).
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
CREATE (d)-[:HAS_PASSAGE]->(p:Passage)
SET p = row.passage
WITH p, row
CALL (p, row) {
  UNWIND row.mentions AS m
  MATCH (e:Entity {id: m.entityId})
  CREATE (p)-[:MENTIONS {count: m.count}]->(e)
}
CALL (p, row) {
  UNWIND row.evidence AS ev
  CREATE (x:Evidence)-[:FROM_PASSAGE]->(p)
  SET x = ev
}

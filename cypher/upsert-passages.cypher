// delete-document has just removed this document's passages, so plain CREATE is safe and far cheaper than MERGE.
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
CREATE (d)-[:HAS_PASSAGE]->(p:Passage)
SET p = row

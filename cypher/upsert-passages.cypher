UNWIND $rows AS row
MATCH (d:Document {id: row.documentId})
MERGE (p:Passage {id: row.id})
SET p += row
MERGE (d)-[:HAS_PASSAGE]->(p)

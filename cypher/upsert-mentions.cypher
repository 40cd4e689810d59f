// Passages are new (see upsert-passages), so their MENTIONS edges are too.
UNWIND $rows AS row
MATCH (p:Passage {id: row.passageId})
MATCH (e:Entity {id: row.entityId})
CREATE (p)-[:MENTIONS {count: row.count}]->(e)

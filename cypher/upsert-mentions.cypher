UNWIND $rows AS row
MATCH (p:Passage {id: row.passageId})
MATCH (e:Entity {id: row.entityId})
MERGE (p)-[m:MENTIONS]->(e)
SET m.count = row.count

UNWIND $rows AS row
MATCH (p:Passage {id: row.passageId})
MERGE (ev:Evidence {id: row.id})
SET ev += row
MERGE (ev)-[:FROM_PASSAGE]->(p)

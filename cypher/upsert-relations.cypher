// All types in one statement: `row.type` was checked against the ontology before it was sent.
UNWIND $rows AS row
MATCH (a:Entity {id: row.sourceId})
MATCH (b:Entity {id: row.targetId})
MERGE (a)-[r:$(row.type)]->(b)
SET r.id = row.id, r.year = coalesce(r.year, row.year), r.role = coalesce(r.role, row.role), r.method = row.method,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END

// All types in one statement: `row.type` was checked against the ontology before it was sent.
UNWIND $rows AS row
MATCH (a:Entity {id: row.sourceId})
MATCH (b:Entity {id: row.targetId})
// Keyed by id, not by the pair: a body that chaired twice keeps two CHAIRED relations (one per period).
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r.year = coalesce(r.year, row.year), r.role = coalesce(r.role, row.role), r.method = row.method,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END

// Every relation touching each entity, both directions, with the other end inlined.
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r:{{RELATION_TYPES}}]-(o:Entity)
RETURN id, type(r) AS type, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS direction,
       r.id AS relId, r.year AS year, r.role AS role, r.confidence AS confidence, r.method AS method, coalesce(r.evidenceCount, 0) AS evidenceCount,
       o {{ENTITY_PROPS}} AS other
ORDER BY id, r.confidence DESC, o.name, r.id

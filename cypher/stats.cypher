CALL () { MATCH (e:Entity) WITH e.kind AS key, count(*) AS count ORDER BY key RETURN collect({key: key, count: count}) AS entitiesByKind }
CALL () { MATCH (:Entity)-[r:{{RELATION_TYPES}}]->(:Entity) WITH type(r) AS key, count(*) AS count ORDER BY key RETURN collect({key: key, count: count}) AS relationsByType }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (p:Passage) RETURN count(p) AS passages }
RETURN entitiesByKind, relationsByType, documents, passages

MATCH (e:Entity)
WITH e, COUNT { (e)-[:{{RELATION_TYPES}}]-(:Entity) } AS links
ORDER BY links DESC, e.id LIMIT $limit
RETURN e.id AS id, e.name AS name, e.kind AS kind, links

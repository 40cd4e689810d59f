// Relations within $depth hops of an entity (entity-to-entity types only, so Passage MENTIONS are
// never expanded), each once, up to $limit. A map projection needs a variable, hence the WITH.
MATCH (a:Entity {id: $id})
MATCH p = (a)-[:{{RELATION_TYPES}}*1..3]-(:Entity)
WHERE length(p) <= $depth AND ($types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types))
UNWIND relationships(p) AS r
WITH DISTINCT r LIMIT $limit
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN s {{ENTITY_PROPS}} AS source, t {{ENTITY_PROPS}} AS target, type(r) AS type

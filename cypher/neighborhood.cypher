MATCH (a:Entity {id: $id})
MATCH p = (a)-[:{{RELATION_TYPES}}*1..3]-(:Entity)
WHERE length(p) <= $depth AND ($types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types))
UNWIND relationships(p) AS r
WITH DISTINCT r LIMIT $limit
RETURN startNode(r) {{ENTITY_PROPS}} AS source,
       endNode(r) {{ENTITY_PROPS}} AS target, type(r) AS type

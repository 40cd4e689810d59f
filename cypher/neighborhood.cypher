MATCH (a:Entity {id: $id})
MATCH p = (a)-[:{{RELATION_TYPES}}*1..3]-(:Entity)
WHERE length(p) <= $depth AND ($types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types))
UNWIND relationships(p) AS r
WITH DISTINCT r LIMIT $limit
// A map projection needs a variable, not a function call: startNode(r) {…} does not parse.
WITH r, startNode(r) AS s, endNode(r) AS t
RETURN s {{ENTITY_PROPS}} AS source,
       t {{ENTITY_PROPS}} AS target, type(r) AS type

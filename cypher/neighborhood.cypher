MATCH (a:Entity {id: $id})
MATCH p = (a)-[:{{RELATION_TYPES}}*1..3]-(:Entity)
WHERE length(p) <= $depth AND ($types IS NULL OR all(r IN relationships(p) WHERE type(r) IN $types))
UNWIND relationships(p) AS r
WITH DISTINCT r LIMIT $limit
RETURN startNode(r) {.id, .kind, .name, .acronym, .aliases, .mentionCount, .iso2, .iso3, .adoptedYear, .year, .isEvent} AS source,
       endNode(r) {.id, .kind, .name, .acronym, .aliases, .mentionCount, .iso2, .iso3, .adoptedYear, .year, .isEvent} AS target, type(r) AS type

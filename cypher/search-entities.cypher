CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node {.id, .kind, .name, .acronym, .aliases, .mentionCount, .iso2, .iso3, .adoptedYear, .year, .isEvent} AS entity, score
ORDER BY score DESC LIMIT $first

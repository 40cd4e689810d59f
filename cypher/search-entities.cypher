CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node {{ENTITY_PROPS}} AS entity, score
ORDER BY score DESC LIMIT $first

// Full-text hits, best first; {{entityProps}} is the projection of the fields the query selects on them.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node {{entityProps}} AS entity, score
ORDER BY score DESC LIMIT $first

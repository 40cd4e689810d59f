// $term is $name as one quoted, escaped Lucene term (exactLuceneTerm): the entity_lookup index gives the
// candidates, and `$name IN e.lookup` stays the exact test. e.id breaks ties so the answer does not depend
// on the order the index returns candidates in.
CALL db.index.fulltext.queryNodes('entity_lookup', $term) YIELD node AS e
WITH e WHERE $name IN e.lookup AND ($kind IS NULL OR e.kind = $kind)
RETURN e {{ENTITY_PROPS}} AS entity
ORDER BY e.mentionCount DESC, e.id LIMIT 1

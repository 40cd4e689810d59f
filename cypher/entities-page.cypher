// Keyset page over one kind, ordered by id; the cursor is the last id seen.
MATCH (e:Entity {kind: $kind})
WHERE ($after IS NULL OR e.id > $after) AND ($name IS NULL OR toLower(e.name) CONTAINS $name OR $name IN e.lookup)
RETURN e {{ENTITY_PROPS}} AS entity
ORDER BY e.id LIMIT $first

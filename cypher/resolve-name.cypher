MATCH (e:Entity) WHERE $name IN e.lookup AND ($kind IS NULL OR e.kind = $kind)
RETURN e {{ENTITY_PROPS}} AS entity
ORDER BY e.mentionCount DESC LIMIT 1

MATCH (e:Entity) WHERE $name IN e.lookup AND ($kind IS NULL OR e.kind = $kind)
RETURN e {.id, .kind, .name, .acronym, .aliases, .mentionCount, .iso2, .iso3, .adoptedYear, .year, .isEvent} AS entity
ORDER BY e.mentionCount DESC LIMIT 1

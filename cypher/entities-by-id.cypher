UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .kind, .name, .acronym, .aliases, .mentionCount, .iso2, .iso3, .adoptedYear, .year, .isEvent} AS entity

MATCH (e:Entity {kind: $kind}) WHERE $name IS NULL OR toLower(e.name) CONTAINS $name OR $name IN e.lookup
RETURN count(e) AS total

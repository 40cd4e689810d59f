UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {{ENTITY_PROPS}} AS entity

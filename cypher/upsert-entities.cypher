// One statement per entity label (the label comes from the ontology allow-list).
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:{{label}}, e += row

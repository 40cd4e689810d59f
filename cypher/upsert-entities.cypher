// All kinds in one statement: `row.label` was checked against the ontology before it was sent.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.label), e += row.props

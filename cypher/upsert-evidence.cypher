// Evidence rows belong to this document's (new) passages; ids are still natural keys.
UNWIND $rows AS row
MATCH (p:Passage {id: row.passageId})
CREATE (ev:Evidence)-[:FROM_PASSAGE]->(p)
SET ev = row

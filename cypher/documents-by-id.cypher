UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d {.id, .title, .source, .passageCount, .bytes, .hash} AS document

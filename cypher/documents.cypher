MATCH (d:Document) RETURN d {.id, .title, .source, .passageCount, .bytes, .hash} AS document ORDER BY d.source

// Passages that mention each entity, most mentions first, capped per entity.
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Passage)-[m:MENTIONS]->(:Entity {id: id})
  RETURN p, m ORDER BY m.count DESC, p.documentId, p.start LIMIT $limit
}
RETURN id, p {.documentId, .section, .text, .start, .end} AS evidence

// One round trip for a root entity and what the request will ask next (see src/api/lookahead.ts):
// its relations ($depth >= 1), their evidence ($evidence > 0), and the relations of the neighbours reached
// through $via types ($depth >= 2), limited to $nextTypes when the request names them.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .kind, .name, .acronym, .aliases, .mentionCount, .iso2, .iso3, .adoptedYear, .year, .isEvent} AS entity,
  CASE WHEN $depth >= 1 THEN COLLECT {
    MATCH (e)-[r:{{RELATION_TYPES}}]-(o:Entity) WHERE $types IS NULL OR type(r) IN $types
    RETURN {id: e.id, type: type(r), direction: CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END,
            relId: r.id, year: r.year, role: r.role, confidence: r.confidence, method: r.method, evidenceCount: coalesce(r.evidenceCount, 0),
            other: o {.id, .kind, .name, .acronym, .aliases, .mentionCount, .iso2, .iso3, .adoptedYear, .year, .isEvent},
            evidence: CASE WHEN $evidence > 0 THEN COLLECT {
              MATCH (ev:Evidence {relationId: r.id})
              RETURN ev {.documentId, .section, .text, .start, .end, .method, .confidence} ORDER BY ev.confidence DESC, ev.documentId, ev.start LIMIT $evidence
            } ELSE null END} AS row
    ORDER BY r.confidence DESC, o.name
  } ELSE [] END AS relations,
  CASE WHEN $depth >= 2 THEN COLLECT {
    MATCH (e)-[r1:{{RELATION_TYPES}}]-(o:Entity) WHERE $via IS NULL OR type(r1) IN $via
    WITH DISTINCT o
    MATCH (o)-[r:{{RELATION_TYPES}}]-(o2:Entity) WHERE $nextTypes IS NULL OR type(r) IN $nextTypes
    RETURN {id: o.id, type: type(r), direction: CASE WHEN startNode(r) = o THEN 'OUT' ELSE 'IN' END,
            relId: r.id, year: r.year, role: r.role, confidence: r.confidence, method: r.method, evidenceCount: coalesce(r.evidenceCount, 0),
            other: o2 {.id, .kind, .name, .acronym, .aliases, .mentionCount, .iso2, .iso3, .adoptedYear, .year, .isEvent}} AS row
    ORDER BY o.id, r.confidence DESC, o2.name
  } ELSE [] END AS next

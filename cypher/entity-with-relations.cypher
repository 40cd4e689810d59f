// One round trip for a root entity and what the request will ask next (see src/api/lookahead.ts):
// its relations of types {{types}} ($depth >= 1), their evidence ($evidence > 0), and the {{nextTypes}}
// relations of the neighbours reached through {{via}} ($depth >= 2). The type lists are written into the
// text from the ontology's allow-list so the planner expands only those relationships; the caller
// orders the rows (cheaper in JS than a sort per subquery here).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {{ENTITY_PROPS}} AS entity,
  CASE WHEN $depth >= 1 THEN COLLECT {
    MATCH (e)-[r:{{types}}]-(o:Entity)
    RETURN {id: e.id, type: type(r), direction: CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END,
            relId: r.id, year: r.year, role: r.role, confidence: r.confidence, method: r.method, evidenceCount: coalesce(r.evidenceCount, 0),
            other: o {{ENTITY_PROPS}},
            evidence: CASE WHEN $evidence > 0 THEN COLLECT {
              MATCH (ev:Evidence {relationId: r.id})
              RETURN ev {.documentId, .section, .text, .start, .end, .method, .confidence} ORDER BY ev.confidence DESC, ev.documentId, ev.start LIMIT $evidence
            } ELSE null END} AS row
  } ELSE [] END AS relations,
  CASE WHEN $depth >= 2 THEN COLLECT {
    MATCH (e)-[:{{via}}]-(o:Entity)
    WITH DISTINCT o
    MATCH (o)-[r:{{nextTypes}}]-(o2:Entity)
    RETURN {id: o.id, type: type(r), direction: CASE WHEN startNode(r) = o THEN 'OUT' ELSE 'IN' END,
            relId: r.id, year: r.year, role: r.role, confidence: r.confidence, method: r.method, evidenceCount: coalesce(r.evidenceCount, 0),
            other: o2 {{ENTITY_PROPS}}} AS row
  } ELSE [] END AS next

// One round trip for a root entity and what the request will ask of it next (see src/api/prefetch.ts):
// its relations of the types in the plan to entities with the plan's labels, each far end projected to
// the selected properties; [evidence] up to $evidence passages per relation; [next] for relations whose
// type is in $via (null: all), the far end's own relations, projected the same way.
// Placeholders are filled by src/db/cypher.ts: types and labels only from the ontology's allow-list,
// projections only from the API's property lists, arrows from the Direction enum; [sections] are kept
// or cut whole. No CASE around the subqueries: the planner then runs them as RollUpApply, about half
// the database hits of evaluating them as nested expressions.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {{ENTITY_PROPS}} AS entity, COLLECT {
    MATCH (e){{in}}-[r:{{types}}]-{{out}}(o:{{labels}})
    RETURN {type: type(r), direction: CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END,
            relId: r.id, confidence: r.confidence{{relProps}},
            other: o {{otherProps}}
            {{#evidence}}, evidence: COLLECT {
              MATCH (ev:Evidence {relationId: r.id})
              RETURN ev {{evidenceProps}} ORDER BY ev.confidence DESC, ev.documentId, ev.start LIMIT $evidence
            }{{/evidence}}
            {{#next}}, next: COLLECT {
              MATCH (o){{nextIn}}-[r2:{{nextTypes}}]-{{nextOut}}(o2:{{nextLabels}})
              WHERE $via IS NULL OR type(r) IN $via
              RETURN {type: type(r2), direction: CASE WHEN startNode(r2) = o THEN 'OUT' ELSE 'IN' END,
                      relId: r2.id, confidence: r2.confidence{{nextRelProps}},
                      other: o2 {{nextProps}}}
            }{{/next}}} AS row
  } AS relations

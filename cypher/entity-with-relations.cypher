// One round trip for a root entity and what the request will ask of it next (see src/api/prefetch.ts):
// its relations of the types in the plan to entities with the plan's labels, each far end reduced to
// the selected properties; [evidence] up to $evidence passages per relation; [next] for relations whose
// type is in $via (null: all), the far end's own relations, reduced the same way.
// Relation rows are positional lists, [type, outgoing?, id, confidence, [far-end properties…],
// [relation properties…], (evidence), (next)], in the order the plan lists the properties: decoding
// map keys cost the driver a third more Node CPU (two-hop statement, process.cpuUsage over 1,500
// sequential reads: 909 µs with maps, 609 µs with lists). prefetch.ts reads them back.
// Placeholders are filled by src/db/cypher.ts: types and labels only from the ontology's allow-list,
// properties only from the API's property lists, arrows from the Direction enum; [sections] are kept
// or cut whole. No CASE around the subqueries: the planner then runs them as RollUpApply, about half
// the database hits of evaluating them as nested expressions.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {{rootProps}} AS entity, COLLECT {
    MATCH (e){{in}}-[r:{{types}}]-{{out}}(o:{{labels}})
    RETURN [type(r), startNode(r) = e, r.id, r.confidence, {{otherList}}, {{relList}}
            {{#evidence}}, COLLECT {
              MATCH (ev:Evidence {relationId: r.id})
              RETURN ev {{evidenceProps}} ORDER BY ev.confidence DESC, ev.documentId, ev.start LIMIT $evidence
            }{{/evidence}}
            {{#next}}, COLLECT {
              MATCH (o){{nextIn}}-[r2:{{nextTypes}}]-{{nextOut}}(o2:{{nextLabels}})
              WHERE $via IS NULL OR type(r) IN $via
              RETURN [type(r2), startNode(r2) = o, r2.id, r2.confidence, {{nextList}}, {{nextRelList}}]
            }{{/next}}]
  } AS relations

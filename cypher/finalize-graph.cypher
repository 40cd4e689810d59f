// Corpus-wide figures that depend on every document: evidence counts, mention counts, orphaned relations.
MATCH (:Entity)-[r:{{RELATION_TYPES}}]->(:Entity)
OPTIONAL MATCH (ev:Evidence {relationId: r.id})
WITH r, count(ev) AS n
FOREACH (_ IN CASE WHEN n = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN n > 0 THEN [1] ELSE [] END | SET r.evidenceCount = n);
MATCH (e:Entity)
SET e.mentionCount = COALESCE(COLLECT { MATCH (:Passage)-[m:MENTIONS]->(e) RETURN sum(m.count) }[0], 0);
MATCH (e:Entity) WHERE NOT (e)--() DELETE e;

MATCH (a:Entity)-[r:{{RELATION_TYPES}}]->(b:Entity)
WITH a, r, b ORDER BY rand() LIMIT $limit
MATCH (ev:Evidence {relationId: r.id})
WITH a, r, b, collect(ev)[0] AS ev
RETURN a.name AS source, type(r) AS type, b.name AS target, r.confidence AS confidence, r.method AS method, ev.text AS evidence, ev.documentId AS document, ev.start AS start

// Shortest paths (breadth-first, so cheap); the hop bound is validated before it gets here.
// {{entityProps}}: the fields the query selects on the path's entities.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:{{RELATION_TYPES}}*..6]-(b))
WHERE length(p) <= $maxHops AND all(n IN nodes(p) WHERE n:Entity)
WITH p LIMIT $first
RETURN [n IN nodes(p) | n {{entityProps}}] AS nodes,
       [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id}] AS steps

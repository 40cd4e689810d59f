// Partners of each organization: through initiatives both work on, or a stated partnership.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  MATCH (o)-[:LEADS|PARTICIPATES_IN|FUNDS|SUPPORTS]->(i:Initiative)<-[:LEADS|PARTICIPATES_IN|FUNDS|SUPPORTS]-(p:Organization)
  WHERE p <> o
  RETURN p, i, false AS stated
  UNION
  MATCH (o)-[:PARTNERS_WITH]-(p:Organization)
  RETURN p, null AS i, true AS stated
}
WITH id, p, collect(DISTINCT i {.id, .kind, .name, .acronym, .aliases, .mentionCount}) AS shared, max(stated) AS stated
RETURN id, p {.id, .kind, .name, .acronym, .aliases, .mentionCount} AS partner, shared, stated
ORDER BY id, size(shared) DESC, stated DESC, p.name

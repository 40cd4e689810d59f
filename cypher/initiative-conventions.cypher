// No relation type joins initiatives and conventions, so this reads the text instead:
// conventions named in the same passages as each initiative, most shared passages first.
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:MENTIONS]-(p:Passage)-[:MENTIONS]->(c:Convention)
WITH id, c, count(DISTINCT p) AS passages
ORDER BY id, passages DESC, c.name
RETURN id, c {.id, .kind, .name, .acronym, .aliases, .mentionCount, .adoptedYear} AS convention, passages

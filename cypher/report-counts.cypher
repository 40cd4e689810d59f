CALL () { MATCH (e:Entity) RETURN 'entity ' + e.kind AS what, count(*) AS n
  UNION ALL MATCH (:Entity)-[r:{{RELATION_TYPES}}]->(:Entity) RETURN 'relation ' + type(r) AS what, count(*) AS n
  UNION ALL MATCH (d:Document) RETURN 'documents' AS what, count(*) AS n
  UNION ALL MATCH (p:Passage) RETURN 'passages' AS what, count(*) AS n }
RETURN what, n ORDER BY what

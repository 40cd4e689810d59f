MATCH (e:Entity) WHERE NOT (e)-[:{{RELATION_TYPES}}]-(:Entity)
RETURN count(e) AS orphans, sum(CASE WHEN e.mentionCount = 1 THEN 1 ELSE 0 END) AS seenOnce, collect(e.name)[0..$limit] AS sample

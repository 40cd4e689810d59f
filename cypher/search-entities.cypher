// Full-text candidates (terms OR-ed), ranked by how many of the search terms the name, acronym or
// aliases contain, then by whether they hold the terms as one phrase, then by Lucene's score.
// {{entityProps}}: the fields the query selects on them.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 200}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH node, score, toLower(node.name + ' ' + coalesce(node.acronym, '') + ' ' + coalesce(node.aliasText, '')) AS text
WITH node, score, size([t IN $terms WHERE text CONTAINS t]) AS matched, text CONTAINS $phrase AS phrase
RETURN node {{entityProps}} AS entity, score
ORDER BY matched DESC, phrase DESC, score DESC LIMIT $first

// Applied at every start; IF NOT EXISTS makes each statement idempotent.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (n:Passage) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE INDEX passage_document IF NOT EXISTS FOR (n:Passage) ON (n.documentId);
CREATE INDEX evidence_relation IF NOT EXISTS FOR (n:Evidence) ON (n.relationId);
CREATE INDEX evidence_document IF NOT EXISTS FOR (n:Evidence) ON (n.documentId);
// A graph made before search moved to entity_search still holds its two-field predecessor, which every write
// would keep updating for nothing.
DROP INDEX entity_names IF EXISTS;
// One field, so that a search word's prefix clause counts once per entity (see src/api/luceneQuery.ts).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText];
CREATE FULLTEXT INDEX passage_text IF NOT EXISTS FOR (n:Passage) ON EACH [n.text];
// resolve-name: no range index answers membership in a list, so without this `$name IN e.lookup` tests
// every entity. The keyword analyzer keeps each listed name whole and unchanged, one exact term.
CREATE FULLTEXT INDEX entity_lookup IF NOT EXISTS FOR (n:Entity) ON EACH [n.lookup] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};

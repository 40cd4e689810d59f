// One per relation type in the ontology (the type is filled from the allow-list): node(id) and
// links look a relation up by its id.
CREATE INDEX IF NOT EXISTS FOR ()-[r:{{type}}]-() ON (r.id)

// One per entity kind in the ontology; the label is filled from the allow-list.
CREATE CONSTRAINT IF NOT EXISTS FOR (n:{{label}}) REQUIRE n.id IS UNIQUE

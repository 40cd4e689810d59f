// The stored hash of a document, to skip unchanged ones.
MATCH (d:Document {id: $id}) RETURN d.hash AS hash

// What a document was last loaded from: its content hash and the extraction pipeline's fingerprint.
MATCH (d:Document {id: $id}) RETURN d.hash AS hash, d.pipeline AS pipeline

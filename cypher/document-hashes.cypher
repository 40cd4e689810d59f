// What each document of a load was last loaded from (content hash, extraction pipeline's fingerprint), in one round trip.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id, d.hash AS hash, d.pipeline AS pipeline

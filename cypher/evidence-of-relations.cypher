UNWIND $ids AS id
MATCH (ev:Evidence {relationId: id})
RETURN id, ev {.documentId, .section, .text, .start, .end, .method, .confidence} AS evidence
ORDER BY id, ev.confidence DESC, ev.documentId, ev.start

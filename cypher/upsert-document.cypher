MERGE (d:Document {id: $doc.id})
SET d.title = $doc.title, d.source = $doc.source, d.bytes = $doc.bytes, d.hash = $doc.hash, d.passageCount = $doc.passageCount,
    d.pipeline = $pipeline

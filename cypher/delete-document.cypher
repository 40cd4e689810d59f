// Removes what one document contributed (passages, mentions, evidence), so a changed document is reloaded cleanly.
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:HAS_PASSAGE]->(p:Passage)
OPTIONAL MATCH (ev:Evidence)-[:FROM_PASSAGE]->(p)
DETACH DELETE ev, p

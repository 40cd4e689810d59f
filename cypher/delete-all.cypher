MATCH (n) WHERE n:Entity OR n:Document OR n:Passage OR n:Evidence
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS

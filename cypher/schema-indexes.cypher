// Every index with what it covers and its state; a uniqueness constraint shows as the index it owns.
// applySchema reads this once and skips its CREATE … IF NOT EXISTS statements when all are present and online.
SHOW INDEXES YIELD name, entityType, labelsOrTypes, properties, state, owningConstraint
RETURN name, entityType, labelsOrTypes, properties, state, owningConstraint IS NOT NULL AS constraint

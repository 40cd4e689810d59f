import type { Database } from "../../src/db/Database.js";
import { cypher, statements as splitStatements } from "../../src/db/cypher.js";
import type { DocumentGraph } from "../core/types.js";
import { pipelineFingerprint } from "./pipelineFingerprint.js";
import { rowCount, toStatements } from "./statements.js";

export interface LoadResult {
  documentId: string;
  source: string;
  status: "loaded" | "unchanged" | "failed";
  rows: number;
  error?: string;
}

/**
 * Loads each document in its own transaction: a failing document rolls back
 * alone and the others stay. Unchanged documents (same content hash, same pipeline fingerprint) are skipped.
 */
export async function loadGraphs(db: Database, graphs: DocumentGraph[], onDocument: (r: LoadResult) => void = () => {}): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  const stored = new Map((await db.read(cypher("document-hashes"), { ids: graphs.map((g) => g.document.id) })).map((r) => [r.id as string, r]));
  for (const graph of graphs) {
    let result: LoadResult;
    const before = stored.get(graph.document.id);
    if (before?.hash === graph.document.hash && before?.pipeline === pipelineFingerprint()) {
      result = { documentId: graph.document.id, source: graph.document.source, status: "unchanged", rows: 0 };
    } else {
      try {
        const statements = toStatements(graph);
        await db.writeTransaction(async (tx) => {
          for (const s of statements) await tx.run(s.cypher, s.params);
        });
        result = { documentId: graph.document.id, source: graph.document.source, status: "loaded", rows: rowCount(statements) };
      } catch (error) {
        result = { documentId: graph.document.id, source: graph.document.source, status: "failed", rows: 0, error: `${graph.document.source}: ${(error as Error).message}` };
      }
    }
    results.push(result);
    onDocument(result);
  }
  if (results.some((r) => r.status === "loaded")) await finalizeGraph(db);
  return results;
}

/** Derived figures and clean-up after a load, over the whole graph (finalize-graph.cypher). */
export async function finalizeGraph(db: Database): Promise<void> {
  // One transaction, one commit: each step sees the one before (orphaned relations go before orphaned entities).
  await db.writeTransaction(async (tx) => {
    for (const statement of splitStatements("finalize-graph")) await tx.run(statement);
  });
}

export async function resetGraph(db: Database): Promise<void> {
  await db.autoCommit(cypher("delete-all"));
}

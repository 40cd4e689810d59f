import type { Database } from "../src/db/Database.js";
import { cypher } from "../src/db/cypher.js";
import type { DocumentGraph } from "./core/types.js";
import { printEntityReview, reviewEntities } from "./entityReview.js";

/** The quality report: counts, most-linked entities, orphans and a sample of relations to review by eye. */
export async function printReport(db: Database, graphs: DocumentGraph[], out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<void> {
  out("\n== counts");
  for (const r of await db.read(cypher("report-counts"))) out(`  ${String(r.what).padEnd(28)} ${r.n}`);
  out("\n== most linked entities");
  for (const r of await db.read(cypher("report-top-entities"), { limit: 15 })) out(`  ${String(r.links).padStart(4)}  ${r.name} (${r.kind})`);
  const [o] = await db.read(cypher("report-orphans"), { limit: 10 });
  out(`\n== orphans (no relation): ${o?.orphans}; entities seen once: ${o?.seenOnce}`);
  out(`  e.g. ${(o?.sample as string[] | undefined)?.join("; ")}`);
  out("\n== random relations to review");
  for (const r of await db.read(cypher("report-sample-relations"), { limit: 12 })) {
    out(`  ${r.source} -[${r.type} ${r.method} ${r.confidence}]-> ${r.target}\n      “${String(r.evidence).slice(0, 240)}” (${r.document} @${r.start})`);
  }
  printEntityReview(reviewEntities(entitiesOf(graphs)), out);
}

/** Each entity once, across the documents of this run. */
export function entitiesOf(graphs: DocumentGraph[]) {
  return new Map(graphs.flatMap((g) => g.entities).map((e) => [e.id, e])).values();
}

import { defaultCatalog } from "../../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../../ingest/core/pipeline.js";
import type { SourceFile } from "../../../ingest/core/types.js";

const catalog = defaultCatalog();

/** One text page read through the whole pipeline; `name` is its file name ("r.txt", hashed as "r"). */
const graphOf = (text: string, name: string) => {
  const file: SourceFile = { path: name, name, format: "txt", text, bytes: text.length, hash: name.replace(/\.txt$/, "") };
  return buildGraphs([file], catalog)[0]!;
};

/** The page's relations as "Source TYPE Target" by their ends' names, sorted. */
export function relationLines(text: string, name: string): string[] {
  const g = graphOf(text, name);
  const names = new Map(g.entities.map((e) => [e.id, e.name]));
  return g.relations.map((r) => `${names.get(r.sourceId)} ${r.type} ${names.get(r.targetId)}`).sort();
}

/** Whether the page states a relation of this type between these two ids. */
export const hasRelation = (text: string, name: string, type: string, from: string, to: string): boolean =>
  graphOf(text, name).relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);

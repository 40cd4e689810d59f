import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { SourceFile } from "../../ingest/core/types.js";

/** A plain-text source named `name`, as the reader would hand it to the pipeline. */
export const textSource = (name: string, text: string): SourceFile => ({ path: name, name, format: "txt", text, bytes: text.length, hash: name });

const catalog = defaultCatalog();

/** Whether `text`, run alone through the whole pipeline, yields the relation `type` from `from` to `to` (ids). */
export function hasRelation(text: string, type: string, from: string, to: string): boolean {
  return buildGraphs([textSource("spec.txt", text)], catalog)[0]!.relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);
}

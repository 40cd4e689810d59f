import { defaultCatalog } from "../../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../../ingest/core/pipeline.js";
import type { SourceFile } from "../../../ingest/core/types.js";

const catalog = defaultCatalog();

/** A name folded for comparison: lower case, runs of anything but letters and digits as one space. */
export const fold = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/** Every name and alias, folded, of the dated meetings of one page made of a title line and a text. */
export function meetingNames(title: string, text: string): string[] {
  const body = `${title}\n\n${text}`;
  const file: SourceFile = { path: "spec.txt", name: "spec.txt", format: "txt", text: body, bytes: body.length, hash: "spec" };
  return buildGraphs([file], catalog)[0]!.entities.filter((e) => e.isEvent).flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(fold);
}

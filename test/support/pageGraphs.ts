import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "./textSource.js";

const catalog = defaultCatalog();

/** Whether `text`, run alone through the whole pipeline, yields the relation `type` from `from` to `to` (ids). */
export function hasRelation(text: string, type: string, from: string, to: string): boolean {
  return buildGraphs([textSource("spec.txt", text)], catalog)[0]!.relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);
}

/** Whether a page titled "Page" with this body links source to target by any relation. */
export function linkedOnPage(body: string, source: string, target: string): boolean {
  return buildGraphs([textSource("review.txt", `Page\n\n${body}`)], catalog)[0]!.relations.some((r) => r.sourceId === source && r.targetId === target);
}

/** Whether a one-page graph ("Page", then `body`) links two entities, named or aliased as written, by the type. */
export function linkedByNames(body: string, [type, source, target]: readonly [string, string, string]): boolean {
  const g = buildGraphs([textSource("note.txt", `Page\n\n${body}`)], catalog)[0]!;
  const ids = (name: string) => new Set(g.entities.filter((e) => e.name === name || e.aliases.includes(name)).map((e) => e.id));
  const s = ids(source), t = ids(target);
  return g.relations.some((r) => r.type === type && s.has(r.sourceId) && t.has(r.targetId));
}

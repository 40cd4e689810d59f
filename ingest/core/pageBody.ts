import type { Catalog } from "../catalog/catalog.js";
import type { DocumentScan } from "./PassageScan.js";
import type { DiscoveredName } from "./types.js";

/** The one standing forum or programme of `ids` (the page title's names, or its headline's forum), if there is exactly one. */
export function pageBody(ids: string[], catalog: Catalog, headlined: DiscoveredName | null): DocumentScan["pageBody"] {
  const bodies = [...new Set(ids)].map((id) => catalog.byId.get(id) ?? (headlined?.key === id ? headlined : undefined)).filter((e) => !!e && (e.kind === "FORUM" || e.kind === "INITIATIVE") && !e.isEvent);
  if (bodies.length !== 1) return undefined;
  const body = bodies[0]!;
  return { id: "id" in body ? body.id : body.key, kind: body.kind, name: body.name, acronym: body.acronym ?? null };
}

import type { Catalog } from "../catalog/catalog.js";
import type { DiscoveredName } from "./types.js";
import { nameSimilarity, SAME_NAME_SIMILARITY, stems } from "./nameSimilarity.js";

/**
 * The one catalog entity of a discovered name's kind whose name or alias is alike enough to be the same body
 * ("Organisation for Economic Cooperation and Development" → OECD), or undefined. Meetings, sub-units and names of
 * fewer than three stems are never matched this way: too little of the name is left to tell bodies apart.
 */
export function catalogNearName(catalog: Catalog): (d: DiscoveredName) => string | undefined {
  const namesByKind = new Map<string, Array<{ id: string; stems: Set<string> }>>();
  for (const e of catalog.entities) {
    if (e.kind === "COUNTRY" || e.isEvent) continue;
    const list = namesByKind.get(e.kind) ?? [];
    for (const n of [e.name, ...e.aliases]) {
      const st = stems(n);
      if (st.size >= 3) list.push({ id: e.id, stems: st });
    }
    namesByKind.set(e.kind, list);
  }
  return (d) => {
    const own = stems(d.name);
    if (d.isEvent || d.parentId || own.size < 3) return undefined;
    const ids = new Set((namesByKind.get(d.kind) ?? []).filter((c) => nameSimilarity(c.stems, own) >= SAME_NAME_SIMILARITY).map((c) => c.id));
    return ids.size === 1 ? [...ids][0] : undefined;
  };
}

import type { Catalog, CatalogEntity } from "../catalog/catalog.js";
import type { DiscoveredName, Recognised } from "./recognise.js";
import type { EntityRecord } from "./types.js";

export type ResolvedEntity = EntityRecord & { parentId?: string };

/**
 * Corpus-wide identity: one node per real thing.
 * - A discovered name whose acronym is a catalog acronym of the same kind is
 *   that catalog entity ("Financial Facility for Remittances (FFR)" → FFR).
 * - Discovered names defining the same acronym with the same kind merge.
 * - Every mention gets `entityId`; entities nobody mentions are left out,
 *   except the standing forum of a mentioned meeting.
 */
export function resolve(recognised: Recognised[], catalog: Catalog): Map<string, ResolvedEntity> {
  const catalogAcronyms = new Map<string, CatalogEntity>();
  for (const e of catalog.entities) if (e.acronym) catalogAcronyms.set(`${e.kind}|${e.acronym}`, e);

  const redirect = new Map<string, string>();
  const discovered = new Map<string, ResolvedEntity>();
  const aliasesOf = new Map<string, Set<string>>();
  const byAcronym = new Map<string, string>();
  const all: DiscoveredName[] = recognised.flatMap((r) => [...r.discovered.values()]).sort((a, b) => a.key.localeCompare(b.key));
  for (const d of all) {
    const known = d.acronym ? catalogAcronyms.get(`${d.kind}|${d.acronym}`) : undefined;
    const sibling = d.acronym ? byAcronym.get(`${d.kind}|${d.acronym}`) : undefined;
    const target = known?.id ?? sibling;
    if (target && target !== d.key) {
      redirect.set(d.key, target);
      aliasesOf.set(target, (aliasesOf.get(target) ?? new Set()).add(d.name));
      continue;
    }
    if (d.acronym) byAcronym.set(`${d.kind}|${d.acronym}`, d.key);
    if (!discovered.has(d.key)) discovered.set(d.key, { id: d.key, kind: d.kind, name: d.name, acronym: d.acronym, aliases: [], origin: "discovered" });
    else if (d.acronym && !discovered.get(d.key)!.acronym) discovered.get(d.key)!.acronym = d.acronym;
  }

  const entities = new Map<string, ResolvedEntity>();
  const include = (id: string) => {
    if (entities.has(id)) return;
    const c = catalog.byId.get(id);
    if (c) {
      const { forms: _forms, ...record } = c;
      entities.set(id, { ...record });
      if (c.parentId) include(c.parentId);
      return;
    }
    const d = discovered.get(id);
    if (d) entities.set(id, d);
  };
  for (const r of recognised) {
    for (const m of r.mentions) {
      const id = redirect.get(m.key) ?? m.key;
      m.entityId = id;
      include(id);
    }
  }
  for (const [target, names] of aliasesOf) {
    const e = entities.get(target);
    if (e) e.aliases = [...new Set([...e.aliases, ...[...names].filter((n) => n !== e.name)])];
  }
  return entities;
}

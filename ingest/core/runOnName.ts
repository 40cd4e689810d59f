import type { Catalog } from "../catalog/catalog.js";
import { nameKey } from "./fold.js";
import type { IdentityRule } from "./identityRules.js";
import { stems } from "./nameSimilarity.js";
import type { DiscoveredName } from "./types.js";

export const RUN_ON_NAME: IdentityRule = {
  id: "run-on-name",
  what: "A discovered name that is a catalog name followed by a complement ('Migrant Worker Convention on the Protection of the Rights of Migrant Workers', where 'Migrant Worker Convention' is a short form of the catalog's 'Convention on the Protection of the Rights of All Migrant Workers …') runs on past its end: when every content word of the complement is in one of that entity's names, it is that entity. A complement with words of its own (…) is another name.",
  words: ["on", "of", "for"],
  positive: [
    {
      text: "The day of discussion was sponsored by the Migrant Worker Convention on the Protection of the Rights of Migrant Workers in Geneva.",
      present: ["conv:cmw"],
      absent: ["conv:migrant-worker-convention-on-the-protection-of-the-rights-of-migrant-workers"],
    },
  ],
  negative: [
    {
      text: "Unions welcomed the Migrant Worker Convention on Harbour Pilots and Fishing Crews in 2010.",
      present: ["conv:migrant-worker-convention-on-harbour-pilots-and-fishing-crews"],
      absent: ["conv:cmw"],
    },
  ],
};

/**
 * RUN_ON_NAME: the catalog entity whose form opens the name before its first complement, when the complement
 * adds no word that entity's names lack; else undefined. Meetings and sub-units are left to their own rules.
 */
export function runOnTarget(d: DiscoveredName, catalogKeys: Map<string, string | null>, catalog: Catalog): string | undefined {
  if (d.isEvent || d.parentId) return undefined;
  const split = /^(\S+(?:\s+\S+)+?)\s+(?:on|of|for)\s+(.+)$/.exec(d.name);
  if (!split) return undefined;
  const id = catalogKeys.get(nameKey(split[1]!));
  const entity = id ? catalog.byId.get(id) : undefined;
  if (!entity || entity.kind !== d.kind) return undefined;
  const tail = stems(split[2]!);
  if (tail.size < 2) return undefined;
  return [entity.name, ...entity.aliases].some((n) => {
    const own = stems(n);
    return [...tail].every((t) => own.has(t));
  })
    ? entity.id
    : undefined;
}

import type { RelationType } from "../../src/ontology/ontology.js";

/**
 * The participles that give a role with "by" ("chaired by Fiji", "funded by Norway"), as written, and the relation
 * each states of the one named after "by". `meeting`: an act done to a meeting ("convened by IOM", "hosted by
 * Uganda"), which a dated entry of a series' timeline reads (entryActors.ts); a list row reads them all
 * (rowQualifier.ts rowRoleLead). A new participle is one word in a row here.
 */
export const ROLE_PARTICIPLES: ReadonlyArray<{ participles: readonly string[]; type: RelationType; meeting?: boolean }> = [
  { participles: ["convened", "organized", "organised", "co-organized", "co-organised"], type: "LEADS", meeting: true },
  { participles: ["chaired", "co-chaired"], type: "CHAIRED", meeting: true },
  { participles: ["hosted", "co-hosted"], type: "HOSTED", meeting: true },
  { participles: ["led", "run", "coordinated", "implemented", "managed"], type: "LEADS" },
  { participles: ["funded", "financed", "sponsored"], type: "FUNDS" },
  { participles: ["supported"], type: "SUPPORTS" },
];

/**
 * The relation a written participle states, or undefined: "Co-chaired" as "chaired"; a "co" prefix, with a hyphen or
 * none, is read off a participle the table does not hold whole ("cofunded", but "coordinated" is a word of its own).
 */
export function roleOfParticiple(written: string): RelationType | undefined {
  const w = written.toLowerCase();
  const find = (p: string) => ROLE_PARTICIPLES.find((r) => r.participles.includes(p))?.type;
  return find(w) ?? (/^co-?/.test(w) ? find(w.replace(/^co-?/, "")) : undefined);
}

import { nameKey } from "./fold.js";
import type { DiscoveredName } from "./types.js";

/** Whether a page that writes the bare name `bareKey` also writes the owned name `ownedKey` or names its owner. */
export type OwnerOnPage = (bareKey: string, ownedKey: string, ownerId: string) => boolean;

/**
 * OWNER_PREFIX (nameRules.ts): "the Decent Work Agenda" and "the ILO Decent Work Agenda" are one
 * initiative when the ILO is the only owner the name is ever written with, and (when the owner has
 * chapters of its own) no other agency's chapter uses the bare name; sub-units fold the same way ("the Maritime Safety Committee" /
 * "the IMO Maritime Safety Committee"). Two owners ("ILO X" and "UNDP X") leave a bare "X" alone:
 * the text does not say whose it is. Across documents the bare name folds only where its own page names the
 * owner or writes the owned name (`pageNames`): corpus-wide identity must not give one page's generic name the
 * owner another page states.
 *
 * The bare variants take the owned variant's name, kind and parent, so that resolve groups them
 * with it. Returns each folded variant's key with the bare spelling, to be kept as an alias.
 */
export function foldOwnerPrefixes(variants: Iterable<DiscoveredName>, pageNames: OwnerOnPage = () => true): Array<{ key: string; bare: string }> {
  const all = [...variants];
  const owned = new Map<string, DiscoveredName[]>();
  for (const d of all) {
    // A meeting of a series stays apart; a dated one-off ("UNCTAD Expert Meeting on X", 2011) is still one name.
    if (!d.owner || (d.isEvent && d.parentId)) continue;
    const k = nameKey(d.owner.local);
    owned.set(k, [...(owned.get(k) ?? []), d]);
  }
  const chapterAgencies = new Set(all.flatMap((d) => d.chapterOwners ?? []));
  const folded: Array<{ key: string; bare: string }> = [];
  // A sub-unit given the chapter's agency as parent by guess ("the Special Unit for X" in the UNICEF chapter)
  // takes the parent that the text states elsewhere ("the Special Unit for X of UNDP"), when it states one only.
  for (const d of all) {
    if (!d.parentGuessed || !d.owner) continue;
    const stated = (owned.get(nameKey(d.owner.local)) ?? []).filter((o) => !o.parentGuessed && o.owner!.id !== d.owner!.id);
    const owners = new Set(stated.map((o) => o.owner!.id));
    if (owners.size !== 1) continue;
    const target = stated[0]!;
    d.name = target.name; // the guessed display ("UNICEF Special Unit …") was never written: no alias
    d.parentId = target.parentId;
    d.owner = target.owner;
    d.parentGuessed = false;
  }
  for (const d of all) {
    if (d.owner || d.parentId || d.isEvent || d.name.split(/\s+/).length < 2) continue;
    const candidates = owned.get(nameKey(d.name));
    if (!candidates) continue;
    const owners = new Set(candidates.map((o) => o.owner!.id));
    if (owners.size !== 1) continue;
    const ownerId = candidates[0]!.owner!.id;
    // A generic bare name ("the Regional Office for X") on a page that names neither the owner nor its owned
    // spelling is that page's own body, not the one another page owns.
    if (!candidates.some((o) => pageNames(d.key, o.key, ownerId))) continue;
    // An agency with chapters of its own names its things there; its name on a bare mention in another agency's chapter is a guess.
    if (chapterAgencies.has(ownerId) && (d.chapterOwners ?? []).some((c) => c !== ownerId)) continue;
    // The most often written owned spelling, for a stable choice: candidates arrive ranked.
    const target = candidates[0]!;
    folded.push({ key: d.key, bare: d.name });
    d.name = target.name;
    d.kind = target.kind;
    if (target.parentId) d.parentId = target.parentId;
    if (!d.acronym && target.acronym) d.acronym = target.acronym;
    if (target.isEvent) Object.assign(d, { isEvent: true, year: target.year, alias: target.alias });
  }
  return folded;
}

import { nameKey } from "./fold.js";
import { isGeneric } from "./nameTrim.js";
import type { DiscoveredName } from "./types.js";

/**
 * ALIAS_ELSEWHERE: a name that one document gives as another name of a discovered entity ("Support to Free Movement
 * in the Delta, known as FMD Delta") names that entity in every document of the run, where it is written alone ("the
 * FMD Delta project"). Only an alias of one entity of that kind binds; an alias two entities share binds neither.
 * The written name is marked `sameAs` its entity, which resolve.ts reads as identity (as for alsoCalled.ts).
 */
export function bindAliasesElsewhere(variants: readonly DiscoveredName[], documentsOf: (key: string) => Set<number> = () => new Set()): void {
  const targets = new Map<string, string | null>();
  const tails = new Map<string, string>();
  for (const d of variants) {
    if (d.alias && d.alias !== d.name && !d.isEvent && d.name.toLowerCase().endsWith(` ${d.alias.toLowerCase()}`)) tails.set(d.key, d.alias);
    // The name's own tail ("Regional Office for X" of "UNICEF Regional Office for X") is the name without its owner,
    // not another name the text gives: on another page those words may be another owner's body.
    if (!d.alias || d.alias === d.name || d.isEvent) continue;
    const k = `${d.kind}|${nameKey(d.alias)}`;
    const t = targets.get(k);
    targets.set(k, t === undefined || t === d.key ? d.key : null);
  }
  for (const d of variants) {
    if (d.sameAs || d.alias || d.isEvent || isGeneric(d.name)) continue;
    const t = targets.get(`${d.kind}|${nameKey(d.name)}`);
    // The name's own tail binds only on a page that writes the whole name.
    if (t && t !== d.key && (!tails.has(t) || [...documentsOf(d.key)].some((doc) => documentsOf(t).has(doc)))) d.sameAs = t;
  }
}

import type { IdentityRule } from "./identityRules.js";
import type { DiscoveredName } from "./types.js";

/**
 * FOLDED_SERIES_EVENTS: a meeting read under a series name that a fold later renamed ("the 2010 Dialogue", keyed under
 * "Dialogue on Port Safety") belongs to the series it was folded into ("Harbour Master's Dialogue on Port Safety"), so
 * that the meeting of one year read under both names is one meeting. A series that no fold renamed keeps its meetings,
 * however alike its name.
 */
export const FOLDED_SERIES_EVENTS: IdentityRule = {
  id: "folded-series-events",
  what: "A dated meeting keyed under a series variant that a name fold renamed follows that series: its parent is the series it was folded into and its name opens on that series' name, so that one year's meeting read under both names is one; the meetings of a series no fold renamed stay its own.",
  words: [],
  positive: [
    { text: "Harbour Master's Dialogue on Port Safety: a timeline\n\nThe Dialogue is convened by FAO and meets once a year in Lima.\n\nTimeline\n\n- December 2009: first meeting of the Harbour Master's Dialogue on Port Safety, Lima, 9-10 December, convened by FAO.\n- December 2010: second meeting, Lima, 8-9 December, convened by FAO on night fishing.\n- December 2011: a workshop of port officials takes up the conclusions of the 2010 Dialogue; it is not itself a Dialogue.", same: ["Harbour Master's Dialogue on Port Safety 2010", "Dialogue on Port Safety 2010"] },
  ],
  negative: [
    // A "Regional Dialogue on Port Safety" too: the short name is folded into neither, so its meeting keeps its series and name.
    { text: "Harbour Master's Dialogue on Port Safety: a timeline\n\nThe Dialogue is convened by FAO and meets once a year in Lima.\n\nTimeline\n\n- December 2009: first meeting of the Harbour Master's Dialogue on Port Safety, Lima, 9-10 December, convened by FAO.\n- December 2010: second meeting, Lima, 8-9 December, convened by FAO on night fishing.\n- March 2010: the Regional Dialogue on Port Safety met in Quito, convened by UNEP.", apart: ["Dialogue on Port Safety 2009", "Harbour Master's Dialogue on Port Safety 2010"] },
  ],
};

/**
 * Moves each meeting whose series variant was renamed by a fold (`folded`: the variant's key and its name before) to
 * the one unrenamed series of the variant's new name and kind, rewriting the opening of its name.
 */
export function followFoldedSeries(ranked: DiscoveredName[], folded: ReadonlyArray<{ key: string; bare: string }>): void {
  const bareOf = new Map(folded.map((f) => [f.key, f.bare]));
  const byKey = new Map(ranked.map((d) => [d.key, d]));
  const standing = new Map<string, DiscoveredName[]>();
  for (const d of ranked) {
    if (d.isEvent || bareOf.has(d.key)) continue;
    const k = `${d.kind}|${d.name}`;
    standing.set(k, [...(standing.get(k) ?? []), d]);
  }
  for (const e of ranked) {
    const bare = e.isEvent && e.parentId ? bareOf.get(e.parentId) : undefined;
    const series = bare ? byKey.get(e.parentId!) : undefined;
    if (!bare || !series || series.name === bare) continue;
    const targets = standing.get(`${series.kind}|${series.name}`) ?? [];
    // Two unrenamed series of that name: the variant does not say which.
    if (targets.length !== 1) continue;
    const target = targets[0]!;
    const rewrite = (n: string) => (n.startsWith(`${bare} `) ? `${target.name}${n.slice(bare.length)}` : n);
    e.parentId = target.key;
    e.name = rewrite(e.name);
    if (e.alias) e.alias = rewrite(e.alias);
  }
}

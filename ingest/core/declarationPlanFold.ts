import type { IdentityRule } from "./identityRules.js";
import type { DiscoveredName } from "./types.js";

/**
 * DECLARATION_WITH_PLAN: "the X Declaration and Action Plan" written as one title (no second "the", no second place
 * word) is the framework a meeting adopted: the declaration with its plan. "the X Declaration" on any page is the same
 * framework and folds into it. Where the run also holds "X Action Plan" or "X Plan of Action" as a name of its own, the
 * plan is an instrument apart and the bare declaration may be either half, so nothing folds; a title that runs on
 * after the plan ("… and Action Plan on Fisheries") is another text.
 */
export const DECLARATION_WITH_PLAN: IdentityRule<Record<string, string[]>> = {
  id: "declaration-with-plan",
  what: "'X Declaration and Action Plan' (or 'and Plan of Action') is one framework with 'X Declaration' written anywhere in the run, unless the run also names 'X Action Plan' or 'X Plan of Action' on its own, or a sentence naming the bare declaration states years and not the plan's; a title running on after the plan stays apart.",
  words: {},
  positive: [
    { text: "Ministers of six coastal states adopted the Tidewater Declaration and Action Plan in Lomé in 2014.", others: ["Togo signed the Tidewater Declaration in 2014 and reported on it in 2016."], same: ["Tidewater Declaration", "Tidewater Declaration and Action Plan"] },
    { text: "The Coral Ministerial Declaration and Plan of Action set twelve goals for fisheries.", others: ["Fiji cited the Coral Ministerial Declaration at the 2019 forum."], same: ["Coral Ministerial Declaration", "Coral Ministerial Declaration and Plan of Action"] },
  ],
  negative: [
    // The bare declaration's sentence states another year than the plan's: an older or later text of the same place.
    { text: "Ministers of six coastal states adopted the Tidewater Declaration and Action Plan in Lomé in 2014.", others: ["Three states signed the earlier Tidewater Declaration in 2003."], apart: ["Tidewater Declaration", "Tidewater Declaration and Action Plan"] },
    { text: "The Marram Declaration and Plan of Action was agreed in 2017.", others: ["The Marram Declaration of 1995 set up a fisheries board."], apart: ["Marram Declaration", "Marram Declaration and Plan of Action"] },
    // The plan named on its own elsewhere: the bare declaration may be the other half.
    { text: "Ministers of six coastal states adopted the Tidewater Declaration and Action Plan in Lomé in 2014.", others: ["The Tidewater Action Plan was revised in 2018, while the Tidewater Declaration stayed as it was."], apart: ["Tidewater Declaration", "Tidewater Declaration and Action Plan"] },
    { text: "Ministers adopted the Tidewater Declaration and Action Plan on Fisheries in 2014.", others: ["Togo signed the Tidewater Declaration in 2014."], apart: ["Tidewater Declaration", "Tidewater Declaration and Action Plan on Fisheries"] },
  ],
};

const YEAR = /\b(?:19|20)\d\d\b/g;
const WITH_PLAN = /^(.+\sDeclaration)\s+and\s+(Action\s+Plan|Plan\s+of\s+Action)$/;

/** Folds a bare "X Declaration" into the one "X Declaration and Action Plan" of the run, unless X's plan stands alone. */
export function foldDeclarationWithPlan(all: DiscoveredName[], isCatalogName: (name: string) => boolean, rename: (d: DiscoveredName, target: DiscoveredName) => void, sentencesOf: (key: string) => string[] = () => []): void {
  const byName = new Map<string, DiscoveredName[]>();
  for (const d of all) if (!d.isEvent) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  for (const [name, withPlan] of byName) {
    const m = WITH_PLAN.exec(name);
    if (!m || withPlan.length !== 1 || isCatalogName(name)) continue;
    const declaration = m[1]!;
    const place = declaration.replace(/\s+(?:\S+\s+)?Declaration$/, "");
    const planAlone = [`${declaration.replace(/\s+Declaration$/, "")} Action Plan`, `${declaration.replace(/\s+Declaration$/, "")} Plan of Action`, `${place} Action Plan`, `${place} Plan of Action`];
    if (planAlone.some((p) => byName.has(p))) continue;
    // "The Kivu Declaration of 1998" beside a 2006 "Kivu Declaration and Action Plan": a sentence that states years and
    // not the plan's is another declaration of the same place.
    const planYears = new Set(sentencesOf(withPlan[0]!.key).flatMap((s) => s.match(YEAR) ?? []));
    const otherYear = (d: DiscoveredName) => planYears.size > 0 && sentencesOf(d.key).some((s) => (s.match(YEAR) ?? []).length > 0 && !(s.match(YEAR) ?? []).some((y) => planYears.has(y)));
    for (const d of byName.get(declaration) ?? []) if (d.kind === withPlan[0]!.kind && !isCatalogName(d.name) && !otherYear(d)) rename(d, withPlan[0]!);
  }
}

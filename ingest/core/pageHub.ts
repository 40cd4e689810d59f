import type { EntityKind } from "../../src/ontology/ontology.js";
import type { M } from "./mentionLists.js";
import type { PageTripleExamples } from "./TripleExamples.js";

/** The kinds of body a page can be about and go on about as "it" under its later headings. */
const HUB_KINDS: readonly EntityKind[] = ["FORUM", "ORGANIZATION", "INITIATIVE"];

/**
 * The one standing body a page's title names ("Coastal Fisheries Council", "Harbour Network: profile"), else null:
 * a title naming bodies of two kinds, or joining two names ("A and B", "A & B", "A / B"), is about more than one,
 * and a meeting is reported, not gone on about.
 */
export function titleHub(title: string, named: (label: string, kinds: readonly EntityKind[]) => M | null): M | null {
  if (!title || /\s(?:and|&|\/|vs\.?|versus)\s/i.test(title)) return null;
  const found = HUB_KINDS.map((k) => named(title, [k])).filter((m): m is M => !!m);
  const ids = new Set(found.map((m) => m.id));
  return ids.size === 1 && !found[0]!.isEvent ? found[0]! : null;
}

/** Pages the hub must carry into a later heading ([type, sourceId, targetId]); test/unit/pageHub.test.ts runs them. */
export const PAGE_HUB_EXAMPLES: PageTripleExamples = {
  id: "page-hub",
  positive: [
    { title: "Lagoon Fishers Council", text: "The Lagoon Fishers Council was set up in 2015 to speak for migrant crews on the lagoons.\n\nMembership\nIts members include Benin and Togo.", expect: ["MEMBER_OF", "ctry:tg", "org:lagoon-fishers-council"] },
    { title: "Harbour Welcome Programme", text: "The Harbour Welcome Programme trains port staff to receive seafarers stranded abroad.\n\nFunding\nIt is financed by Norway.", expect: ["FUNDS", "ctry:no", "ini:harbour-welcome-programme"] },
  ],
  negative: [
    // A title joining two bodies: "It" under a later heading may be either.
    { title: "Lagoon Fishers Council and Reef Workers Forum", text: "Two bodies speak for migrant crews on the coast.\n\nFunding\nIt is financed by Norway.", expect: ["FUNDS", "ctry:no", "org:lagoon-fishers-council"] },
    // A heading named another body before: the page is about several, and "It" is no longer the title's.
    { title: "Lagoon Fishers Council", text: "The Lagoon Fishers Council was set up in 2015 to speak for migrant crews on the lagoons.\n\nReef Workers Forum\nA younger body that meets once a year in Lomé.\n\nFunding\nIt is financed by Norway.", expect: ["FUNDS", "ctry:no", "org:lagoon-fishers-council"] },
  ],
};

import { entityId } from "../../src/ontology/ids.js";
import { headingName } from "./headingName.js";
import type { DiscoveredName } from "./types.js";

/**
 * The series a page is about when its title names none (meetings.ts `topicSeries`): a page whose first line is a
 * breadcrumb or a label ("About > Actors and governance > Governance at a glance") carries its subject in the headline
 * over its first passage ("KHARTOUM PROCESS (EU-HORN OF AFRICA MIGRATION ROUTE INITIATIVE)"). When that headline is the
 * name of a standing forum as headingName.ts reads a heading (a bracketed aside or acronym, a remark after a colon),
 * the page is about it, so "The Senior Officials' Meeting in Asmara on 7 March 2019" under a later heading ("RECENT
 * MEETINGS") is that forum's though no sentence names it (HEADLINE_TOPIC). relate.ts reads the same headline for an
 * unwritten end.
 * Left alone: a title that names something itself, and a headline that holds a name among other words ("NEWS FROM THE
 * CORAL SEA LABOUR PROCESS AND ITS PARTNERS").
 */
export const HEADLINE_TOPIC = {
  id: "headline-topic",
  positive: [
    { text: "CORAL SEA LABOUR PROCESS (PACIFIC MOBILITY ROUTE)\nSet up in 2014 as a platform for eight states.\n\nRECENT MEETINGS\nThe Senior Officials' Meeting in Suva on 7 March 2019 opened the Fijian chairmanship.", title: "About > Actors > Governance at a glance", event: "Coral Sea Labour Process meeting, Suva, 7 March 2019" },
  ],
  negative: [
    // The headline holds the name among other words: it does not name what the page is about.
    { text: "NEWS FROM THE CORAL SEA LABOUR PROCESS AND ITS PARTNERS\nSet up in 2014 as a platform for eight states.\n\nRECENT MEETINGS\nThe Senior Officials' Meeting in Suva on 7 March 2019 opened the Fijian chairmanship.", title: "About > Actors > Governance at a glance", event: "Coral Sea Labour Process meeting, Suva, 7 March 2019" },
  ],
};

/** The heading over a page's first passage, its headline under a breadcrumb or label title; null when it has none. */
export const pageHeadline = (doc: { passages: ReadonlyArray<{ section: string | null }> }): string | null =>
  doc.passages[0]?.section?.split(" › ")[0] ?? null;

/**
 * The standing forum a headline names as a heading name (headingName.ts: "KHARTOUM PROCESS (…)", "THE X PROCESS (…,
 * ACR): QUESTIONS AND ANSWERS"), as a discovered name; null when it names none or names something else.
 */
export function headlineForum(headline: string | null | undefined): DiscoveredName | null {
  const found = headline ? headingName(headline) : null;
  if (!found || found.kind !== "FORUM") return null;
  // The bracket's other full name ("(CROSS-BORDER CO-OPERATION PROCESS, CBCP)") is the same body's: as its alias, a
  // sentence that writes it alone names this forum (ALIAS_ELSEWHERE), not a second one.
  const other = found.aliases?.[0];
  return { key: entityId("FORUM", found.name), kind: "FORUM", name: found.name, acronym: found.acronym, ...(other ? { alias: other } : {}) };
}

import { entityId } from "../../src/ontology/ids.js";
import type { NameRule } from "./NameRule.js";
import type { PassageScan } from "./PassageScan.js";
import { YEAR_AND_NUMBER } from "./treatyTitleTail.js";

/**
 * PROTOCOL_OF_YEAR: a protocol named by its year and the treaty it amends ("the Protocol of 2014 to the Reef Divers
 * Convention, 1998") is a treaty of its own, and the treaty named inside its title is no end of the sentence: a state
 * that ratified the protocol did not thereby ratify the treaty. The title runs from "Protocol" through the amended
 * treaty's name as an earlier step read it; the amended treaty's year written straight after that name is the
 * parent's, so it is no part of the protocol's name or key, only an alias: pages write the protocol with and without
 * it. Only a treaty read whole right after "to the" closes the title: "the Protocol of 2014 to the Convention" names no treaty.
 */
export const PROTOCOL_OF_YEAR: NameRule = {
  id: "protocol-of-year",
  what: "'Protocol of <year> to the <treaty>' is a treaty of its own, named by the title up to the amended treaty's name (its year after it an alias); the amended treaty is then no mention of its own there.",
  words: [],
  positive: [
    { text: "Ghana ratified the Protocol of 2011 to the Reef Divers Convention, 1998 in 2015.", name: "Protocol of 2011 to the Reef Divers Convention", kind: "CONVENTION" },
    { text: "Kenya ratified the Protocol of 1996 to the Convention on Lagoon Fisheries in 1999.", name: "Protocol of 1996 to the Convention on Lagoon Fisheries", kind: "CONVENTION" },
  ],
  negative: [
    // The amended treaty is named inside the protocol's title, not ratified in its own right.
    { text: "Kenya ratified the Protocol of 1996 to the Convention on Lagoon Fisheries in 1999.", name: "Convention on Lagoon Fisheries" },
    // A year that opens a clause of its own is no part of the title (the parent's year is an alias, not the name).
    { text: "Mali ratified the Protocol of 2011 to the Reef Divers Convention, 1998 and 2004 were review years.", name: "Protocol of 2011 to the Reef Divers Convention, 1998 and 2004" },
    // No treaty named after "to the": no title.
    { text: "Kenya ratified the Protocol of 1996 to the Convention in 1999.", name: "Protocol of 1996 to the Convention" },
  ],
};

const OPENING = /\bProtocol\s+of\s+(?:19|20)\d\d\s+to\s+the\s+/g;

/** recognise.ts, after the open-set names: each "Protocol of <year> to the <treaty>" takes the treaty's place. */
export function protocolOfYearMentions(scan: PassageScan): void {
  const { text } = scan;
  if (!text.includes("Protocol of ")) return;
  for (const m of text.matchAll(OPENING)) {
    const start = m.index!;
    const after = start + m[0].length;
    const amended = scan.mentions.find((x) => x.localStart === after && x.kind === "CONVENTION");
    if (!amended || scan.overlaps(start, after)) continue;
    const year = YEAR_AND_NUMBER.exec(text.slice(amended.localEnd, amended.localEnd + 40));
    const end = amended.localEnd + (year ? year[0].indexOf(year[1]!) + 4 : 0);
    const name = text.slice(start, amended.localEnd);
    const key = entityId("CONVENTION", name);
    if (scan.doc.catalog.byId.has(key) || !scan.releaseWithin(start, end, "CONVENTION")) continue;
    scan.discover({ key, kind: "CONVENTION", name, acronym: null, ...(year ? { alias: `${name}, ${year[1]}` } : {}) });
    scan.push({ localStart: start, localEnd: end, kind: "CONVENTION", key, method: "name-pattern", confidence: 0.7 });
  }
}

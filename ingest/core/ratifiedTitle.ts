import { entityId } from "../../src/ontology/ids.js";
import { headKind } from "./headKind.js";
import { HEAD_NOUNS } from "./headNouns.js";
import type { NameRule } from "./NameRule.js";
import type { PassageScan } from "./PassageScan.js";
import { titleRunPattern } from "./titleRun.js";

/**
 * Only a treaty is ratified or acceded to: "Tonga ratified the Reef Labour Accord in 2012" names a treaty whatever its
 * head word ("Accord", "Arrangement", a short title with none), so the verb types what the head-noun reading cannot.
 * The object is a definite name ("the …") of two words or more, closed by punctuation or a lower-case word. A name
 * with a head noun of its own is left to the readers of such names, which know its kind and where it ends ("ratified
 * the Coastal Declaration", an initiative; "the X Convention Against Y in Z", longer than this run); a name read
 * before (a catalog treaty, a state) stays as it was read. Signing is no sign: declarations and plans are signed.
 */
export const RATIFIED_TITLE: NameRule = {
  id: "ratified-title",
  what: "The definite title-cased object of 'ratified', 'ratifies', 'ratify', 'acceded to' or 'accession to' (two words or more, with no head noun of its own) is a treaty of that name.",
  words: ["ratified", "ratifies", "ratify", "ratifying", "acceded to", "accedes to", "accession to", "ratification of"],
  positive: [
    { text: "Tonga ratified the Reef Labour Accord in 2012.", name: "Reef Labour Accord", kind: "CONVENTION" },
    { text: "Two more states acceded to the Lagoon Crew Arrangement, bringing the parties to nine.", name: "Lagoon Crew Arrangement", kind: "CONVENTION" },
    { text: "Samoa's ratification of the Harbour Pension Portability Agreement came late.", name: "Harbour Pension Portability Agreement", kind: "CONVENTION" },
    // "of the <body>" after the title is whose it is, not part of it.
    { text: "Vanuatu ratified the Net Mender Accord of the Western Reef Council in 2008.", name: "Net Mender Accord", kind: "CONVENTION" },
    { text: "Vanuatu ratified the Net Mender Accord of the Western Reef Council in 2008.", name: "Western Reef Council" },
  ],
  negative: [
    { text: "Tinland ratified the Reef Labour Accord.", name: "Reef Labour Accord", notKind: "INITIATIVE" },
    { text: "Ministers ratified the Coastal Declaration on Crews in 2019.", name: "Coastal Declaration on Crews", notKind: "CONVENTION" },
    { text: "Tinland ratified the Reef Labour Accord Tinford Protocol.", name: "Reef Labour Accord" },
    { text: "Eleven states ratified Crew Rights quickly.", name: "Crew Rights" },
    { text: "The Board ratified the Annual Work Plan.", name: "Annual Work Plan", notKind: "CONVENTION" },
    { text: "Tinland ratified the Convention in October 2011.", name: "Convention in October" },
    { text: "Vanuatu ratified the Net Mender Accord of the Western Reef Council in 2008.", name: "Net Mender Accord of the Western Reef Council" },
    // Only states ratify treaties: what a board, an assembly or ministers ratify is a decision of theirs.
    { text: "The trustees of the Keel Fund ratified the Spring Grant Round in 2021.", name: "Spring Grant Round", notKind: "CONVENTION" },
    { text: "The congress ratified the Party Leadership Slate.", name: "Party Leadership Slate", notKind: "CONVENTION" },
    { text: "Ministers ratified the Apia Closing Communique.", name: "Apia Closing Communique", notKind: "CONVENTION" },
  ],
};

const RUN = titleRunPattern({ onlySmall: ["of", "on", "for", "and", "the", "to", "between"], maxSmall: 2, minWords: 2 });
/** "the Convention on …", "the Protocol of …": a generic head opening the title is a full title other readers type. */
const TREATY_HEAD_FIRST = new RegExp(`^(?:${HEAD_NOUNS.words.CONVENTION.join("|")})\\b`);
const STATES = /\b(?:states|parties|countries|governments)\b/i;
const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const RATIFIED = new RegExp(`\\b(?:ratif(?:y|ies|ied|ying)|acced(?:ed|es|ing)\\s+to|accession\\s+to|ratification\\s+of)\\s+the\\s+(${RUN})(?=[,.;:()]|\\s+[a-z\\d]|\\s*$)`, "gu");

/** Titles written as the object of a ratifying verb in a passage (RATIFIED_TITLE). */
export function ratifiedTitles(text: string): Array<{ name: string; start: number; verb: number }> {
  const out: Array<{ name: string; start: number; verb: number }> = [];
  for (const m of text.matchAll(RATIFIED)) {
    let name = m[1]!.replace(/\s+(?:of|on|for|and|the|to|between)$/, "");
    // "the Reef Accord of the Pacific Labour Forum": a body with a head noun after "of the" is the treaty's owner.
    const of = /\s+of\s+the\s+/.exec(name);
    if (of && headKind(name.slice(of.index + of[0].length))) name = name.slice(0, of.index);
    if (TREATY_HEAD_FIRST.test(name) || MONTH.test(name)) continue;
    // A name with a head noun of its own ("… Convention Against …", "… Declaration") is typed and bounded by the readers of such names.
    if (headKind(name)) continue;
    out.push({ name, start: m.index! + m[0].length - m[1]!.length, verb: m.index! });
  }
  return out;
}

/** recognise.ts: each title ratified or acceded to that no earlier step read is a treaty. */
export function ratifiedTitleMentions(scan: PassageScan): void {
  const { text } = scan;
  if (!/ratif|acce(?:ded|des|ding|ssion)\s+to/.test(text)) return;
  for (const t of ratifiedTitles(text)) {
    const end = t.start + t.name.length;
    if (scan.overlaps(t.start, end) || scan.doc.isPlace(t.name)) continue;
    // Only states ratify: a state named, or states as such, earlier in the sentence is the subject.
    const from = Math.max(0, text.lastIndexOf(". ", t.verb) + 1);
    const state = scan.mentions.some((m) => m.kind === "COUNTRY" && m.localStart >= from && m.localEnd <= t.verb);
    if (!state && !STATES.test(text.slice(from, t.verb))) continue;
    const key = entityId("CONVENTION", t.name);
    if (scan.doc.catalog.byId.has(key)) continue;
    scan.discover({ key, kind: "CONVENTION", name: t.name, acronym: null });
    scan.push({ localStart: t.start, localEnd: end, kind: "CONVENTION", key, method: "name-pattern", confidence: 0.65 });
  }
}

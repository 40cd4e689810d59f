import { entityId } from "../../src/ontology/ids.js";
import type { Matcher } from "./Matcher.js";
import type { NameRule } from "./NameRule.js";
import { headKind } from "./headKind.js";
import type { PageTitleName } from "./coinedTitleName.js";
import type { Passage } from "./types.js";

/**
 * A fact sheet titled by one short word in capitals ("HARBOUR") whose opening field lines spell the name out
 * ("Full name: Partnership for safer work in fishing ports") is about the thing that word names: the page's topic,
 * named by the spelt-out name with the word as its acronym (so the field line and the word in the text are one
 * entity), its kind read from the head noun that opens the spelt-out name ("Partnership" → initiative). The word may
 * be written from a small letter ("eu-LISA") and followed by a label of small words that says what the page is
 * ("eu-LISA: agency profile"). A title the catalog knows, a title of several words (a label with a capital is a
 * name's, not the page's), or a page with no such field line is none.
 */
export const ACRONYM_TITLE_FULL_NAME: NameRule = {
  id: "acronym-title-full-name",
  what: "A page title of one capitalised short word (or the word before a label of small words, 'eu-LISA: agency profile'), spelt out by a 'Full name:' / 'Official name:' field line near the top, names the page's topic: the spelt-out name, with the word its acronym; the kind comes from the head noun opening the full name.",
  words: ["Full name", "Full title", "Official name", "Long name"],
  positive: [
    { text: "HARBOUR\nFact sheet\n\nFull name: Partnership for safer work in fishing ports\nDonor: Norway\n\nHARBOUR trains port workers in Ghana.", name: "Partnership for safer work in fishing ports", kind: "INITIATIVE" },
    { text: "TIDEWAY\n\nOfficial name: Network of coastal shelters for stranded fishers\nMembers: 12 shelters", name: "Network of coastal shelters for stranded fishers", kind: "INITIATIVE" },
    { text: "ea-MARIS: agency profile\n\nFull name: Agency for the Safety of Inland Shipping Routes\nSeat: Vienna, Austria\n\nea-MARIS keeps the river traffic registers.", name: "Agency for the Safety of Inland Shipping Routes", kind: "ORGANIZATION" },
    { text: "KELP - fact sheet\n\nFull name: Fund for the Recovery of Coastal Fisheries\nDonor: Norway", name: "Fund for the Recovery of Coastal Fisheries", kind: "INITIATIVE" },
    // The word in the page's sentences is the topic, so a numbered phase written after it is the topic's phase.
    { text: "HARBOUR\nFact sheet\n\nFull name: Partnership for safer work in fishing ports\nDonor: Norway\n\nSince 2021 the port unions have run HARBOUR II in Togo.", name: "Partnership for safer work in fishing ports Phase II", kind: "INITIATIVE", parentId: "ini:partnership-for-safer-work-in-fishing-ports" },
  ],
  negative: [
    // With no field line spelling it out, a word in capitals is a heading, not a name.
    { text: "HARBOUR\nFact sheet\n\nDonor: Norway\nThe port workers were trained in Ghana.", name: "HARBOUR" },
    { text: "HARBOUR\nFact sheet\n\nDonor: Norway\n\nSince 2021 the port unions have run HARBOUR II in Togo.", name: "HARBOUR Phase II" },
    // A full name headed by no kind noun names nothing.
    { text: "SUMMARY\n\nFull name: what the workers said about the ports\nDonor: Norway", name: "SUMMARY" },
    // A label with a name of its own is a title of several words, not a page label.
    { text: "ea-MARIS: Report to Parliament\n\nFull name: Agency for the Safety of Inland Shipping Routes\nSeat: Vienna, Austria", name: "ea-MARIS" },
  ],
};

const FIELD = new RegExp(String.raw`^(?:${ACRONYM_TITLE_FULL_NAME.words.join("|")})\s*:\s*(\S.*)$`);
/** "HARBOUR", "eu-LISA": capitals, after at most a few small letters. */
const WORD = /^(?:[A-Z]|\p{Ll}{1,4}-?[A-Z])[A-Z0-9&-]{1,14}$/u;
/** "eu-LISA: agency profile", "KELP - fact sheet": the word, then a label of small words only. */
const PAGE_LABEL = /^(\S+)(?:\s*[:|–—]|\s+-)\s+\p{Ll}[\p{Ll}\s-]*$/u;
/** How far down the page the field line may sit: the fact sheet's header block. */
const HEADER_PASSAGES = 8;

/** The topic a one-word capitalised title names, spelt out by a full-name field line; or null. */
export function acronymTitleFullName(title: string, passages: readonly Passage[], matcher: Matcher): PageTitleName | null {
  const word = PAGE_LABEL.exec(title.trim())?.[1] ?? title.trim();
  if (!WORD.test(word) || matcher.findAll(word).length > 0) return null;
  for (const p of passages.slice(0, HEADER_PASSAGES)) {
    const field = FIELD.exec(p.text.trim());
    if (!field) continue;
    // "Partnership for improving …": the head noun before the first connector.
    const head = field[1]!.split(/\s+(?:for|of|on|to|in|against|between|with)\s+/)[0]!.replace(/^(?:[Tt]he|[Aa]n?)\s+/, "");
    const kind = head.split(/\s+/).length <= 3 ? headKind(head.replace(/^\p{Ll}/u, (c) => c.toUpperCase())) : null;
    if (!kind || kind === "COUNTRY") return null;
    const name = field[1]!.trim().replace(/[.;]$/, "");
    // The word is how the text goes on to call it ("HARBOUR trains …", "HARBOUR II"): bound in every passage as a
    // coined title's acronym is (coinedTitleDefinition), so the page's sentences and a numbered phase reach the topic.
    return { key: entityId(kind, name), kind, name, acronym: word, label: title };
  }
  return null;
}

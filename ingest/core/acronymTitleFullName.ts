import { entityId } from "../../src/ontology/ids.js";
import type { Matcher } from "./Matcher.js";
import type { NameRule } from "./NameRule.js";
import { headKind } from "./headKind.js";
import type { PageTitleName } from "./coinedTitleName.js";
import type { Passage } from "./types.js";

/**
 * A fact sheet titled by one short word in capitals ("HARBOUR") whose opening field lines spell the name out
 * ("Full name: Partnership for safer work in fishing ports") is about the thing that word names: the page's topic,
 * named as the page names it, its kind read from the head noun that opens the spelt-out name ("Partnership" →
 * initiative). A title the catalog knows, a title of several words, or a page with no such field line is none.
 */
export const ACRONYM_TITLE_FULL_NAME: NameRule = {
  id: "acronym-title-full-name",
  what: "A page title of one capitalised short word, spelt out by a 'Full name:' / 'Official name:' field line near the top, names the page's topic; the kind comes from the head noun opening the full name.",
  words: ["Full name", "Full title", "Official name", "Long name"],
  positive: [
    { text: "HARBOUR\nFact sheet\n\nFull name: Partnership for safer work in fishing ports\nDonor: Norway\n\nHARBOUR trains port workers in Ghana.", name: "HARBOUR", kind: "INITIATIVE" },
    { text: "TIDEWAY\n\nOfficial name: Network of coastal shelters for stranded fishers\nMembers: 12 shelters", name: "TIDEWAY", kind: "INITIATIVE" },
    // The word in the page's sentences is the topic, so a numbered phase written after it is the topic's phase.
    { text: "HARBOUR\nFact sheet\n\nFull name: Partnership for safer work in fishing ports\nDonor: Norway\n\nSince 2021 the port unions have run HARBOUR II in Togo.", name: "HARBOUR Phase II", kind: "INITIATIVE", parentId: "ini:harbour" },
  ],
  negative: [
    // With no field line spelling it out, a word in capitals is a heading, not a name.
    { text: "HARBOUR\nFact sheet\n\nDonor: Norway\nThe port workers were trained in Ghana.", name: "HARBOUR" },
    { text: "HARBOUR\nFact sheet\n\nDonor: Norway\n\nSince 2021 the port unions have run HARBOUR II in Togo.", name: "HARBOUR Phase II" },
    // A full name headed by no kind noun names nothing.
    { text: "SUMMARY\n\nFull name: what the workers said about the ports\nDonor: Norway", name: "SUMMARY" },
  ],
};

const FIELD = new RegExp(String.raw`^(?:${ACRONYM_TITLE_FULL_NAME.words.join("|")})\s*:\s*(\S.*)$`);
/** How far down the page the field line may sit: the fact sheet's header block. */
const HEADER_PASSAGES = 8;

/** The topic a one-word capitalised title names, spelt out by a full-name field line; or null. */
export function acronymTitleFullName(title: string, passages: readonly Passage[], matcher: Matcher): PageTitleName | null {
  const word = title.trim();
  if (!/^[A-Z][A-Z0-9&-]{2,14}$/.test(word) || matcher.findAll(word).length > 0) return null;
  for (const p of passages.slice(0, HEADER_PASSAGES)) {
    const field = FIELD.exec(p.text.trim());
    if (!field) continue;
    // "Partnership for improving …": the head noun before the first connector.
    const head = field[1]!.split(/\s+(?:for|of|on|to|in|against|between|with)\s+/)[0]!.replace(/^(?:[Tt]he|[Aa]n?)\s+/, "");
    const kind = head.split(/\s+/).length <= 3 ? headKind(head.replace(/^\p{Ll}/u, (c) => c.toUpperCase())) : null;
    if (!kind || kind === "COUNTRY") return null;
    // The word is how the text goes on to call it ("HARBOUR trains …", "HARBOUR II"): bound in every passage as a
    // coined title's acronym is (coinedTitleDefinition), so the page's sentences and a numbered phase reach the topic.
    return { key: entityId(kind, word), kind, name: word, acronym: word, label: title };
  }
  return null;
}

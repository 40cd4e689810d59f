import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import type { NameRule } from "./NameRule.js";
import type { PassageScan } from "./PassageScan.js";
import { titleRunPattern } from "./titleRun.js";

/**
 * DASHED_PARTY_TREATIES: a bilateral treaty is as often named by its two parties joined by a dash, then what it is
 * about and its head noun, in lower case as often as not: "the Greece–Turkey readmission agreement", "the
 * Indonesia–Korea memorandum on the Employment Permit System", "the Spain–Morocco Memorandum of Understanding". The
 * two parties are states or bodies read before this step, a state among them; what stands between them and the head
 * is up to three words of its own, none a small word of prose ("the Kenya–Uganda talks on an agreement" names no
 * treaty). "a Kenya–Uganda agreement" is one deal of a kind, and "agreements" a class: neither is a treaty's name. A
 * capitalised subject after "on" ("on the Employment Permit System") is part of the name, not of the mention: a
 * programme named there stays a mention of its own.
 */
export const DASHED_PARTY_TREATIES: NameRule = {
  id: "dashed-party-treaties",
  what: "'the <party>–<party> [up to three words] agreement|memorandum (of understanding)|accord|treaty|protocol' is a treaty named by its two parties (states or bodies read before, a state among them), in lower case or capitalised; with 'a/an' before it, or in the plural, it is none.",
  words: ["agreement", "memorandum of understanding", "memorandum", "accord", "treaty", "protocol"],
  positive: [
    { text: "Greece and Turkey applied the Greece–Turkey readmission agreement from 2002.", name: "Greece–Turkey readmission agreement", kind: "CONVENTION" },
    { text: "The Spain–Morocco Memorandum of Understanding on Seasonal Workers was signed in 2001.", name: "Spain–Morocco Memorandum of Understanding on Seasonal Workers", kind: "CONVENTION" },
    { text: "Ghana and Togo renewed the Ghana-Togo memorandum on the Harbour Permit Scheme in 2014.", name: "Ghana-Togo memorandum on the Harbour Permit Scheme", kind: "CONVENTION" },
  ],
  negative: [
    { text: "Talks on a Kenya–Uganda agreement stalled in 2011.", name: "Kenya–Uganda agreement" },
    { text: "Kenya–Uganda talks on an agreement stalled in 2011.", name: "Kenya–Uganda talks on an agreement" },
    { text: "The Kenya–Uganda labour agreements of the 1990s lapsed.", name: "Kenya–Uganda labour agreements" },
    { text: "The Ghana-Togo border was closed in 2020.", name: "Ghana-Togo border" },
  ],
};

const PARTY_KINDS: ReadonlySet<EntityKind> = new Set(["COUNTRY", "ORGANIZATION"]);
/** Words of prose that never stand inside such a name between the parties and the head. */
const SMALL = new Set(["a", "an", "the", "of", "on", "to", "in", "for", "with", "and", "or", "by", "at", "from", "as", "its", "their", "is", "was", "were", "are", "has", "have", "had", "that", "which", "new", "first"]);
/** Up to three words, then the head noun, singular. */
const TO_HEAD = /^\s+((?:[\p{L}-]+\s+){0,3}?)((?:[Aa]greement|[Mm]emorandum(?:\s+of\s+[Uu]nderstanding)?|[Aa]ccord|[Tt]reaty|[Pp]rotocol))(?![\p{L}-])/u;
/** A capitalised subject after the head: "on the Employment Permit System". */
const SUBJECT = new RegExp(`^\\s+(?:on|concerning|regarding|for)\\s+(?:the\\s+)?${titleRunPattern({ onlySmall: ["of", "the", "and", "in", "for", "on", "to"], maxSmall: 2 })}(?![\\p{L}\\p{N}])`, "u");

/** recognise.ts, after the open-set names: each treaty named by two dashed parties. */
export function dashedPartyTreatyMentions(scan: PassageScan): void {
  const { text } = scan;
  if (!/[-–—]/.test(text)) return;
  for (const a of [...scan.mentions]) {
    const dash = text[a.localEnd];
    if (!PARTY_KINDS.has(a.kind) || (dash !== "-" && dash !== "–" && dash !== "—")) continue;
    const b = scan.mentions.find((x) => x.localStart === a.localEnd + 1 && PARTY_KINDS.has(x.kind));
    if (!b || (a.kind !== "COUNTRY" && b.kind !== "COUNTRY") || a.key === b.key) continue;
    const head = TO_HEAD.exec(text.slice(b.localEnd, b.localEnd + 80));
    if (!head || head[1]!.split(/\s+/).some((w) => SMALL.has(w.toLowerCase()))) continue;
    // "a Kenya–Uganda agreement": one deal of a kind, not a treaty's name.
    if (/\b[Aa]n?\s+$/.test(text.slice(Math.max(0, a.localStart - 4), a.localStart))) continue;
    const end = b.localEnd + head[0].length;
    if (/^s\b/.test(text.slice(end, end + 2)) || scan.mentions.some((x) => x !== a && x !== b && x.localStart < end && a.localStart < x.localEnd)) continue;
    const subject = SUBJECT.exec(text.slice(end));
    const name = text.slice(a.localStart, end + (subject ? subject[0].length : 0));
    const key = entityId("CONVENTION", name);
    if (scan.doc.catalog.byId.has(key)) continue;
    for (const x of [a, b]) {
      scan.mentions.splice(scan.mentions.indexOf(x), 1);
      const at = scan.taken.findIndex(([s, e]) => s === x.localStart && e === x.localEnd);
      if (at >= 0) scan.taken.splice(at, 1);
    }
    scan.discover({ key, kind: "CONVENTION", name, acronym: null });
    scan.push({ localStart: a.localStart, localEnd: end, kind: "CONVENTION", key, method: "name-pattern", confidence: 0.7 });
  }
}

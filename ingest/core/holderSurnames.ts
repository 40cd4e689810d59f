import type { EntityKind } from "../../src/ontology/ontology.js";
import type { DocumentScan, PassageScan } from "./PassageScan.js";
import type { HeldOffice } from "./bodyOfficeHolders.js";

/** A state's office-holder named after the office in a stretched country mention (stateOfficeHolders.ts). */
const STATE_HOLDER = /(?:[Mm]inister|[Pp]resident|[Ee]nvoy|[Aa]mbassador|[Ss]ecretary(?:\s+of\s+[Ss]tate)?|[Hh]ead\s+of\s+(?:[Gg]overnment|[Ss]tate)),?\s+([A-Z][\p{Ll}’'-]+(?:\s+[A-Z][\p{L}’'-]+){1,2})$/u;
const PARTICLES = "(?:von|van|der|den|de|da|del|la|le|bin|al|el|ibn)";
/** The family name: the last capitalised word with the particles before it ("von der Leyen", "Rutte"). */
const FAMILY = new RegExp(String.raw`(?<![\p{L}’'-])(?:${PARTICLES}\s+)*[A-Z][\p{L}’'-]+$`, "u");
/** Words a capitalised family name can also be: never read as the person. */
const NOT_A_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|These|Those|It|He|She|They|We|In|On|At|By|For|With|And|But|President|Minister|General|Director|Secretary|Commissioner|Chair|Head|Chief|Ambassador|Envoy)$/;
/** A title before the family name keeps it the same person: "Mr Rutte", "President Saied", "Prime Minister Meloni". */
const TITLE_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|Professor|President|Minister|Chancellor|Commissioner|Ambassador|Secretary-General|Director-General)\.?\s+)$/;

interface Holder {
  kind: EntityKind;
  key: string;
  given: string;
  /** The passage and offset the person was first named at: only later mentions are read. */
  passageId: string;
  at: number;
}

const holdersOf = new WeakMap<DocumentScan, Map<string, Holder | null>>();

/**
 * "Ethiopia's foreign minister, Workneh Gebeyehu, … Gebeyehu attended the opening session": a person once named through
 * a state's or a body's office (stateOfficeHolders.ts, bodyOfficeHolders.ts) and later by the family name alone still
 * acts for that state or body, so the family name is a mention of it. A person is never an entity: only the state or
 * body is. A family name two office-holders share, or said after another given name ("Anna Rutte"), is no one's.
 */
export function holderSurnames(scan: PassageScan, bodyHolders: HeldOffice[]): void {
  const { text } = scan;
  let holders = holdersOf.get(scan.doc);
  if (!holders) holdersOf.set(scan.doc, (holders = new Map()));
  const register = (person: string, at: number, kind: EntityKind, key: string) => {
    const family = FAMILY.exec(person)?.[0];
    if (!family || NOT_A_NAME.test(family) || family.length < 3) return;
    const given = person.slice(0, person.length - family.length).trim();
    const known = holders!.get(family);
    if (known === undefined) holders!.set(family, { kind, key, given, passageId: scan.passage.id, at });
    else if (known && known.key !== key) holders!.set(family, null);
  };
  for (const m of scan.mentions) {
    if (m.kind === "COUNTRY") {
      const state = STATE_HOLDER.exec(m.surface);
      if (state) register(state[1]!, m.localEnd - state[1]!.length, m.kind, m.key);
    }
    if (m.kind === "COUNTRY" || m.kind === "ORGANIZATION") {
      for (const h of bodyHolders) if (h.start >= m.localStart && h.start < m.localEnd) register(h.person, h.start, m.kind, m.key);
    }
  }
  for (const [family, holder] of holders) {
    if (!holder) continue;
    // The pattern matches the family name as written (its first letter in either case): a passage that holds neither
    // spelling has no use of it, and most passages of a long document name few of its office-holders.
    const capital = family[0]!.toUpperCase() + family.slice(1);
    if (!text.includes(family) && !text.includes(capital)) continue;
    const pattern = new RegExp(String.raw`(?<![\p{L}’'-])${family.replace(/^[a-z]/, (c) => `[${c}${c.toUpperCase()}]`)}(?![\p{L}-])`, "gu");
    for (const hit of text.matchAll(pattern)) {
      const start = hit.index!;
      const end = start + hit[0].length;
      if (holder.passageId === scan.passage.id && start <= holder.at) continue;
      if (scan.overlaps(start, end)) continue;
      // Another given name before it is another person; a capitalised word after it makes a longer name ("Rutte Plan").
      const lead = text.slice(Math.max(0, start - 40), start);
      const word = /([A-Z][\p{L}’'-]*)\s+$/u.exec(lead)?.[1];
      if (word && !TITLE_BEFORE.test(lead) && !(holder.given && lead.trimEnd().endsWith(holder.given)) && !/^(?:The|And|But|When|While|After|Before|As|Then)$/.test(word)) continue;
      if (/^\s+[A-Z]/.test(text.slice(end, end + 3))) continue;
      scan.push({ localStart: start, localEnd: end, kind: holder.kind, key: holder.key, method: "name-pattern", confidence: 0.7 });
    }
  }
}

import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import type { NameRule } from "./NameRule.js";
import type { PassageScan } from "./PassageScan.js";
import { stateStyleSource } from "./stateStyle.js";
import { titleRunPattern } from "./titleRun.js";

/**
 * TREATY_PARTIES: a bilateral or closed treaty is named by its parties: "the Agreement between the Government of A and
 * the Government of B on X", "the Memorandum of Understanding between A and B", "the Protocol concerning X between A,
 * B and C". The parties and the subject after them are part of the title: without them the name is cut short at
 * "between", or, for a head with no title of its own before it ("Agreement", "Memorandum of Understanding"), never
 * read at all. Only parties read as states or bodies before this step, written one after another with commas and a
 * closing "and", with a state among them, make such a title: "an agreement between the two ministries", "agreement
 * between the parties", "the Agreement between 2001 and 2004" are no titles. The subject after the parties joins only
 * as a capitalised run ("on Labour Migration"); a lower-case one is prose the title does not reach.
 */
export const TREATY_PARTIES: NameRule = {
  id: "treaty-parties",
  what: "'<treaty head> between <party>, <party> and <party> [on/concerning/for/regarding <Title>]' is a treaty named whole, its parties (states and bodies read before, a state among them, 'the Government(s) of' before one) and its capitalised subject inside the name; a joint declaration, statement, partnership, compact or pact read as an initiative keeps its parties in its name the same way, and stays an initiative.",
  words: ["Agreement", "Treaty", "Convention", "Protocol", "Memorandum of Understanding", "Accord", "Arrangement"],
  positive: [
    { text: "In 2004 Kenya ratified the Agreement between the Government of Kenya and the Government of Uganda on the Employment of Seasonal Workers.", name: "Agreement between the Government of Kenya and the Government of Uganda on the Employment of Seasonal Workers", kind: "CONVENTION" },
    { text: "Ghana and Togo signed the Memorandum of Understanding between Ghana and Togo on Labour Migration in 2012.", name: "Memorandum of Understanding between Ghana and Togo on Labour Migration", kind: "CONVENTION" },
    { text: "The first step was the Protocol concerning the Abolition of Visas for Ferry Crews between Denmark, Finland and Sweden, signed in 1952.", name: "Protocol concerning the Abolition of Visas for Ferry Crews between Denmark, Finland and Sweden", kind: "CONVENTION" },
    { text: "Parliament approved the Host Country Agreement between Chile and UNHCR in 2018.", name: "Host Country Agreement between Chile and UNHCR", kind: "CONVENTION" },
    // A state's style before a party is any of the shared styles; a state named with its style is one party.
    { text: "In 2005 Korea ratified the Agreement between the Republic of Korea and the Kingdom of Cambodia on Seasonal Workers.", name: "Agreement between the Republic of Korea and the Kingdom of Cambodia on Seasonal Workers", kind: "CONVENTION" },
    // A joint declaration or a partnership named by its parties: an initiative, the parties in its name.
    { text: "The document is the Joint Declaration on the Comprehensive Fisheries Partnership between the European Union and Ghana.", name: "Joint Declaration on the Comprehensive Fisheries Partnership between the European Union and Ghana", kind: "INITIATIVE" },
    { text: "In 2013 ministers launched the Coastal Mobility Partnership between the European Union and Togo in Lomé.", name: "Coastal Mobility Partnership between the European Union and Togo", kind: "INITIATIVE" },
    { text: "Parliament welcomed the Harbour Jobs Compact between Jordan and the European Union in 2016.", name: "Harbour Jobs Compact between Jordan and the European Union", kind: "INITIATIVE" },
    { text: "Nigeria signed the Memorandum of Understanding between the Federal Government of Nigeria and the Kingdom of Jordan on Labour Migration in 2010.", name: "Memorandum of Understanding between the Federal Government of Nigeria and the Kingdom of Jordan on Labour Migration", kind: "CONVENTION" },
  ],
  negative: [
    // Lower case: a deal struck, not a title.
    { text: "An agreement between Kenya and Uganda was reached in 2004.", name: "agreement between Kenya and Uganda" },
    // No state among the parties: two agencies' working paper, not a treaty between states.
    { text: "The Memorandum of Understanding between IOM and UNHCR was renewed in 2019.", name: "Memorandum of Understanding between IOM and UNHCR", notKind: "CONVENTION" },
    // Years, not parties.
    { text: "The Agreement between 2001 and 2004 was applied only in part.", name: "Agreement between 2001 and 2004" },
    // A joint text's "between" followed by no list of parties, or by parties with no state among them, is prose.
    { text: "The Joint Declaration on Fisher Safety between May and June 2019 set crew rest hours.", name: "Joint Declaration on Fisher Safety between May and June" },
    { text: "The Coastal Mobility Partnership between IOM and UNHCR was renewed in 2019.", name: "Coastal Mobility Partnership between IOM and UNHCR" },
    // A programme or a plan is no text agreed between sides: the parties stay outside its name.
    { text: "The Coastal Skills Programme between Ghana and Togo trained crews.", name: "Coastal Skills Programme between Ghana and Togo" },
    // "a/an" before the head: one contract of a kind, not a titled treaty.
    { text: "Kenya signed a Memorandum of Understanding between Kenya and Uganda on crews.", name: "Memorandum of Understanding between Kenya and Uganda" },
    // A lower-case subject is prose after the title, not part of it.
    { text: "The Agreement between Kenya and Uganda on the readmission of persons entered into force in 2005.", name: "Agreement between Kenya and Uganda on the readmission" },
    // A style before a body's name is no party's lead: the list holds no state.
    { text: "The Memorandum of Understanding between the Kingdom of IOM and UNHCR was renewed in 2019.", name: "Memorandum of Understanding between the Kingdom of IOM and UNHCR", notKind: "CONVENTION" },
  ],
};

/**
 * A text two or more sides agree on that is no treaty, named by its parties as a treaty is: "the Joint Declaration on
 * the Strategic and Comprehensive Partnership between the European Union and Egypt", "the Mobility Partnership between
 * the EU and Morocco", "the Compact between Jordan and the EU". The parties tell it from the same side's other such
 * declarations and partnerships, so they belong to its name; it stays an initiative.
 */
const JOINT_TEXT = /\b(?:Declaration|Statement|Communiqu[eé]|Partnership|Compact|Pact)$/;
/** "between" after a word: where a title named by its parties may go on. */
const BETWEEN = /\s+between\s+/g;
/** A treaty's head noun, capitalised, closing the words before "between". */
const HEAD = /\b(?:Agreement|Treaty|Convention|Protocol|Memorandum\s+of\s+Understanding|Accord|Arrangement)$/;
/** Capitalised words of the title before its head ("Host Country Agreement"): up to four, a sentence's "The" never one. */
const BEFORE_HEAD = /(?:(?<![\p{L}\p{N}])(?!(?:The|A|An|This|That|Its|Their|Under|In|By|With)\s)[A-Z][\p{L}’'-]*\s+){1,4}$/u;
/**
 * What may open a party, whole: "the", a state's style ("the Government of", "the Kingdom of the"). The party's own
 * mention ends the style: "the Republic of Korea" is read as the mention it is, not as a style before "Korea".
 */
const PARTY_LEAD = new RegExp(`^(?:the\\s+)?(?:${stateStyleSource()})?$`);
/** The longest a party's lead may run before its name. */
const MAX_LEAD = 60;
const PARTY_KINDS: ReadonlySet<EntityKind> = new Set(["COUNTRY", "ORGANIZATION"]);
const MAX_PARTIES = 8;
/** The title's capitalised subject after its parties: "on the Employment of Seasonal Workers". */
const SUBJECT = new RegExp(`^\\s+(?:on|concerning|regarding|for|relating\\s+to)\\s+(?:the\\s+)?${titleRunPattern({ onlySmall: ["of", "the", "and", "in", "for", "on", "to"], maxSmall: 2 })}(?![\\p{L}\\p{N}])`, "u");

interface Span {
  start: number;
  end: number;
  kind: EntityKind;
}

/** recognise.ts, after the open-set names: each treaty named by its parties takes the span of its whole title. */
export function treatyPartiesMentions(scan: PassageScan): void {
  const { text } = scan;
  if (!text.includes(" between ")) return;
  for (const m of text.matchAll(BETWEEN)) {
    const headEnd = m.index!;
    // The head: a treaty read before it ("Protocol concerning X"), else a treaty's head noun and the capitalised words
    // of its title before it ("Host Country Agreement").
    const read = scan.mentions.find((x) => (x.kind === "CONVENTION" || (x.kind === "INITIATIVE" && JOINT_TEXT.test(x.surface))) && x.localEnd === headEnd && !scan.doc.catalog.byId.has(x.key));
    const head = read ? null : HEAD.exec(text.slice(Math.max(0, headEnd - 40), headEnd));
    if (!read && !head) continue;
    const names: Span[] = [...scan.mentions.map((x) => ({ start: x.localStart, end: x.localEnd, kind: x.kind })), ...scan.hits];
    const end = partiesEnd(text, headEnd + m[0].length, names);
    if (end < 0) continue;
    const subject = SUBJECT.exec(text.slice(end));
    const close = end + (subject ? subject[0].length : 0);
    const headStart = headEnd - (head ? head[0].length : 0);
    const before = read ? null : BEFORE_HEAD.exec(text.slice(Math.max(0, headStart - 80), headStart));
    const start = read ? read.localStart : headStart - (before ? before[0].length : 0);
    // "a Memorandum of Understanding between …": one contract of a kind (AGREEMENT_TITLES).
    if (!read && /\b[Aa]n?\s+$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    // Nothing read before may run across the title's edges.
    if (names.some((n) => (n.start < start && n.end > start) || (n.start < close && n.end > close))) continue;
    const name = text.slice(start, close);
    // A joint declaration or partnership named by its parties stays the initiative it was read as (JOINT_TEXT).
    const kind = read?.kind === "INITIATIVE" ? "INITIATIVE" : "CONVENTION";
    const key = entityId(kind, name);
    if (scan.doc.catalog.byId.has(key)) continue;
    release(scan, start, close);
    scan.discover({ key, kind, name, acronym: null });
    scan.push({ localStart: start, localEnd: close, kind, key, method: "name-pattern", confidence: 0.7 });
  }
}

/** Where a list of two or more parties after "between" ends, a state among them; -1 where the words are no such list. */
function partiesEnd(text: string, from: number, names: readonly Span[]): number {
  let at = from;
  let state = false;
  for (let n = 0; n < MAX_PARTIES; n++) {
    const party = partyAt(text, at, names);
    if (!party) return -1;
    state ||= party.kind === "COUNTRY";
    at = party.end;
    // The list goes on after a comma; it closes on "and" before its last party.
    const sep = /^(?:,\s+(?!and\b)|,?\s+and\s+)/.exec(text.slice(at));
    if (!sep) return -1;
    if (/and\s+$/.test(sep[0])) {
      const last = partyAt(text, at + sep[0].length, names);
      if (!last) return -1;
      return state || last.kind === "COUNTRY" ? last.end : -1;
    }
    at += sep[0].length;
  }
  return -1;
}

/** The state or body read first after `at`, only its lead ("the", a state's style) before it; the longest at that start. */
function partyAt(text: string, at: number, names: readonly Span[]): Span | undefined {
  const fits = names.filter((x) => x.start >= at && x.start - at <= MAX_LEAD && PARTY_KINDS.has(x.kind) && PARTY_LEAD.test(text.slice(at, x.start)));
  return fits.sort((a, b) => a.start - b.start || b.end - a.end)[0];
}

/** Gives up every mention and catalog hit inside [s, e): the parties and a treaty cut short are parts of the title. */
function release(scan: PassageScan, s: number, e: number): void {
  for (let i = scan.mentions.length - 1; i >= 0; i--) {
    const x = scan.mentions[i]!;
    if (x.localStart >= s && x.localEnd <= e) scan.mentions.splice(i, 1);
  }
  for (let i = scan.taken.length - 1; i >= 0; i--) {
    const [a, b] = scan.taken[i]!;
    if (a >= s && b <= e) scan.taken.splice(i, 1);
  }
}

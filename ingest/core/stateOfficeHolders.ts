import type { PassageScan } from "./PassageScan.js";
import { isPersonName, NOT_A_GIVEN_NAME, PERSON } from "./personName.js";
import { formerBefore, formerWord, LOWER_PORTFOLIO_AFTER, STATE_OFFICES } from "./stateOffices.js";

/**
 * A state's office (STATE_OFFICES): president, prime minister (either may be a deputy's), a minister (by portfolio or
 * "Minister of/for …"), secretary of state, envoy, ambassador, cabinet secretary, head of government or state, a ruler's title
 * (chancellor, king, emir …), permanent representative.
 */
const { president, primeMinister, minister, secretaryOfState, envoy, ambassador, cabinetSecretary, headOf, ruler, permanentRepresentative } = STATE_OFFICES;
const OFFICE = String.raw`(?:(?:[Dd]eputy\s+)?(?:${president}|${primeMinister})|${minister}|${secretaryOfState}|${envoy}|${ambassador}|${cabinetSecretary}|${headOf}|${ruler}|${permanentRepresentative})`;
/** The holder's own name may follow: "Prime Minister Ana Costa", "foreign minister, Lin Wei,". */
const HOLDER = String.raw`(?:,?\s+(?:[A-Z][a-z’'-]+\s+){0,2}[A-Z][a-z’'-]+(?=[\s,.;:]|$),?)?`;
/** "Chile's foreign minister Ana Costa": the office right after a country mention's possessive. */
const OFFICE_AFTER_POSSESSIVE = new RegExp(String.raw`^[’']s\s+(?:(?:acting|outgoing|incoming|current|new|then)\s+)?${OFFICE}(?:${LOWER_PORTFOLIO_AFTER})?\b(?!-)${HOLDER}`);
/** The possessive and office alone, without a holder's name: the stretch when the name would run into another mention. */
const OFFICE_ONLY_AFTER_POSSESSIVE = new RegExp(String.raw`^[’']s\s+(?:(?:acting|outgoing|incoming|current|new|then)\s+)?${OFFICE}(?:${LOWER_PORTFOLIO_AFTER})?\b`);
/**
 * "Ana Ruiz, Peru's foreign minister": the holder's name set before the possessive, opening its clause or list item
 * (after a sentence's or item's start, a comma, a semicolon or "and").
 */
const HOLDER_BEFORE = new RegExp(String.raw`(?<=^|[.;:,]\s+|\band\s+|\n)(?<person>${PERSON}),\s+$`, "u");
/** The office alone at the start of an OFFICE_AT match. */
const OFFICE_START = new RegExp(String.raw`^${OFFICE}\b`);
/** "the Chilean foreign minister Ana Costa": the office right after a catalog demonym. */
const OFFICE_AT = new RegExp(String.raw`\b${OFFICE}\b(?!-)${HOLDER}`, "g");
const DEMONYM_AT = /(?:^|[^-\w])([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+$/;
/** A former holder speaks for no state: "the former Chilean president", "Chile's former president". */
const FORMER = formerBefore();
const FORMER_WORD = formerWord();

/**
 * "Italy's Prime Minister Ana Costa attended", "the outgoing Dutch prime minister chaired": a person named only
 * through a state's office acts for the state, so the phrase is a mention of the country and the clause's rules
 * (participation, chairing, hosting) read the state as their actor. A country's own mention is stretched over the
 * office; a catalog demonym before the office is pushed as the country. A former holder, or an office of a body
 * ("the EU's envoy": only COUNTRY mentions stretch; "the Chilean-born UN envoy": no demonym stands before the
 * office), stays no state act.
 */
export function stateOfficeHolders(scan: PassageScan): void {
  const { text } = scan;
  for (const m of scan.mentions) {
    if (m.kind !== "COUNTRY") continue;
    const after = text.slice(m.localEnd, m.localEnd + 120);
    const office = OFFICE_AFTER_POSSESSIVE.exec(after);
    if (!office || FORMER.test(text.slice(Math.max(0, m.localStart - 16), m.localStart)) || FORMER_WORD.test(office[0])) continue;
    const span = scan.taken.find(([a, b]) => a === m.localStart && b === m.localEnd);
    if (!span) continue;
    const officeOnly = OFFICE_ONLY_AFTER_POSSESSIVE.exec(after)![0];
    let end = m.localEnd + office[0].replace(/,$/, "").length;
    // The stretch may not run into another mention: keep the office alone then.
    const others = (s: number, e: number) => scan.taken.some(([a, b]) => (a !== span[0] || b !== span[1]) && s < b && a < e);
    if (others(m.localEnd, end)) end = m.localEnd + officeOnly.length;
    if (others(m.localEnd, end)) continue;
    // The holder's name before the possessive belongs to the mention too, so a list of holders reads as a list of states.
    const lead = HOLDER_BEFORE.exec(text.slice(Math.max(0, m.localStart - 60), m.localStart));
    const named = lead && !NOT_A_GIVEN_NAME.test(lead.groups!.person!) && isPersonName(scan, lead.groups!.person!);
    const start = named && !others(m.localStart - lead[0].length, m.localStart) ? m.localStart - lead[0].length : m.localStart;
    m.localStart = span[0] = start;
    m.localEnd = span[1] = end;
    m.surface = text.slice(start, end);
  }
  const { demonyms } = scan.doc.catalog;
  if (demonyms.size === 0) return;
  for (const office of text.matchAll(OFFICE_AT)) {
    const before = DEMONYM_AT.exec(text.slice(Math.max(0, office.index! - 30), office.index!));
    if (!before) continue;
    const words = before[1]!;
    const last = words.split(/\s+/).pop()!;
    const demonym = demonyms.has(words) ? words : demonyms.has(last) ? last : null;
    if (!demonym) continue;
    const start = office.index! - (before[0].length - before[0].lastIndexOf(demonym));
    if (FORMER.test(text.slice(Math.max(0, start - 20), start))) continue;
    const officeEnd = office.index! + OFFICE_START.exec(office[0])![0].length;
    // The holder's name, if one was read, is dropped again where it runs into another mention.
    const named = office.index! + office[0].replace(/,$/, "").length;
    const end = scan.overlaps(office.index!, named) ? officeEnd : named;
    if (scan.overlaps(start, end)) continue;
    scan.push({ localStart: start, localEnd: end, kind: "COUNTRY", key: demonyms.get(demonym)!, method: "catalog", confidence: 0.8 });
  }
}

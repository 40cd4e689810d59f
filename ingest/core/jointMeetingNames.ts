import type { NameRule } from "./NameRule.js";
import { REGION_MODIFIERS, REGION_SCOPE } from "./regionScope.js";
import { entityId } from "../../src/ontology/ids.js";
import type { PassageScan } from "./PassageScan.js";

/**
 * A meeting named for the two sides it brings together: "the European Union – African Union Summit", "the
 * Africa-European Union Ministerial Conference", "the Asia–Europe Meeting". Each side is a known body or country (a
 * mention the passage already holds) or a region's name; the dash joins them and a meeting head closes the name. The
 * sides are words of the name, not bodies acting in the sentence. Two names with a dash and no meeting head ("the
 * EU – AU partnership") or a side that is no body, country or region ("the Brussels – Rome Conference") are no such name.
 */
export const JOINT_MEETING_NAMES: NameRule = {
  id: "joint-meeting-names",
  what: "Two known bodies, countries or regions joined by a dash and closed by a meeting head (Summit, Conference, Ministerial Conference, Dialogue, Forum, Meeting) name one forum.",
  words: ["Summit", "Conference", "Dialogue", "Forum", "Meeting", "Consultations"],
  positive: [
    { text: "Leaders met for the ECOWAS – African Union Summit in Accra.", name: "ECOWAS – African Union Summit", kind: "FORUM" },
    { text: "Ministers prepared the Africa – European Union Ministerial Conference on Fisheries.", name: "Africa – European Union Ministerial Conference on Fisheries", kind: "FORUM" },
  ],
  negative: [
    { text: "The European Union – African Union partnership was renewed.", name: "European Union – African Union partnership" },
    { text: "Ministers prepared the Brussels – Rome Conference on Fisheries.", name: "Brussels – Rome Conference on Fisheries" },
  ],
};

/** Regions that stand as one side of a joint meeting: the world regions regionScope.ts knows, their modifiers, and a few groupings. */
const REGIONS = new Set([...REGION_SCOPE.words, ...REGION_MODIFIERS, "Gulf", "Nordic", "Baltic"]);
const WORD = "[A-Z][\\p{L}’'\\-]*";
const SIDE = `(?:${WORD}\\s+(?:of\\s+)?){0,3}${WORD}`;
/** The second side stops at the first meeting head after it ("European Union Ministerial Conference" is side + head). */
const SIDE_LAZY = `(?:${WORD}\\s+(?:of\\s+)?){0,3}?${WORD}`;
const HEADS = "Summit|Ministerial\\s+Conference|Conference|Dialogue|Forum|Ministerial\\s+Meeting|Meeting|Consultations";
const COMPLEMENT = `(?:\\s+(?:on|for|of)\\s+(?:${WORD}\\s+(?:(?:and|of|for|on|the)\\s+)*)*${WORD})?`;
/** A spaced dash, or an unspaced en or em dash; "EU-CELAC Summit" with a hyphen is read as a hyphenated owner (openSetNames.ts). */
const DASH = "(?:\\s+[–—-]\\s+|[–—])";
const JOINT = new RegExp(`(?<![\\p{L}\\-])(${SIDE})${DASH}(${SIDE_LAZY})\\s+(?:${HEADS})${COMPLEMENT}(?!\\s+of\\s+[A-Z])`, "gu");

/** What DASH and HEADS need at the least, for the gate before JOINT. */
const JOINING_DASH = /\s[–—-]\s|[–—]/;
const HEAD_WORD = /Summit|Conference|Dialogue|Forum|Meeting|Consultations/;

export interface JointName {
  name: string;
  start: number;
  sides: Array<{ start: number; end: number }>;
}

/**
 * Joint meeting names in a passage (JOINT_MEETING_NAMES). `known` says whether a span is exactly a mention of a body
 * or a country the passage holds.
 */
export function jointMeetingNames(text: string, known: (start: number, end: number) => boolean): JointName[] {
  const out: JointName[] = [];
  // JOINT tries a side at every capital; a name needs a joining dash (DASH) and a meeting head (HEADS), which most
  // passages lack.
  if (!JOINING_DASH.test(text) || !HEAD_WORD.test(text)) return out;
  for (const m of text.matchAll(JOINT)) {
    // The first side starts after a leading article or ordinal the pattern may have taken as a word.
    let first = m[1]!;
    let start = m.index!;
    const lead = /^(?:(?:The|the|A|An|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|New|Joint)\s+)+/.exec(first);
    if (lead) {
      first = first.slice(lead[0].length);
      start += lead[0].length;
    }
    const secondStart = m.index! + m[0].indexOf(m[2]!, m[1]!.length);
    const sides = [
      { start, end: start + first.length, words: first },
      { start: secondStart, end: secondStart + m[2]!.length, words: m[2]! },
    ];
    const isSide = (s: (typeof sides)[number]) => REGIONS.has(s.words) || known(s.start, s.end);
    if (!first || !sides.every(isSide)) continue;
    out.push({ name: text.slice(start, m.index! + m[0].length), start, sides: sides.map(({ start: a, end: b }) => ({ start: a, end: b })) });
  }
  return out;
}

/** The meetings a passage names for their two sides, as mentions and discovered names (recognise.ts, step 3e). */
export function jointMeetingMentions(scan: PassageScan): void {
  const { text } = scan;
  const { catalog } = scan.doc;
  const bodyAt = (a: number, b: number) => scan.mentions.some((m) => m.localStart === a && m.localEnd === b && (m.kind === "ORGANIZATION" || m.kind === "COUNTRY"));
  for (const j of jointMeetingNames(text, bodyAt)) {
    const end = j.start + j.name.length;
    const inside = scan.mentions.filter((m) => m.localStart < end && m.localEnd > j.start);
    if (inside.some((m) => m.localStart < j.start || m.localEnd > end || !j.sides.some((s) => s.start === m.localStart && s.end === m.localEnd))) continue;
    const key = entityId("FORUM", j.name);
    if (catalog.byId.has(key)) continue;
    // The sides are words of the name, not bodies acting in the sentence.
    for (const m of inside) scan.mentions.splice(scan.mentions.indexOf(m), 1);
    scan.discover({ key, kind: "FORUM", name: j.name, acronym: null });
    scan.push({ localStart: j.start, localEnd: end, kind: "FORUM", key, method: "name-pattern", confidence: 0.75 });
  }
}

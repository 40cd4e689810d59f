import type { RuleExample } from "./rules/RelationRule.js";
import type { HeadingList } from "./rules/listRules.js";
import { labelLists } from "./labelLists.js";

/**
 * A field set inside a register row: "2016 – Dhaka, Bangladesh (Chair: Bangladesh)", "Manila 2008 (host:
 * Philippines)", "2012: Manila. Host: Philippines". The label is read by the list lexicon as a printed label is
 * (listLabel.ts), and the field's value runs to the bracket, semicolon, pipe or full stop that closes it.
 * A field that opens the row is a field line of its own ("Host: Kuwait, 2014"), which the list readers read.
 */
export interface RowField {
  list: HeadingList[];
  /** The value's span in the row. */
  from: number;
  to: number;
}

const FIELD = /(?:[(;,|]|\.\s|\s[—–-]\s)\s*([A-Za-z][A-Za-z -]{1,30}?)\s*:\s*/g;
const VALUE_END = /[);|]|\.(?:\s|$)/;

export function rowFields(row: string): RowField[] {
  const fields: RowField[] = [];
  for (const m of row.matchAll(FIELD)) {
    const label = m[1]!;
    const list = labelLists(label[0]!.toUpperCase() + label.slice(1));
    if (list.length === 0) continue;
    const from = m.index! + m[0].length;
    const end = VALUE_END.exec(row.slice(from));
    fields.push({ list, from, to: end ? from + end.index : row.length });
  }
  return fields;
}

/**
 * A role in brackets right after a name in a register row: "2014 – Kuwait City: Kuwait (host and chair)",
 * "Indonesia (co-chair)". Each role word is read by the list lexicon; `at` is where the bracket opens.
 */
export function bracketRoles(row: string): { list: HeadingList[]; at: number }[] {
  const found: { list: HeadingList[]; at: number }[] = [];
  for (const m of row.matchAll(/\(\s*([A-Za-z][A-Za-z -]{1,40}?)\s*\)/g)) {
    const roles = m[1]!.split(/\s*(?:,|\/|&|\band\b)\s*/).filter(Boolean);
    const lists = roles.map((r) => labelLists(r[0]!.toUpperCase() + r.slice(1)));
    // Every word in the bracket is a role ("host and chair"); a remark ("host of the first meeting") is not.
    if (lists.length && lists.every((l) => l.length > 0)) found.push({ list: lists.flat(), at: m.index! });
  }
  return found;
}

/** "Rhodes (Greece)": a country in brackets right after a place name is where the place lies, not a remark. */
export function placeCountry(row: string, start: number, end: number): boolean {
  return /^[^;(]*[A-Z][\p{L}.'’-]+\s*\(\s*$/u.test(row.slice(0, start)) && /^\s*\)/.test(row.slice(end));
}

/** Where the entity a heading names is written in it, to measure the label without that name. */
export function nameInLabel(label: string, id: string | null | undefined, entities: ReadonlyMap<string, { name: string; aliases: readonly string[]; acronym?: string | null }>): { start: number; end: number }[] {
  const e = id ? entities.get(id) : undefined;
  if (!e) return [];
  const lower = label.toLowerCase();
  const form = [e.name, ...e.aliases, e.acronym ?? ""].filter((f) => f && lower.includes(f.toLowerCase())).sort((a, b) => b.length - a.length)[0];
  const start = form ? lower.indexOf(form.toLowerCase()) : -1;
  return start >= 0 ? [{ start, end: start + form!.length }] : [];
}

/**
 * What a page's title says its list is, after the colon that ends the topic's name: "South American Conference on
 * Migration: the annual conferences", "Colombo Process: members". Null for a title with no such part.
 */
export function titleLabel(title: string): string | null {
  const m = /:\s*([^:]{2,60})$/.exec(title);
  return m ? m[1]![0]!.toUpperCase() + m[1]!.slice(1) : null;
}

const GFMD = "The Global Forum on Migration and Development\n\nThe Forum meets every year.";
const PRAGUE = "The Prague Process\n\nThe Prague Process is a dialogue of the EU and its eastern neighbours.\n\nMinisterial conferences:\n- 2009 – Prague, Czech Republic\n";
const CSM = "The Conference brings together the states of South America.\n\n2000 – Buenos Aires, Argentina\n2001 – Santiago, Chile\n";

/** Example pages (test/unit/rowFields.test.ts runs them through the pipeline); `expect` is [source, target, role?]. */
export const ROW_FIELD_EXAMPLES: { id: string; type: "CHAIRED" | "HOSTED" | "PARTICIPATES_IN"; positive: RuleExample[]; negative: RuleExample[] }[] = [
  {
    // relate.ts readRows and headingEntity.ts: a meeting's own page (its heading names a catalog meeting) lists who
    // took part in it; a dated meeting has no members, and its standing forum is not what the list is about.
    id: "meeting-page-lists",
    type: "PARTICIPATES_IN",
    positive: [
      { text: "Global Forum on Migration and Development 2012\n\nThe Forum met in Port Louis.\n\nParticipating States\nKenya\nGhana\n", expect: ["ctry:gh", "forum:gfmd-2012"] },
      { text: "Global Forum on Migration and Development 2012\n\nThe Forum met in Port Louis.\n\nObserver organisations: ILO, UNICEF\n", expect: ["org:unicef", "forum:gfmd-2012"] },
    ],
    negative: [{ text: "Global Forum on Migration and Development 2012\n\nThe Forum met in Port Louis.\n\nParticipating States\nKenya\nGhana\n", expect: ["ctry:gh", "forum:gfmd"] }],
  },
  {
    id: "row-field",
    type: "CHAIRED",
    positive: [{ text: `${GFMD} Its meetings so far:\n\n2011 – Geneva, Switzerland (Chair: Switzerland)\n2012 – Port Louis, Mauritius (Chair: Mauritius)\n`, expect: ["ctry:mu", "forum:gfmd", "2012"] }],
    negative: [
      // A field no list reader knows names no chair.
      { text: `${GFMD} Its meetings so far:\n\n2011 – Geneva, Switzerland (Rapporteur: Switzerland)\n2012 – Port Louis, Mauritius (Rapporteur: Mauritius)\n`, expect: ["ctry:mu", "forum:gfmd"] },
      // The field's value ends with its bracket: the country after it is the venue's.
      { text: `${GFMD} Its meetings so far:\n\n2011 – Geneva (Chair: the host Government), Switzerland\n2012 – Port Louis (Chair: the host Government), Mauritius\n`, expect: ["ctry:mu", "forum:gfmd"] },
    ],
  },
  {
    id: "row-field",
    type: "HOSTED",
    positive: [{ text: `${GFMD}\n\nPast summits:\n• Athens 2009 (host: Greece)\n• Puerto Vallarta 2010 (host: Mexico)\n`, expect: ["ctry:mx", "forum:gfmd-2010"] }],
    negative: [{ text: `${GFMD}\n\nPast summits:\n• Athens 2009 (venue: Greece)\n• Puerto Vallarta 2010 (venue: Mexico)\n`, expect: ["ctry:mx", "forum:gfmd-2010"] }],
  },
  {
    // bracketRoles: "(host and chair)" after a register row's state.
    id: "bracket-role",
    type: "CHAIRED",
    positive: [{ text: `${GFMD}\n\nPast meetings:\n2011 – Geneva: Switzerland (host and chair)\n2012 – Port Louis: Mauritius (host and chair)\n`, expect: ["ctry:mu", "forum:gfmd", "2012"] }],
    negative: [{ text: `${GFMD}\n\nPast meetings:\n2011 – Geneva: Switzerland (host and first chair ever)\n2012 – Port Louis: Mauritius (host and first chair ever)\n`, expect: ["ctry:mu", "forum:gfmd"] }],
  },
  {
    // titleLabel: rows before any heading, under a page title that says what they are.
    id: "title-label",
    type: "HOSTED",
    positive: [{ text: `South American Conference on Migration: the annual conferences\n\n${CSM}`, expect: ["ctry:cl", "forum:south-american-conference-on-migration-2001"] }],
    negative: [{ text: `South American Conference on Migration: a short history\n\n${CSM}`, expect: ["ctry:cl", "forum:south-american-conference-on-migration-2001"] }],
  },
  {
    // relate.ts rowMeeting: a row that names another series is that series' meeting, not the page's.
    id: "row-series",
    type: "HOSTED",
    positive: [{ text: `${PRAGUE}- 2013 – Budapest Process conference, Istanbul, Turkey\n`, expect: ["ctry:tr", "forum:budapest-process-2013"] }],
    negative: [{ text: `${PRAGUE}- 2013 – Budapest Process conference, Istanbul, Turkey\n`, expect: ["ctry:tr", "forum:prague-process-2013"] }],
  },
  {
    // placeCountry: "Rhodes (Greece)" is the venue's country; after a ";" it is a remark.
    id: "place-country",
    type: "HOSTED",
    positive: [{ text: "The Budapest Process\n\nThe Budapest Process is a consultative forum.\n\nPast meetings:\n- 1993, Budapest (Hungary)\n- 2003, Rhodes (Greece)\n", expect: ["ctry:gr", "forum:budapest-process-2003"] }],
    negative: [{ text: "The Budapest Process\n\nThe Budapest Process is a consultative forum.\n\nPast meetings:\n- 1993, Budapest (Hungary)\n- 2003, online; first planned for Rhodes (Greece)\n", expect: ["ctry:gr", "forum:budapest-process-2003"] }],
  },
];

import { entityId } from "../../src/ontology/ids.js";
import type { RelationType } from "../../src/ontology/ontology.js";
import type { PassageScan } from "./PassageScan.js";
import { analyse } from "./analysis.js";
import { leadIn } from "./leadIn.js";
import { listHeading } from "./listHeading.js";
import { isListRow } from "./listRow.js";
import { groupedListLabel } from "./countryGroups.js";
import { SEAT_DASH } from "./seatCountry.js";
import type { HeadingList } from "./rules/listRules.js";
import type { Passage } from "./types.js";

/** The relations whose rows are bodies by what the label says of them: members, partners, funders, supporters. */
const BODY_ROW_TYPES: ReadonlySet<RelationType> = new Set(["MEMBER_OF", "PARTICIPATES_IN", "PARTNERS_WITH", "SUPPORTS", "FUNDS"]);
/** The label says its rows are organisations, whatever else it lets a row be ("Member organisations", "Partner NGOs"). */
const BODY_LABEL = /\b(?:organi[sz]ations?|NGOs?|partners?|members?|associations?|institutions?|universities|centres|centers|foundations|agencies|charities)\b/i;
/** A bullet, dash or number opening a row. */
const BULLET = /^\s*(?:[-–•*·▪◦]|\d{1,2}[.)])\s+/;
/** What may close a row after its name: the body's acronym, its country or city, in brackets or after a comma. */
const ROW_TAIL = /(?:\s*\([^()]{1,60}\)|\s*,\s*\p{Lu}[\p{L}.'’ -]{1,40})+\s*$/u;
/** A place closing the row after a spaced dash ("— North Macedonia", " - the Netherlands"). */
const DASH_SEAT = new RegExp(String.raw`${SEAT_DASH}(\p{Lu}[\p{L}.'’ -]{1,40}?)\s*$`, "u");
/** Words a row of a directory never is: a class of bodies, a remark, a count. */
const NOT_A_BODY = /^(?:and|or|others?|etc|see|note|total|among|including|all|some|several|many|most|other|more|further|plus|the\s+(?:rest|others))\b|\b(?:members?|organi[sz]ations|ngos|states|countries|governments|agencies)$/i;

/**
 * A row of a list whose label says its rows are bodies ("Member organisations:", "Project partners:", a section
 * headed "Directory of member organisations") names an organization whatever its words: "Pro Asyl",
 * "asylkoordination oesterreich", "Stichting LOS (Netherlands)" (MEMBER_ROW_NAMES). Only a row that holds no other name
 * is read, and only a short one that is no clause: a row with a verb, a class of bodies or a remark names nothing.
 */
export class MemberRowNames {
  private open: { section: string | null } | null = null;

  constructor(
    private readonly passages: readonly Passage[],
    private readonly isPlace: (words: string) => boolean,
  ) {}

  /** Before a passage's names are read: whether the passage is a row of an open list of bodies (else it may open one). */
  enter(passage: Passage): boolean {
    const text = passage.text.trim();
    const row = passage.kind === "list-item" || (isListRow(passage.kind, text) && !/[.!?:]$/.test(text));
    if (this.open && (this.open.section !== passage.section || !row)) this.open = null;
    if (this.open) return true;
    // The section's heading says what its rows are; a directory printed by state, whose first state's line became a
    // heading, is under the heading before the states (countryGroups.ts).
    const grouped = groupedListLabel(this.passages, passage, (label) => this.isPlace(label));
    if (row && bodyRows(sectionLabel(grouped ?? passage.section))) return true;
    if (passage.sentences.length === 1 && bodyRows(labelOf(text))) this.open = { section: passage.section };
    return false;
  }
}

function sectionLabel(section: string | null | undefined): string | null {
  const label = section?.split(" › ").pop();
  return label ? `${label.replace(/\s*\([^)]*\)\s*$/, "")}:` : null;
}

/** The label a line closes with its colon, or a short line printed alone ("Partner organisations"). */
function labelOf(text: string): string | null {
  if (/:\s*$/.test(text)) return text;
  return text.length <= 60 && /^\p{Lu}[^.;:!?]*$/u.test(text) ? `${text}:` : null;
}

function bodyRows(label: string | null): boolean {
  if (!label || !BODY_LABEL.test(label)) return false;
  const read: HeadingList[] = (listHeading(label)?.list ?? leadIn(label)?.list ?? []) as HeadingList[];
  return read.some((l) => l.rows.includes("ORGANIZATION") && BODY_ROW_TYPES.has(l.type) && !l.rowsAreTargets);
}

/** The name a row holds, or null: the row without its bullet and its closing acronym, place or country. */
export function rowName(row: string, isPlace: (w: string) => boolean): { name: string; from: number } | null {
  const bullet = BULLET.exec(row)?.[0].length ?? 0;
  const body = row.slice(bullet).replace(/\s+$/, "");
  // "Legis — North Macedonia": a state after a spaced dash is the body's seat tag, as after a comma, not a word of its name.
  const tag = DASH_SEAT.exec(body);
  const untagged = tag && isPlace(tag[1]!) ? body.slice(0, tag.index) : body;
  const name = untagged.replace(ROW_TAIL, "").replace(/\.$/, (dot) => (/\b\p{L}\.\p{L}\.$/u.test(body) ? dot : ""));
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || !/^[\p{L}\d]/u.test(name) || /[;:!?"“”|\t]/.test(name) || /\d{4}/.test(name)) return null;
  if (NOT_A_BODY.test(name) || isPlace(name)) return null;
  // A lower-case row is a name only when none of its words is a small English word ("see the list below").
  if (/^\p{Ll}/u.test(name) && (words.length > 4 || words.some((w) => /^(?:the|a|an|of|for|and|or|to|in|on|with|by|from|is|are|was|were|see|below|above|list)$/i.test(w)))) return null;
  const { tokens } = analyse(name);
  if (tokens.some((t) => t.pos === "VERB" || t.pos === "AUX" || t.pos === "PRON" || (t.pos === "DET" && t.start > 0))) return null;
  return { name, from: bullet };
}

/** Reads the row's name as an organization where the passage is a row of a list of bodies and holds no name yet. */
export function memberRowName(scan: PassageScan): void {
  const { text } = scan;
  const row = rowName(text, scan.doc.isPlace);
  if (!row) return;
  const start = row.from + text.slice(row.from).indexOf(row.name);
  const end = start + row.name.length;
  const inside = scan.mentions.filter((m) => m.localStart < end && start < m.localEnd);
  // A state written as a word of the name ("Caritas Norden Danmark", "France terre d'asile") is no mention of its own
  // there: the row holds one name. A row holding another body's name, or only states and small words, is left alone.
  if (inside.some((m) => m.kind !== "COUNTRY")) return;
  // Under a state's own heading (a directory printed by state), the state in a row is the body's seat, as after a comma.
  const group = scan.passage.section?.split(" › ").pop();
  if (inside.some((m) => m.surface === group)) return;
  const rest = inside.reduceRight((s, m) => s.slice(0, m.localStart - start) + s.slice(m.localEnd - start), row.name);
  if (!/\p{L}{3,}/u.test(rest.replace(/\b(?:and|of|the|for|in)\b/g, ""))) return;
  if (inside.length > 0 && !scan.releaseWithin(start, end, "COUNTRY")) return;
  if (scan.overlaps(start, end)) return;
  const key = entityId("ORGANIZATION", row.name);
  if (!scan.doc.catalog.byId.has(key)) scan.discover({ key, kind: "ORGANIZATION", name: row.name, acronym: null, kindStated: true });
  scan.push({ localStart: start, localEnd: end, kind: "ORGANIZATION", key, method: "name-pattern", confidence: 0.6 });
}

const NETWORK = "Coastal Shelter Network\n\nThe Coastal Shelter Network links groups that house fishers after a wreck.\n\n";
/** Example pages (test/unit/memberRowNames.test.ts): `name` is an organization of the page, or is none. */
export const MEMBER_ROW_EXAMPLES: { positive: Array<{ text: string; name: string }>; negative: Array<{ text: string; name: string }> } = {
  positive: [
    { text: `${NETWORK}Member organisations:\n- Hafenhilfe Kiel\n- Kustwacht Ameland\n- Danish Seamen's Council\n`, name: "Hafenhilfe Kiel" },
    // A row in lower case, and a row closed by its country in brackets.
    { text: `${NETWORK}Members:\n  seemannsmission bremen\n  Pescadores Unidos (Chile)\n`, name: "seemannsmission bremen" },
    { text: `${NETWORK}Members:\n  seemannsmission bremen\n  Pescadores Unidos (Chile)\n`, name: "Pescadores Unidos" },
    // A state written as a word of the row's one name.
    { text: `Harbour Relief Project\n\nThe project ran shelters in three ports.\n\nProject partners\n- Hafenhilfe Norway\n- Kustwacht Ameland\n`, name: "Hafenhilfe Norway" },
    // A state after a spaced dash is the row's seat tag: the name stops before the dash.
    { text: `${NETWORK}Members:\n- Hafenwacht — North Macedonia\n- Seevolk – the Netherlands\n`, name: "Hafenwacht" },
    { text: `${NETWORK}Members:\n- Hafenwacht — North Macedonia\n- Seevolk – the Netherlands\n`, name: "Seevolk" },
    // A dash before words that are no place is left to the name.
    { text: `${NETWORK}Members:\n- Ankerhaus - Rat und Hilfe\n`, name: "Ankerhaus - Rat und Hilfe" },
  ],
  negative: [
    // A list of states, a class of bodies, a remark and a clause are no bodies' names.
    { text: `${NETWORK}Members:\n- Norway\n- several local associations\n- see the annual report\n`, name: "several local associations" },
    { text: `${NETWORK}Members:\n- Norway\n- Groups join by writing to us\n`, name: "Groups join by writing to us" },
    // Rows under a label that lists no bodies (countries of work, topics) stay unread.
    { text: `${NETWORK}Countries of work:\n- Hafenland Nord\n- Kustwacht Ameland\n`, name: "Kustwacht Ameland" },
    { text: `${NETWORK}Members:\n- Hafenwacht — North Macedonia\n- Seevolk – the Netherlands\n`, name: "Hafenwacht — North Macedonia" },
    { text: `${NETWORK}Main topics:\n- Hafenhilfe Kiel\n- Shelter Design\n`, name: "Hafenhilfe Kiel" },
  ],
};

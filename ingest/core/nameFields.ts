import type { EntityKind } from "../../src/ontology/ontology.js";
import { entityId } from "../../src/ontology/ids.js";
import { NAME_FIELDS } from "./nameFieldRules.js";
import type { PassageScan } from "./PassageScan.js";
import type { Mention, Passage } from "./types.js";
import { headKind } from "./headKind.js";
import { initialsMatch } from "./nameTrim.js";
import { typeValue } from "./typeField.js";
import { FIELD_LINE } from "./fieldLines.js";
import { NAMING_WORDS } from "./namingClause.js";
import { isCapitalsAcronym } from "./capitalsAcronym.js";
import { placeSubtitle } from "./headingSubtitle.js";

const alternation = (labels: string[]) => labels.map((l) => l.replace(/ /g, "\\s+")).join("|");
/** A field line's label and the value after it: "Short name:   MC2CM". */
const labelOf = (labels: string[]) => new RegExp(String.raw`^(?:${alternation(labels)})\s*:[ \t]*(?=\S)`);
const ALIAS = labelOf([...NAME_FIELDS.words.alias, ...NAME_FIELDS.words.former, ...NAME_FIELDS.words.languages.map((l) => `${l} name`)]);
const SUBJECT = labelOf(NAME_FIELDS.words.subjects);
/** Any field line: a short label in sentence case, a colon, a value (fieldLines.ts). */
const FIELD = FIELD_LINE;
/** What closes a name in a field's value: a bracket, a comma before a date or "until", a full stop. */
const NAME_END = /\s*(?:\(|,\s+(?:until|till|to|from|since|between|\d)|[.;]?$)/;
/** Small words a name may hold in lower case; any other lower-case word makes the value a phrase, not a name. */
const SMALL = /^(?:of|for|and|on|in|the|to|from|at|with|against|a|an|by|&|de|del|la|le|des|du|et|y|-|–)$/;

/** A naming clause closing a name field's value: "X (ACR), also called Y", ", formerly Y". */
const NAMING_CLAUSE = new RegExp(String.raw`^\s*(?:\([A-Z][\w&-]*\))?\s*,\s*${NAMING_WORDS}(?=[A-Z])`);
/** After the name on a heading line: nothing, or a colon, maybe after a bracket ("X (1969): parties A to M"). */
const HEADING_REST = /^\s*(?:\([^()]{1,30}\)\s*)?(?::|$)/;

interface Subject {
  key: string;
  kind: EntityKind;
}

const UNKNOWN: Subject = { key: "", kind: "INITIATIVE" };

/**
 * NAME_FIELDS (nameFieldRules.ts): "Short name: Y", "Also known as: Y", "Former name: Y" on a sheet's field lines
 * name the sheet's thing a second time. Each field line is a passage of its own; the reader keeps the subject its
 * block of fields is about, from a name field above, the heading line over the block, or the page's body.
 */
export class NameFields {
  private subject: Subject | null = null;
  private heading: Subject | null = null;
  private section: string | null | undefined;
  private readonly texts: Map<string, { before?: string; after?: string; type?: string }>;

  constructor(passages: readonly Passage[]) {
    // The block's "Type:" value, from the field lines that follow a line: what kind of thing a bare name is.
    const typeAfter = (i: number) => {
      for (let j = i + 1; j < passages.length && j <= i + 8 && FIELD.test(passages[j]!.text); j++) {
        const type = typeValue(passages[j]!.text);
        if (type !== undefined) return type;
      }
      return undefined;
    };
    this.texts = new Map(passages.map((p, i) => [p.id, { before: passages[i - 1]?.text, after: passages[i + 1]?.text, type: typeAfter(i) }]));
  }

  /**
   * "Name: Immigration, Refugees and Citizenship Canada" over "Type: federal department": a name no rule reads, typed
   * by its head noun or else by the block's "Type:" class noun, is the sheet's own body. Read only where a type says
   * what it is, so a value that is a person's or a place's name makes nothing.
   */
  private typedName(scan: PassageScan, start: number): Mention | undefined {
    const type = this.texts.get(scan.passage.id)?.type;
    const value = scan.text.slice(start).replace(/[\s.;]+$/, "");
    const bracket = /\s*\(([^()]+)\)$/.exec(value);
    const name = bracket ? value.slice(0, bracket.index) : value;
    if (!type || !isName(name) || name.split(/\s+/).length < 2 || scan.doc.isPlace(name)) return undefined;
    const kind = headKind(name) ?? headKind(classNoun(type));
    if (kind !== "ORGANIZATION" && kind !== "FORUM" && kind !== "INITIATIVE") return undefined;
    const end = start + name.length;
    const inside = scan.mentions.filter((m) => m.localStart < end && m.localEnd > start);
    if (inside.some((m) => m.kind !== "COUNTRY")) return undefined;
    const key = entityId(kind, name);
    if (scan.doc.catalog.byId.has(key)) return undefined;
    const acronym = bracket && isCapitalsAcronym(bracket[1]!) && initialsMatch(name, bracket[1]!) ? bracket[1]! : null;
    scan.discover({ key, kind, name, acronym });
    if (acronym) scan.doc.localAcronyms.set(`${scan.scope}|${acronym}`, { id: key, kind });
    return scan.push({ localStart: start, localEnd: end, kind, key, method: "name-pattern", confidence: 0.75 });
  }

  /** Reads one passage; `page` is the body the page or section is about, when a title or heading defines one. */
  read(scan: PassageScan, page: { id: string; kind: EntityKind } | null): void {
    const { text, passage } = scan;
    if (passage.section !== this.section) {
      this.section = passage.section;
      this.subject = null;
    }
    const around = this.texts.get(passage.id) ?? {};
    const inBlock = FIELD.test(text) && (FIELD.test(around.before ?? "") || FIELD.test(around.after ?? ""));
    const subjectField = inBlock ? SUBJECT.exec(text) : null;
    if (subjectField) {
      const named = longestAt(scan.mentions, subjectField[0].length) ?? this.typedName(scan, subjectField[0].length);
      // A name field the reader cannot read leaves the block's thing unknown: its short name is no other thing's.
      this.subject = named ? { key: named.key, kind: named.kind } : UNKNOWN;
      if (!named) return;
      // "Name: Instituto Nacional de Migración (National Migration Institute)": the name in another language.
      const other = /^\s\(([^()]+)\)\s*$/.exec(text.slice(named.localEnd));
      if (other && !isCapitalsAcronym(other[1]!) && other[1]!.includes(" ") && isName(other[1]!)) foldInto(scan, this.subject, other[1]!, named.localEnd + 2);
      // "Programme: X (ACR), also called Y": the value names its thing twice.
      const clause = NAMING_CLAUSE.exec(text.slice(named.localEnd));
      if (clause) foldItems(scan, this.subject, named.localEnd + clause[0].length);
      return;
    }
    const alias = inBlock ? ALIAS.exec(text) : null;
    if (!alias) {
      if (!inBlock) this.subject = null;
      // A line that is a name alone, over the block of fields, heads it: "Regional Migration Program: Mesoamerica".
      const first = !FIELD.test(text) && !/[.!?]\s/.test(text) && text.length < 160 ? longestAt(scan.mentions, 0) : undefined;
      const whole = first && (placeSubtitle(scan, first) ?? first);
      this.heading = whole && HEADING_REST.test(text.slice(whole.localEnd)) ? { key: whole.key, kind: whole.kind } : inBlock ? this.heading : null;
      return;
    }
    const subject = this.subject ?? this.heading ?? (page ? { key: page.id, kind: page.kind } : null);
    if (subject && subject !== UNKNOWN) foldItems(scan, subject, alias[0].length);
  }
}

/** Each name the passage's text gives from `at` to the line's end, parted by ";", folds into the subject. */
function foldItems(scan: PassageScan, subject: Subject, at: number): void {
  const { text } = scan;
  for (const item of text.slice(at).split(";")) {
    const lead = /^\s*(?:(?:the|or|also)\s+)*/.exec(item)![0];
    const rest = item.slice(lead.length);
    const end = NAME_END.exec(rest);
    const name = rest.slice(0, end ? end.index : rest.length).trim();
    const start = at + lead.length;
    at += item.length + 1;
    if (!isName(name)) continue;
    foldInto(scan, subject, name, start);
    // "Tinland Harbour Board (THB)": the old name's acronym is the body's too.
    const bracket = /^\s*\(([A-Z][A-Za-z0-9&-]+)\)/.exec(rest.slice(name.length));
    if (bracket && isCapitalsAcronym(bracket[1]!)) foldInto(scan, subject, bracket[1]!, start + rest.indexOf(bracket[1]!, name.length));
  }
}

/** A "Type:" value's class noun phrase, capitalised as a name: "federal department of the Government" → "Federal Department". */
function classNoun(type: string): string {
  const phrase = /^(?:a\s+|an\s+)?((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)(?=\s+(?:of|for|with|on|in|to|under|at)\b|[,;.(]|$)/.exec(type.trim().toLowerCase());
  return phrase ? phrase[1]!.replace(/(^|\s)([a-z])/g, (_m, sp: string, c: string) => sp + c.toUpperCase()) : "";
}

/** The longest mention, not of a state, that starts at `start`. */
function longestAt(mentions: readonly Mention[], start: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) if (m.localStart === start && m.kind !== "COUNTRY" && (!best || m.localEnd > best.localEnd)) best = m;
  return best;
}

/** A name: capitalised, twelve words at most, no lower-case word but the small ones ("Qudra 1", "Citizenship and Immigration Canada"). */
function isName(name: string): boolean {
  const words = name.split(/\s+/);
  return /^[\p{Lu}0-9]/u.test(name) && words.length <= 12 && words.every((w) => /^[\p{Lu}0-9(]/u.test(w) || SMALL.test(w));
}

/**
 * The name written at `start` becomes the subject's: a mention the passage reads there folds into it; an acronym not yet
 * read is bound to it for the rest of the chapter; any other name is discovered as an alias of it. A catalog entity of
 * its own stays itself: the sheet's line does not make two known bodies one.
 */
function foldInto(scan: PassageScan, subject: Subject, name: string, start: number): void {
  const { catalog, discovered, localAcronyms } = scan.doc;
  const end = start + name.length;
  const read = scan.mentions.find((m) => m.localStart === start && m.localEnd === end && m.kind !== "COUNTRY");
  if (read) {
    const entry = read.key !== subject.key && !catalog.byId.has(read.key) ? discovered.get(read.key) : undefined;
    if (entry && !entry.isEvent) entry.sameAs = subject.key;
    return;
  }
  // Names read inside the alias ("OAU" in "OAU Convention", "Canada" in "Citizenship and Immigration Canada") give way
  // to it as they do to a title field's value; a state stays a mention of its own. One reaching outside it blocks it.
  const inside = scan.mentions.filter((m) => m.localStart < end && m.localEnd > start);
  if (inside.some((m) => m.localStart < start || m.localEnd > end) || scan.doc.isPlace(name)) return;
  for (const m of inside) if (m.kind !== "COUNTRY") scan.mentions.splice(scan.mentions.indexOf(m), 1);
  const own = discovered.get(subject.key);
  if (isCapitalsAcronym(name) || !name.includes(" ")) {
    if (catalog.byId.has(entityId(subject.kind, name))) return;
    const bound = localAcronyms.get(`${scan.scope}|${name}`);
    if (bound && bound.id !== subject.key) return;
    localAcronyms.set(`${scan.scope}|${name}`, { id: subject.key, kind: subject.kind });
    if (own && !own.acronym && isCapitalsAcronym(name)) {
      own.acronym = name;
      scan.push({ localStart: start, localEnd: end, kind: subject.kind, key: subject.key, method: "acronym-definition", confidence: 0.85 });
      return;
    }
  }
  const key = entityId(subject.kind, name);
  if (key === subject.key || catalog.byId.has(key)) return;
  scan.discover({ key, kind: subject.kind, name, acronym: null, sameAs: subject.key });
  scan.push({ localStart: start, localEnd: end, kind: subject.kind, key, method: "name-pattern", confidence: 0.75 });
}

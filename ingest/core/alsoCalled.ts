import { entityId } from "../../src/ontology/ids.js";
import { bracketOtherName } from "./bracketOtherName.js";
import { headWord } from "./headKind.js";
import type { PassageScan } from "./PassageScan.js";
import type { Mention } from "./types.js";

/**
 * "(or, simply, the Y)", "(or simply Y)", "(hereafter Y)": Y is a short name of the name before; "(now the Y)" and
 * "(today's Y)": its new name.
 */
const ALSO = /^\s*\((or,?\s+simply,?|hereafter(?:\s+referred\s+to\s+as)?|now|today['’]s)\s+(?:the\s+)?([A-Z0-9][^()]{1,80}?)\)/;
/**
 * ", which also goes by the name Y", ", also known as Y", "(also called Y)", ", otherwise known as Y", ", formerly
 * (known as) Y", "(previously (known as) Y)", ", the former Y,", ", (usually) shortened to Y,": a second name
 * stated in a clause of its own after the name; so do ", usually/commonly/generally called (known as) Y", where a
 * second name may follow ("Y or Z"). Y must be a name the passage reads there (a capitalised run); the clause needs its
 * comma or bracket, so "IOM also called the Conference to order" is a verb, not a naming.
 */
const ALSO_KNOWN = /^\s*[,(]\s*(?:which\s+(?:is\s+|was\s+)?)?(?:(?:also|otherwise|better|(?:more\s+)?(?:usually|commonly|generally|widely|often))\s+(?:known\s+as|referred\s+to\s+as|goes\s+by\s+the\s+name(?:\s+of)?|went\s+by\s+the\s+name(?:\s+of)?|called)|(?:formerly|previously)(?:\s+known\s+as|\s+called)?|the\s+former|(?:(?:usually|often|commonly)\s+)?(?:shortened|abbreviated)\s+to)\s+(?:the\s+)?(?=[A-Z])/;
/** A date a founding is told on: "in 1974", "on 3 May 1999", "in May 1999". */
const FOUNDING_DATE = String.raw`(?:(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}\s+)?`;
const FOUNDING_VERB = String.raw`(?:founded|established|created|set\s+up|formed)`;
/**
 * FOUNDED_AS (foundedAsRule.ts): "X was founded (in 1974) as the Y", "X, set up in 1990 as the Y": Y is X's founding
 * name. Without "was" the participle needs its comma ("X, founded …"); a plural "were" tells of something else than the
 * body named just before it ("grants from X were set up as the Y").
 */
const FOUNDED_AS = new RegExp(String.raw`^(?:\s*,\s*(?:(?:which|that)\s+)?(?:was\s+)?|\s+was\s+)(?:first\s+|originally\s+)?${FOUNDING_VERB}\s+${FOUNDING_DATE}as\s+(?:the\s+)?(?=[A-Z])`);
/** A profile's field line "Founded: 1974, as the Y": the founding name of the body the section or page is about. */
const FOUNDED_FIELD = /^[ \t]*(?:Founded|Established|Created|Set up|Formed)[ \t]*:[ \t]*(?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4},? +as +(?:the +)?(?=[A-Z])/gm;
/** An acronym in brackets right after a name: "(ECAFE)". */
const BRACKET_ACRONYM = String.raw`(?:\s*\([A-Z][\w-]*\))?`;
/**
 * RENAMED (renamedRule.ts): a clause after the old name gives the new one. "X, renamed (the) Y (in 1997)", "X (later
 * retitled Y)", "X, which was renamed Y", "X was renamed Y", "X changed its name to Y".
 */
const RENAMED_TO = new RegExp(String.raw`^${BRACKET_ACRONYM}(?:\s*[,(]\s*(?:which\s+was\s+)?|\s+(?:was|had\s+been|has\s+been)\s+)(?:(?:later|since|subsequently|then)\s+)?(?:(?:renamed|retitled)(?:\s+as)?|changed\s+its\s+(?:name|title)\s+to)\s+(?:the\s+)?(?=[A-Z])|^${BRACKET_ACRONYM}\s+changed\s+its\s+(?:name|title)\s+to\s+(?:the\s+)?(?=[A-Z])`);
/** "X, as Y was called until 1974": X is the name Y went by before. */
const AS_WAS_CALLED = new RegExp(String.raw`^${BRACKET_ACRONYM}\s*[,(]\s*as\s+(?:the\s+)?(?=[A-Z])`);
const WAS_CALLED_UNTIL = /^\s+(?:was|had\s+been)\s+(?:called|known|named)\s+(?:until|till|before|up\s+to)\s/;
/** "X, (which was) called Y until 1974", "X (known as Y before 1974)": Y is X's name before then. */
const CALLED_UNTIL = new RegExp(String.raw`^${BRACKET_ACRONYM}\s*[,(]\s*(?:which\s+was\s+)?(?:called|known\s+as|named)\s+(?:the\s+)?(?=[A-Z])`);
/** "X, known until 2016 as Y", "X (called before 1974 the Y)": the date comes before the old name. */
const KNOWN_UNTIL_AS = new RegExp(String.raw`^${BRACKET_ACRONYM}\s*[,(]\s*(?:which\s+was\s+)?(?:called|known|named)\s+(?:until|till|before|up\s+to)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4},?\s+(?:as\s+)?(?:the\s+)?(?=[A-Z])`);
/**
 * "X, now (the) Y, …": an old name and the name it goes by today, set off by commas. Y must be a body's whole name the
 * passage reads right after "now" and its clause must close there, so "X, now part of Y" and "X, now chaired by Y" are
 * no renaming.
 */
const COMMA_NOW = new RegExp(String.raw`^${BRACKET_ACRONYM}\s*,\s*now\s+(?:the\s+)?(?=[A-Z])`);
/**
 * "X, known today as Y,", "X (now known as Y)", "X, which is today known as Y,", "X, which later became the Y,": the
 * name X goes by today. Y must close its clause, so "which became a member of Y" and "which became part of Y" (no
 * capital after "became") and "which became the Y's partner" are no renaming.
 */
const KNOWN_TODAY = new RegExp(String.raw`^${BRACKET_ACRONYM}\s*[,(]\s*(?:(?:(?:which|that)\s+(?:is\s+)?)?(?:(?:now|today)\s+known\s+as|known\s+(?:today|now)\s+as)|(?:which|that)\s+(?:(?:later|then|eventually|subsequently)\s+)?became)\s+(?:the\s+)?(?=[A-Z])`);
/** A project that grew into a network or a body keeps one id under today's name: "Project" to "International". */
const RENAMED_KINDS: ReadonlySet<string> = new Set(["ORGANIZATION", "FORUM", "INITIATIVE"]);
/** "… was reworked, and in 1997 its title changed to Y": the new name of the one body of Y's kind the text just named. */
const ITS_NEW_NAME = /\bits\s+(?:name|title)\s+(?:was\s+)?changed\s+to\s+(?:the\s+)?(?=[A-Z])/g;
const UNTIL_AFTER = /^\s+(?:until|till|before|up\s+to)\s+(?:\d{4}|its|the)\b/;
/** "X was known as Y until …", "X was called Y until …", "X went by Y until …": Y is X's name before then. */
const WAS_KNOWN_AS = new RegExp(String.raw`^${BRACKET_ACRONYM}\s+(?:(?:was|had\s+been)\s+(?:(?:first|originally|formerly)\s+)?(?:called|known\s+as|named)|went\s+by)\s+(?:the\s+)?(?=[A-Z])`);
/** The old name, maybe with its spelled-out form in brackets ("ACR (Old Full Name)"), then "until" and the change. */
const UNTIL_CLAUSE = /^(?:\s*\([^()]{2,90}\))?\s+(?:until|till)\s+\S/;

/** The second name closes its clause: a comma, a bracket, a full stop or its acronym in brackets follows. */
const CLAUSE_END = /^\s*(?:[,;.)]|\([A-Z][\w-]*\)|$)/;
/** "Y or Z": a second name of the pair follows Y. */
const OR_NEXT = /^\s+or\s+(?:the\s+)?(?=[A-Z])/;
/** Z as capitalised words closing the clause. */
const OR_RUN = /^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}\s*(?:[,;.)]|$)/;

/**
 * Step 4b of recognition (ALSO_CALLED in identityRules.ts): a name followed by another name of it in
 * brackets. The two mentions stay where they are; the discovered side records `sameAs`, which resolve
 * reads as identity. "(now part of Y)" is no renaming: Y must follow "now" or "now the" directly. A name of the same
 * head word alone in the brackets ("X Institute for Y (Z Institute)") is a short name of the one before it.
 */
export function alsoCalled(scan: PassageScan, subject?: string | null): void {
  const { text, mentions } = scan;
  const { catalog, discovered } = scan.doc;
  if (subject) foundedField(scan, subject);
  itsNewName(scan);
  for (const x of [...mentions]) {
    if (x.kind === "COUNTRY") continue;
    const founded = FOUNDED_AS.exec(text.slice(x.localEnd, x.localEnd + 80));
    if (founded) {
      foundingName(scan, x.key, x.localEnd + founded[0].length);
      continue;
    }
    if (readRenaming(scan, x)) continue;
    const known = ALSO_KNOWN.exec(text.slice(x.localEnd, x.localEnd + 80));
    if (known) {
      // The second name is the mention that starts where the clause ends; it folds into the name written first.
      // "…, usually called Y or Z,": each of the two names, the last one closing the clause.
      const at = (start: number, end: RegExp) => mentions.find((o) => o.localStart === start && o.kind === x.kind && o.key !== x.key && end.test(text.slice(o.localEnd, o.localEnd + 40)));
      const y = at(x.localEnd + known[0].length, CLAUSE_END);
      const first = y ?? at(x.localEnd + known[0].length, OR_NEXT);
      const or = !y && first ? OR_NEXT.exec(text.slice(first.localEnd, first.localEnd + 40)) : null;
      const z = first && or ? at(first.localEnd + or[0].length, CLAUSE_END) : undefined;
      // Z need not be read as a name of its own ("Y or Y-ACR"): a capitalised run closing the clause will do.
      const zRun = first && or && !z && OR_RUN.test(text.slice(first.localEnd + or[0].length, first.localEnd + or[0].length + 60));
      for (const o of z ? [first, z] : zRun ? [first] : y ? [y] : []) {
        const entry = o && !catalog.byId.has(o.key) ? discovered.get(o.key) : undefined;
        if (entry) entry.sameAs = x.key;
      }
      continue;
    }
    // "Research Institute for Coastal Change (HERON Institute)": a name alone in the brackets with the same head word
    // is a short name of the one before it, as an acronym there would be.
    if (/^\s\($/.test(text.slice(x.localEnd, x.localEnd + 2))) {
      const y = mentions.find((o) => o.localStart === x.localEnd + 2 && o.kind === x.kind && o.key !== x.key && text[o.localEnd] === ")");
      const entry = y && !catalog.byId.has(y.key) ? discovered.get(y.key) : undefined;
      const head = entry && entry.name.split(/\s+/).length > 1 ? headWord(entry.name)?.toLowerCase() : undefined;
      if (entry && head && head === headWord(text.slice(x.localStart, x.localEnd))?.toLowerCase()) {
        entry.sameAs = x.key;
        continue;
      }
    }
    if (bracketShortNames(scan, x)) continue;
    // "X (Y, ACR)": a second full name of the same head word and the acronym (bracketOtherName.ts).
    if (bracketOtherName(scan, x)) continue;
    const m = ALSO.exec(text.slice(x.localEnd, x.localEnd + 120));
    if (!m) continue;
    const renamed = m[1] === "now" || m[1]!.startsWith("today");
    const yName = m[2]!.trim();
    const yStart = x.localEnd + m[0].lastIndexOf(m[2]!);
    let y = mentions.find((o) => o.localStart === yStart && o.localEnd === yStart + yName.length);
    if (!y) {
      if (scan.overlaps(yStart, yStart + yName.length) || yName.split(/\s+/).length > 12) continue;
      const key = entityId(x.kind, yName);
      if (!catalog.byId.has(key)) scan.discover({ key, kind: x.kind, name: yName, acronym: null });
      y = scan.push({ localStart: yStart, localEnd: yStart + yName.length, kind: x.kind, key, method: "name-pattern", confidence: 0.7 });
    }
    // The other name of the pair folds into the one the text gives as the name: the new one, or the full one.
    const [aliasSide, nameSide] = renamed ? [x, y] : [y, x];
    if (aliasSide.key === nameSide.key) continue;
    const entry = discovered.get(aliasSide.key);
    if (entry) entry.sameAs = nameSide.key;
  }
}

/**
 * RENAMED: an old name and the new one the clause after it gives are one body under the new name. Either side may be
 * the catalog's; the discovered side folds. "replaced", "succeeded" and "its predecessor" are no renaming: two bodies.
 */
function readRenaming(scan: PassageScan, x: Mention): boolean {
  const { text, mentions } = scan;
  const after = text.slice(x.localEnd, x.localEnd + 120);
  const at = (m: RegExpExecArray | null) => (m ? mentions.find((o) => o.localStart === x.localEnd + m[0].length && sameKindOfBody(o.kind, x.kind) && o.key !== x.key) : undefined);
  const to = RENAMED_TO.exec(after);
  const newName = at(to);
  if (newName && /^\s*(?:[,;.)]|\([A-Z][\w-]*\)|in\s+\d{4}\b|$)/.test(text.slice(newName.localEnd, newName.localEnd + 40))) return fold(scan, x, newName);
  const as = at(AS_WAS_CALLED.exec(after));
  if (as && WAS_CALLED_UNTIL.test(text.slice(as.localEnd, as.localEnd + 40))) return fold(scan, x, as);
  const old = at(CALLED_UNTIL.exec(after));
  if (old && UNTIL_AFTER.test(text.slice(old.localEnd, old.localEnd + 40))) return fold(scan, old, x);
  const dated = at(KNOWN_UNTIL_AS.exec(after));
  if (dated && CLAUSE_END.test(text.slice(dated.localEnd, dated.localEnd + 40))) return fold(scan, dated, x);
  // "X was known as ACR (Old Full Name) until …": the old name is the acronym or, when that names nothing yet, the bracketed full name.
  const was = WAS_KNOWN_AS.exec(after);
  if (was) {
    const from = x.localEnd + was[0].length;
    const acronym = /^[A-Z][A-Za-z0-9-]{1,11}\s+\(/.exec(text.slice(from, from + 14));
    const starts = acronym ? [from, from + acronym[0].length] : [from];
    const old = mentions.find((o) => starts.includes(o.localStart) && sameKindOfBody(o.kind, x.kind) && o.key !== x.key);
    const rest = old ? text.slice(old.localEnd, old.localEnd + 120) : "";
    if (old && (UNTIL_CLAUSE.test(rest) || (old.localStart > from && /^\)\s+(?:until|till)\s+\S/.test(rest)))) return fold(scan, old, x);
  }
  const known = KNOWN_TODAY.exec(after);
  const today = known ? mentions.find((o) => o.localStart === x.localEnd + known[0].length && o.key !== x.key && RENAMED_KINDS.has(o.kind) && RENAMED_KINDS.has(x.kind)) : undefined;
  if (today && /^\s*(?:[,;.)]|\([A-Z][\w-]*\)|in\s+\d{4}\b|$)/.test(text.slice(today.localEnd, today.localEnd + 40))) return fold(scan, x, today);
  const now = at(COMMA_NOW.exec(after));
  if (now && /^\s*(?:[,;.)]|\([A-Z][\w-]*\)|$)/.test(text.slice(now.localEnd, now.localEnd + 40))) return fold(scan, x, now);
  return false;
}

/**
 * RENAMED with the old name told before: "its title changed to Y" renames the one body of Y's kind named earlier in
 * that sentence or the one before it; with any other body there, of whatever kind, "its" is unclear and nothing folds.
 */
function itsNewName(scan: PassageScan): void {
  const { text, mentions } = scan;
  if (!/\bits\s+(?:name|title)\s/.test(text)) return;
  for (const m of text.matchAll(ITS_NEW_NAME)) {
    const y = mentions.find((o) => o.localStart === m.index + m[0].length && o.kind !== "COUNTRY");
    if (!y || !/^\s*(?:[,;.)]|\([A-Z][\w-]*\)|in\s+\d{4}\b|$)/.test(text.slice(y.localEnd, y.localEnd + 40))) continue;
    const sentence = text.lastIndexOf(". ", m.index);
    const from = sentence < 0 ? 0 : Math.max(0, text.lastIndexOf(". ", sentence - 1));
    const earlier = new Map(mentions.filter((o) => o.localStart >= from && o.localEnd <= m.index && o.key !== y.key && o.kind !== "COUNTRY").map((o) => [o.key, o]));
    const only = earlier.size === 1 ? [...earlier.values()][0]! : undefined;
    if (only && only.kind === y.kind) fold(scan, only, y);
  }
}

/** A renamed body may change its head noun ("Group" to "Council"): a forum and an organization may be one body renamed. */
const BODY_KINDS: ReadonlySet<string> = new Set(["ORGANIZATION", "FORUM"]);
const sameKindOfBody = (a: string, b: string) => a === b ? a !== "COUNTRY" : BODY_KINDS.has(a) && BODY_KINDS.has(b);

/** The old name folds into the new one; when the old one is the catalog's, the new discovered one folds into it. */
function fold(scan: PassageScan, oldName: Mention, newName: Mention): boolean {
  const { catalog, discovered } = scan.doc;
  const [from, into] = catalog.byId.has(oldName.key) ? [newName, oldName] : [oldName, newName];
  const entry = catalog.byId.has(from.key) ? undefined : discovered.get(from.key);
  if (!entry || entry.isEvent) return false;
  entry.sameAs = into.key;
  return true;
}

/**
 * The founding name that starts at `at` folds into the body `key` names today: it takes that body's kind, whatever its
 * own head word ("Consultation") suggests. A state, a catalog entity or a name running on past its clause is none.
 */
function foundingName(scan: PassageScan, key: string, at: number): void {
  const y = scan.mentions.find((o) => o.localStart === at && o.kind !== "COUNTRY" && o.key !== key && CLAUSE_END.test(scan.text.slice(o.localEnd, o.localEnd + 40)));
  const entry = y && !scan.doc.catalog.byId.has(y.key) ? scan.doc.discovered.get(y.key) : undefined;
  if (entry && !entry.isEvent) entry.sameAs = key;
}

/** "Founded: 1974, as the Y" on a field line of its own, under the body `subject` that the section or page is about. */
function foundedField(scan: PassageScan, subject: string): void {
  for (const field of scan.text.matchAll(FOUNDED_FIELD)) foundingName(scan, subject, field.index + field[0].length);
}

/**
 * "the Lake Fisheries Pact (LAKEPACT; Pact for Lakes II)", "the Harbour Skills Fund (also HSF Plus)": a bracket of short
 * names, parted by ";" or opened by "also", after a programme's or body's name gives the names it goes by. An item is a
 * short name when it is a few capitalised words with an upper-case word among them ("HSF Plus", "Pact for Lakes II"),
 * not a place, and not the whole of another name the passage reads there (a funder's acronym, "(IOM; also UNHCR)").
 * Each item folds into the name before the bracket; one the passage reads as a name of its own keeps its mentions,
 * which fold with it.
 */
function bracketShortNames(scan: PassageScan, x: Mention): boolean {
  const { text, mentions } = scan;
  const { catalog, discovered } = scan.doc;
  if (x.kind === "COUNTRY" || !/^\s\(/.test(text.slice(x.localEnd, x.localEnd + 2))) return false;
  const inner = /^\s\(([^()]{2,120})\)/.exec(text.slice(x.localEnd));
  const items = inner ? shortNameItems(inner[1]!) : null;
  if (!items) return false;
  const open = x.localEnd + 2;
  const spans = items.map((it) => ({ ...it, start: open + it.at, end: open + it.at + it.name.length }));
  // A place, or another name read over the whole item, makes the bracket something else (partners, countries).
  if (spans.some((s) => scan.doc.isPlace(s.name) || mentions.some((o) => o.localStart === s.start && o.localEnd === s.end && (o.kind !== x.kind || catalog.byId.has(o.key))))) return false;
  for (const s of spans) {
    const y = mentions.find((o) => o.localStart === s.start && o.localEnd === s.end && o.kind === x.kind);
    if (y) {
      const entry = y.key !== x.key ? discovered.get(y.key) : undefined;
      if (entry) entry.sameAs = x.key;
      continue;
    }
    const key = entityId(x.kind, s.name);
    if (key === x.key || catalog.byId.has(key)) continue;
    scan.discover({ key, kind: x.kind, name: s.name, acronym: null, sameAs: x.key });
    if (!scan.overlaps(s.start, s.end)) scan.push({ localStart: s.start, localEnd: s.end, kind: x.kind, key, method: "name-pattern", confidence: 0.7 });
  }
  return true;
}

/** A short name: up to six words, the first capitalised, one of them an upper-case word of two letters or more. */
const SHORT_NAME = /^(?=(?:\S+\s+){0,5}\S+$)(?=.*\b[A-Z][A-Z0-9-]{1,}\b)[A-Z0-9][\w\-’'+]*(?:\s+[\w\-’'+]+)*$/;

/** The short names a bracket's text gives, with where each starts in it; null unless parted by ";" or opened by "also". */
export function shortNameItems(inner: string): Array<{ name: string; at: number }> | null {
  if (!inner.includes(";") && !/^also\s/.test(inner)) return null;
  const out: Array<{ name: string; at: number }> = [];
  let at = 0;
  for (const part of inner.split(";")) {
    const lead = /^\s*(?:(?:also|or)\s+)?/.exec(part)![0];
    const name = part.slice(lead.length).trimEnd();
    if (!SHORT_NAME.test(name)) return null;
    out.push({ name, at: at + lead.length });
    at += part.length + 1;
  }
  return out;
}

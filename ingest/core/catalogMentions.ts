import type { Catalog } from "../catalog/catalog.js";
import { addressSpans, catalogAttachment } from "./catalogAttachment.js";
import { countryOffice, definedAcronymOffice } from "./countryOffice.js";
import { YEAR_AFTER } from "./meetings.js";
import { NAME_PREFIX, NOT_NAMES, PREFIX_OFFICES } from "./nameRules.js";
import { isAcronymSurface } from "./nameShapes.js";
import { inCityName } from "./cityStateName.js";
import { inFeatureName } from "./featureNames.js";
import type { MatchToken } from "./matchTokens.js";
import type { PassageScan } from "./PassageScan.js";

const NAME_PREFIXES = new Set(NAME_PREFIX.words);
/** "the UN Secretary-General" (or "Secretary General"): the prefix's own chief officer's title, not a possessive of it (PREFIX_OFFICES). */
const PREFIX_OFFICE = new RegExp(String.raw`^\s+(?:${PREFIX_OFFICES.words.map((w) => w.replace(/[-\s]/g, "[-\\s]")).join("|")})\b(?![-’'])`);
const COLLECTIVE = new RegExp(`^(?:[-\\s]+(?:${NOT_NAMES.words.filter((w) => !w.endsWith("-")).join("|")})\\b|-wide\\b)`);
/** "UNHCR funds the X", "IOM partners with Y": a collective noun that is also a verb, with its object after it (NOT_NAMES). */
const VERB_READING = /^\s+(?:funds|partners)\s+(?:(?:the|a|an|with)\s|[A-Z])/;

/**
 * Step 2 of recognition: catalog forms (longest match over spelling-folded words, acronyms
 * case-sensitive), read through the acronyms the chapter defined; then those local acronyms the
 * catalog does not know, word by word. Every catalog hit is kept in `scan.hits` for the later steps.
 */
export function catalogMentions(scan: PassageScan): void {
  const { text, scope, tokens, hits } = scan;
  const { catalog, matcher, localAcronyms } = scan.doc;
  const addresses = addressSpans(text);
  for (const match of matcher.findAll(text, tokens, true)) {
    if (scan.overlaps(match.start, match.end)) continue;
    if (addresses.some(([a, b]) => match.start < b && a < match.end)) continue;
    const surface = text.slice(match.start, match.end);
    // "UN agencies", "the UN system", "IOM partners": the name modifies a collective noun.
    if (catalog.byId.get(match.entityId)?.kind === "ORGANIZATION" && COLLECTIVE.test(text.slice(match.end, match.end + 24)) && !VERB_READING.test(text.slice(match.end, match.end + 24))) continue;
    // "the EC–UN supported programme": half of a compound modifier, not an actor.
    if (catalog.byId.get(match.entityId)?.kind === "ORGANIZATION" && /\p{L}[–-]$/u.test(text.slice(Math.max(0, match.start - 2), match.start)) && /^\s+[a-z]/.test(text.slice(match.end, match.end + 2))) continue;
    // "the UN Migrant Workers Convention": a name prefix, not a mention of the UN itself.
    if (NAME_PREFIXES.has(surface) && /^[\s\-–]+[A-Z]/.test(text.slice(match.end, match.end + 3)) && !/^[\s\-–]+[A-Z][\p{L}]*[.,;:)]/u.test(text.slice(match.end, match.end + 30)) && !PREFIX_OFFICE.test(text.slice(match.end, match.end + 40))) {
      continue;
    }
    // "SADC-NGO" defined on the page for "SADC Council of Non-Governmental Organisations (SADC-NGO)": the catalog
    // acronym opening a hyphenated acronym of the document's own is a word of that acronym, no mention of its own.
    const joined = /^[-–][A-Z][\p{L}\d]*/u.exec(text.slice(match.end, match.end + 16));
    if (joined && localAcronyms.has(`${scope}|${surface}${joined[0]}`)) continue;
    const local = localAcronyms.get(`${scope}|${surface}`);
    const entity = catalog.byId.get(match.entityId)!;
    // "Lake Chad", "the Gulf of Guinea": a place named after the state, not the state (featureNames.ts).
    if (entity.kind === "COUNTRY" && inFeatureName(text.slice(Math.max(0, match.start - 16), match.start))) continue;
    // "Port of Spain", "Benin City": a city of another state named after the state (cityStateName.ts).
    if (entity.kind === "COUNTRY" && inCityName(text, match.start, match.end, match.entityId, catalog.cities)) continue;
    // "UNICEF Philippines": the body's office in that country, a name of its own (countryOffice.ts); where the two words
    // are no name of their own ("the EU Turkey statement") the country is folded into the body's mention (COUNTRY_OFFICES).
    const before = hits[hits.length - 1];
    if (entity.kind === "COUNTRY" && before && before.kind === "ORGANIZATION" && before.end + 1 === match.start && text[before.end] === " " && isAcronymSurface(text.slice(before.start, before.end))) {
      const body = scan.mentions.find((x) => x.localStart === before.start && x.localEnd === before.end);
      const span = scan.taken.find(([a, b]) => a === before.start && b === before.end);
      if (body && span && body.method === "catalog" && countryOffice(scan, body, match)) {
        before.end = match.end;
        continue;
      }
      if (body && span) {
        body.localEnd = span[1] = before.end = match.end;
        body.surface = text.slice(body.localStart, body.localEnd);
        continue;
      }
    }
    // "the Population Division of ECLAC", "the Global Forum on Remittances": the words around decide (catalogAttachment.ts).
    const attached = local ? local.id : catalogAttachment(scan, match, entity);
    if (attached === null) continue;
    const id = attached;
    const kind = local?.kind ?? catalog.byId.get(attached)!.kind;
    const mention = scan.push({ localStart: match.start, localEnd: match.end, kind, key: forumEvent(id, text, match.end, catalog), method: "catalog", confidence: 0.95 });
    hits.push({ start: mention.localStart, end: mention.localEnd, id: mention.key, kind });
  }
  // Locally defined acronyms that the catalog does not know, found word by word.
  if (localAcronyms.size > 0) {
    const defined = definedWords(localAcronyms);
    for (const [i, first] of tokens.entries()) {
      const token = hyphenated(tokens, i, text, defined) ?? first;
      if (!defined.has(token.text)) continue;
      const target = localAcronyms.get(`${scope}|${token.text}`);
      if (!target || catalogHasForm(catalog, token.text) || scan.overlaps(token.start, token.end)) continue;
      // "the fourth RCEP Summit": a treaty's acronym opening a meeting's name names the parties' meetings, which the
      // meeting readers build as a series of their own; the treaty is no mention there.
      if (target.kind === "CONVENTION" && TREATY_MEETING_AFTER.test(text.slice(token.end, token.end + 24))) continue;
      const mention = scan.push({ localStart: token.start, localEnd: token.end, kind: target.kind, key: target.id, method: "acronym-definition", confidence: 0.85 });
      definedAcronymOffice(scan, mention); // "JRS USA": the office of a page-defined body in a country (countryOffice.ts)
      // A page-defined acronym owns a name it opens ("the CSG Skills Scheme") as a catalog one does (DEFINED_ACRONYM_PREFIX).
      hits.push({ start: mention.localStart, end: mention.localEnd, id: mention.key, kind: target.kind });
    }
  }
}

/** A meeting's head right after a treaty's acronym: "RCEP Summit", "CPTPP Commission meeting". */
const TREATY_MEETING_AFTER = /^\s+(?:Summits?|Ministerial|Meetings?|Conferences?|Leaders['’]?)\b/;

/** "GFMD … 2010" within a few words becomes the GFMD 2010 meeting, when the catalog knows it. */
function forumEvent(id: string, text: string, end: number, catalog: Catalog): string {
  const entity = catalog.byId.get(id);
  if (!entity || entity.kind !== "FORUM" || entity.isEvent) return id;
  const year = YEAR_AFTER.exec(text.slice(end, end + 50))?.[1];
  if (!year) return id;
  const event = `${id}-${year}`;
  return catalog.byId.get(event)?.isEvent ? event : id;
}

/**
 * The acronyms the document has defined so far, in any chapter (keys are "<chapter>|<acronym>", or the bare acronym):
 * most tokens are none of them, and need no chapter key built. The map only grows, so its size tells when to re-read it.
 */
const definedCache = new WeakMap<Map<string, unknown>, { size: number; words: Set<string> }>();
/**
 * "eu-LISA", "sea-TRACK": an acronym written with a hyphen is one word of the text, though the matcher's tokens part
 * it; the run of tokens from `i` joined by hyphens alone that spells a defined acronym, or null.
 */
function hyphenated(tokens: readonly MatchToken[], i: number, text: string, defined: ReadonlySet<string>): { text: string; start: number; end: number } | null {
  let end = tokens[i]!.end;
  for (let j = i + 1; j < tokens.length && j <= i + 2 && text[end] === "-" && tokens[j]!.start === end + 1; j++) {
    end = tokens[j]!.end;
    const written = text.slice(tokens[i]!.start, end);
    if (defined.has(written)) return { text: written, start: tokens[i]!.start, end };
  }
  return null;
}

function definedWords(localAcronyms: Map<string, unknown>): Set<string> {
  let cached = definedCache.get(localAcronyms);
  if (!cached || cached.size !== localAcronyms.size) {
    cached = { size: localAcronyms.size, words: new Set([...localAcronyms.keys()].map((k) => k.slice(k.lastIndexOf("|") + 1))) };
    definedCache.set(localAcronyms, cached);
  }
  return cached.words;
}

const formCache = new WeakMap<Catalog, Set<string>>();
export function catalogHasForm(catalog: Catalog, text: string): boolean {
  let set = formCache.get(catalog);
  if (!set) {
    set = new Set(catalog.entities.flatMap((e) => e.forms.map((f) => f.text)));
    formCache.set(catalog, set);
  }
  return set.has(text);
}

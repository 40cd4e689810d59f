import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import type { Catalog } from "../catalog/catalog.js";
import { Matcher } from "./Matcher.js";
import { headKind } from "./headKind.js";
import { tokenize } from "./tokens.js";
import type { Mention, Passage, StructuredDocument } from "./types.js";

/**
 * Finds entity mentions in each passage:
 *   1. catalog forms (longest match, acronyms case-sensitive);
 *   2. "Full Name (ACRONYM)" definitions, which also bind the acronym for the
 *      rest of the document (so CRC after "Committee on the Rights of the
 *      Child (CRC)" is the Committee, not the Convention);
 *   3. open-set names shaped like programmes, funds, networks or organizations;
 *   4. a standing forum followed by a year ("GFMD in Mexico in 2010") becomes that year's meeting.
 * Discovered entities carry candidate keys; `resolve` turns keys into nodes.
 */
export interface Recognised {
  mentions: Mention[];
  /** Names discovered in this document: candidate key → name, kind, acronym. */
  discovered: Map<string, DiscoveredName>;
}

export interface DiscoveredName {
  key: string;
  kind: EntityKind;
  name: string;
  acronym: string | null;
}

export function createMatcher(catalog: Catalog): Matcher {
  const matcher = new Matcher();
  for (const entity of catalog.entities) for (const form of entity.forms) matcher.add(entity.id, form);
  return matcher;
}

const CONNECTOR = "(?:of|for|and|on|the|in|to|de|du|des|la|against|&)";
const CAP_WORD = "(?:[A-Z][\\p{L}\\p{N}’'\\-&]*)";
const DEFINITION = new RegExp(`(${CAP_WORD}(?:\\s+(?:${CAP_WORD}|${CONNECTOR})){0,14})\\s+\\(([A-Z][A-Za-z0-9&\\-]{1,12})\\)`, "gu");
const NAME_PHRASE = new RegExp(`${CAP_WORD}(?:\\s+(?:${CAP_WORD}|${CONNECTOR}(?=\\s+[A-Z]))){1,12}`, "gu");
const LEADING_NOISE = /^(?:(?:The|A|An|In|On|At|By|Its|Their|This|These|Under|Through|With|From|For|And|Since|During|As|Both|Our|Other|Alongside|Among|Amongst|Within|Including|Each|Every|All|Many|Some|Such|Several|New|Two|Three|Four|Five)\s+)+/;
/** Two-word names starting with these are descriptions ("International Programme"), not names. */
const GENERIC = new Set(["International", "Global", "Regional", "National", "Joint", "General", "United", "Health", "Migration", "Development", "Civil", "World", "Labour", "Local", "Special", "Technical", "Executive", "Annual", "Permanent", "Advisory", "Steering", "Working", "European", "African", "Asian", "Arab", "Inter-agency", "Inter-Agency", "Governing", "Organization", "Organisation", "This", "Country", "Agency"]);
const PERSON_WORDS = /\b(Minister|Member|Director|Dame|Sir|Mr|Mrs|Ms|Dr|Ambassador|Chief|Professor|President|Secretary|Chair|Head|Manager|Officer|Meeting|Days)\b/;
const SELF_REFERENCE = /\b(?:[Tt]he (?:Organization|Organisation|Office|Fund|Division|Committee|Bank|Programme|Agency|Commission|Union|Institute|Entity|Special Rapporteur))\b/g;
const YEAR_AFTER = /^[\s,(]*(?:(?:meeting|summit|held|hosted|in|at|of|by|the|[A-Z][\p{L}’'\-]+)[\s,(]+){0,5}((?:19|20)\d{2})\b/u;

function initialsMatch(name: string, acronym: string): boolean {
  const words = name.split(/[\s\-]+/).filter((w) => /^[A-Z]/.test(w));
  const initials = words.map((w) => w[0]).join("");
  const letters = acronym.replace(/[^A-Z]/g, "");
  if (letters.length === 0 || initials[0] !== letters[0]) return false;
  let k = 0;
  for (const ch of initials) if (ch === letters[k]) k++;
  return k >= Math.min(letters.length, 2);
}

export function recognise(doc: StructuredDocument, catalog: Catalog, matcher: Matcher): Recognised {
  const mentions: Mention[] = [];
  const discovered = new Map<string, DiscoveredName>();
  /** Acronyms defined in this document, bound to an entity id or a discovered key. */
  const localAcronyms = new Map<string, { id: string; kind: EntityKind }>();

  for (const passage of doc.passages) {
    const text = passage.text;
    const tokens = tokenize(text);
    const taken: Array<[number, number]> = [];
    const push = (m: Omit<Mention, "passageId" | "sentenceIndex" | "surface">) => {
      mentions.push({ ...m, passageId: passage.id, sentenceIndex: sentenceAt(passage, m.localStart), surface: text.slice(m.localStart, m.localEnd) });
      taken.push([m.localStart, m.localEnd]);
    };
    const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);

    // 2. Definitions first, so a local acronym overrides the catalog's reading of it.
    for (const m of text.matchAll(DEFINITION)) {
      const acronym = m[2]!;
      let name = m[1]!.replace(LEADING_NOISE, "");
      while (name && !initialsMatch(name, acronym) && name.includes(" ")) name = name.replace(/^\S+\s+/, "");
      if (!initialsMatch(name, acronym)) continue;
      const nameStart = m.index! + m[0].indexOf(name);
      const inner = matcher.findAll(name, tokenize(name));
      const whole = inner.length === 1 && inner[0]!.start === 0 && inner[0]!.end === name.length ? inner[0]! : null;
      if (whole) {
        const entity = catalog.byId.get(whole.entityId)!;
        localAcronyms.set(acronym, { id: entity.id, kind: entity.kind });
        const acronymAt = m.index! + m[0].lastIndexOf(acronym);
        taken.push([acronymAt, acronymAt + acronym.length]);
        continue;
      }
      const kind = headKind(name);
      if (!kind) continue;
      const id = entityId(kind, name);
      discovered.set(id, { key: id, kind, name, acronym });
      localAcronyms.set(acronym, { id, kind });
      push({ localStart: nameStart, localEnd: nameStart + name.length, kind, key: id, method: "acronym-definition", confidence: 0.9 });
      // The "(ACRONYM)" right after the name is the same mention, not a second one.
      const acronymAt = m.index! + m[0].lastIndexOf(acronym);
      taken.push([acronymAt, acronymAt + acronym.length]);
    }

    // 1. Catalog forms (and locally defined acronyms).
    for (const match of matcher.findAll(text, tokens)) {
      if (overlaps(match.start, match.end)) continue;
      const surface = text.slice(match.start, match.end);
      const local = localAcronyms.get(surface);
      const entity = catalog.byId.get(match.entityId)!;
      const id = local?.id ?? entity.id;
      const kind = local?.kind ?? entity.kind;
      push({ localStart: match.start, localEnd: match.end, kind, key: forumEvent(id, text, match.end, catalog), method: "catalog", confidence: 0.95 });
    }
    // Locally defined acronyms that the catalog does not know, found token by token.
    if (localAcronyms.size > 0) {
      for (const token of tokens) {
        const target = localAcronyms.get(token.text);
        if (!target || catalogHasForm(catalog, token.text) || overlaps(token.start, token.end)) continue;
        push({ localStart: token.start, localEnd: token.end, kind: target.kind, key: target.id, method: "acronym-definition", confidence: 0.85 });
      }
    }

    // 3. Open-set names without an acronym.
    for (const m of text.matchAll(NAME_PHRASE)) {
      // "Comic Relief’s Common Ground Initiative": the name starts after the possessive.
      const name = m[0].replace(/^.*[’']s\s+/, "").replace(LEADING_NOISE, "").replace(/[’']s$/, "");
      const start = m.index! + m[0].lastIndexOf(name);
      const words = name.split(/\s+/);
      if (words.length < 2 || overlaps(start, start + name.length)) continue;
      if (words.length === 2 && GENERIC.has(words[0]!)) continue;
      if (PERSON_WORDS.test(name)) continue;
      const kind = headKind(name);
      if (!kind || kind === "COUNTRY") continue;
      if (/^(Government|Governments|Ministry|Ministries|Minister|Department|State|States)\b/.test(name)) continue;
      const id = entityId(kind, name);
      if (catalog.byId.has(id)) continue;
      if (!discovered.has(id)) discovered.set(id, { key: id, kind, name, acronym: null });
      push({ localStart: start, localEnd: start + name.length, kind, key: id, method: "name-pattern", confidence: 0.7 });
    }

    // Self-references inside an agency's own chapter ("the Organization", "the Fund").
    if (passage.chapterOwnerId) {
      for (const m of text.matchAll(SELF_REFERENCE)) {
        if (overlaps(m.index!, m.index! + m[0].length)) continue;
        push({ localStart: m.index!, localEnd: m.index! + m[0].length, kind: "ORGANIZATION", key: passage.chapterOwnerId, method: "chapter-self-reference", confidence: 0.8 });
      }
    }
  }
  mentions.sort((a, b) => (a.passageId === b.passageId ? a.localStart - b.localStart : 0));
  return { mentions, discovered };
}

/** "GFMD … 2010" within a few words becomes the GFMD 2010 meeting, when the catalog knows it. */
function forumEvent(id: string, text: string, end: number, catalog: Catalog): string {
  const entity = catalog.byId.get(id);
  if (!entity || entity.kind !== "FORUM" || entity.isEvent) return id;
  const year = YEAR_AFTER.exec(text.slice(end, end + 50))?.[1];
  if (!year) return id;
  const event = `${id}-${year}`;
  return catalog.byId.get(event)?.isEvent ? event : id;
}

function sentenceAt(passage: Passage, localStart: number): number {
  const i = passage.sentences.findIndex((s) => localStart >= s.localStart && localStart < s.localEnd);
  return i === -1 ? Math.max(0, passage.sentences.length - 1) : i;
}

const formCache = new WeakMap<Catalog, Set<string>>();
function catalogHasForm(catalog: Catalog, text: string): boolean {
  let set = formCache.get(catalog);
  if (!set) {
    set = new Set(catalog.entities.flatMap((e) => e.forms.map((f) => f.text)));
    formCache.set(catalog, set);
  }
  return set.has(text);
}


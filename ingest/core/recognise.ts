import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import type { Catalog } from "../catalog/catalog.js";
import { Matcher, matchTokens } from "./Matcher.js";
import { headKind, headWord, isSubunitHead } from "./headKind.js";
import { knownAsNames } from "./knownAs.js";
import { meetingMentions, YEAR_AFTER, type RecentForums } from "./meetings.js";
import { HEAD_NOUNS, NAME_CONNECTORS, NAME_PREFIX, NOT_NAMES, QUOTED_TITLES, SUBUNIT_HEADS } from "./nameRules.js";
import { type Hit, checkCommas, initialsMatch, isGeneric, LEADING_NOISE, splitCoordinated, trimName } from "./nameTrim.js";
import { acronymProgramme, isAcronymSurface, isGenericOffice, isVenue, quotedNames } from "./nameShapes.js";
import type { DiscoveredName, Mention, Passage, StructuredDocument } from "./types.js";

export type { DiscoveredName } from "./types.js";

/**
 * Finds entity mentions in each passage:
 *   1. "Full Name (ACRONYM)" definitions, which also bind the acronym for the
 *      rest of the chapter (so CRC after "Committee on the Rights of the
 *      Child (CRC)" is the Committee, not the Convention);
 *   2. catalog forms (longest match over spelling-folded words, acronyms case-sensitive);
 *   3. quoted titles introduced by an initiative noun;
 *   4. open-set names read by their head noun (nameRules.ts), kept whole, with
 *      sub-units tied to their parent body;
 *   5. dated and numbered meetings of standing forums (meetings.ts);
 *   6. "the Organization" inside an agency's own chapter.
 * Discovered entities carry candidate keys; `resolve` turns keys into nodes.
 */
export interface Recognised {
  mentions: Mention[];
  /** Names discovered in this document: candidate key → name, kind, acronym. */
  discovered: Map<string, DiscoveredName>;
  /** Sub-units whose parent body the text states (or the chapter implies): the PART_OF evidence. */
  parents: ParentLink[];
}


export interface ParentLink {
  mention: Mention;
  parentId: string;
  method: "subunit-prefix" | "subunit-suffix" | "subunit-chapter" | "part-prefix";
  confidence: number;
}

export function createMatcher(catalog: Catalog): Matcher {
  const matcher = new Matcher();
  for (const entity of catalog.entities) for (const form of entity.forms) matcher.add(entity.id, form);
  return matcher;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CONNECTOR = `(?:${NAME_CONNECTORS.words.map(esc).join("|")})`;
const CAP_WORD = "(?:\\d+-[A-Z][\\p{L}]*|[A-Z][\\p{L}\\p{N}’'\\-–&]*)";
const LIST_WORD = "[A-Z][a-z][\\p{L}\\-]*";
/** A list item inside a name is one or two capitalised words ("on Migration, Human Rights and Gender"). */
const LIST_ITEM = `${LIST_WORD}(?:\\s+${LIST_WORD})?`;
const COORD = `,\\s+${LIST_ITEM}(?:,\\s+${LIST_ITEM})*,?\\s+(?:and|&)\\s+${LIST_ITEM}`;
const DEFINITION = new RegExp(`(${CAP_WORD}(?:(?:${COORD})|\\s+(?:${CAP_WORD}|${CONNECTOR})){0,20})\\s+\\(([A-Z][A-Za-z0-9&\\-]{1,12})\\)`, "gu");
const NAME_PHRASE = new RegExp(`${CAP_WORD}(?:(?:${COORD})|\\s+(?:${CAP_WORD}|${CONNECTOR}(?:\\s+${CONNECTOR})?(?=\\s+(?:[A-Z]|\\d+-))))*`, "gu");
const MAX_NAME_WORDS = 24;
const LEADING_COMPLEMENT = /^.*?\s(?:of|for|on|to|from|at|against)(?:\s+the)?\s+(?=[A-Z])/;
const PERSON_WORDS = /\b(Minister|Member|Director|Dame|Sir|Mr|Mrs|Ms|Dr|Ambassador|Chief|Professor|President|Secretary|Chair|Head|Manager|Officer|Days)\b/;
const SELF_OWNER = /^(?:[Tt]he\s+)?(?:Organization|Organisation|Office|Fund|Programme|Agency|Bank|Union|Institute|Commission)$|^[Ii]ts$/;
const NOT_AN_ACTOR = /^(Government|Governments|Ministry|Ministries|Minister|Department|State|States)\b/;
const SELF_REFERENCE = /\b(?:[Tt]he (?:Organization|Organisation|Office|Fund|Division|Committee|Bank|Programme|Agency|Commission|Union|Institute|Entity|Special Rapporteur))\b/g;
const ORG_HEADS = new Set(HEAD_NOUNS.words.ORGANIZATION);
/** Heads of an organization's own bodies, which a chapter attributes to its agency ("the Executive Board"). */
const BODY_HEADS = new Set([...SUBUNIT_HEADS.words, "Office", "Board", "Committee", "Council", "Secretariat", "Bureau", "Directorate", "Department", "Centre", "Center"]);
const QUOTE_NOUNS = QUOTED_TITLES.words.join("|");
const QUOTED_BEFORE = new RegExp(`\\b(${QUOTE_NOUNS})s?(?:,\\s*|,?\\s+(?:entitled|titled|called|named|known as)\\s+)[“"]([^”"]{3,150})[”"]`, "gi");
const QUOTED_AFTER = new RegExp(`[“"]([^”"]{3,150})[”"]\\s+(${QUOTE_NOUNS})\\b`, "gi");
const NAME_PREFIXES = new Set(NAME_PREFIX.words);
const COLLECTIVE = new RegExp(`^(?:[-\\s]+(?:${NOT_NAMES.words.filter((w) => !w.endsWith("-")).join("|")})\\b|-wide\\b)`);

export function recognise(doc: StructuredDocument, catalog: Catalog, matcher: Matcher): Recognised {
  const mentions: Mention[] = [];
  const discovered = new Map<string, DiscoveredName>();
  const parents: ParentLink[] = [];
  /** Acronyms defined in a chapter (or a document without chapters), bound to an entity id or a discovered key. */
  const localAcronyms = new Map<string, { id: string; kind: EntityKind }>();
  let recent: RecentForums = { scope: "", byHead: new Map() };
  const isPlace = placeTest(catalog);
  const shortName = (id: string) => {
    const e = catalog.byId.get(id);
    return e?.acronym ?? e?.name ?? discovered.get(id)?.acronym ?? discovered.get(id)?.name ?? id;
  };

  for (const passage of doc.passages) {
    const text = passage.text;
    const scope = passage.chapter ?? "";
    const tokens = matchTokens(text);
    const taken: Array<[number, number]> = [];
    const passageMentions: Mention[] = [];
    const push = (m: Omit<Mention, "passageId" | "sentenceIndex" | "surface">): Mention => {
      const mention: Mention = { ...m, passageId: passage.id, sentenceIndex: sentenceAt(passage, m.localStart), surface: text.slice(m.localStart, m.localEnd) };
      passageMentions.push(mention);
      taken.push([m.localStart, m.localEnd]);
      return mention;
    };
    const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
    const discover = (d: DiscoveredName) => {
      let old = discovered.get(d.key);
      if (!old) discovered.set(d.key, (old = d));
      else if (d.acronym && !old.acronym) old.acronym = d.acronym;
      if (passage.chapterOwnerId && !old.chapterOwners?.includes(passage.chapterOwnerId)) old.chapterOwners = [...(old.chapterOwners ?? []), passage.chapterOwnerId];
    };

    // 1. Definitions first, so a local acronym overrides the catalog's reading of it.
    for (const m of text.matchAll(DEFINITION)) {
      const acronym = m[2]!;
      const written = m[1]!.replace(/^.*[’']s\s+/, "").replace(LEADING_NOISE, ""); // "Comic Relief’s Common Ground Initiative (CGI)"
      // "WIPO and the World Meteorological Organization (WMO)": the acronym names the last of the coordinated names.
      const segments = splitCoordinated(written, 0, []);
      const lastName = segments[segments.length - 1]!.text;
      let name = checkCommas(lastName);
      if (name !== lastName) continue; // a list, not a name, before the brackets
      while (name && !initialsMatch(name, acronym) && name.includes(" ")) name = name.replace(/^\S+\s+/, "");
      name = name.replace(/^(?:[a-z&]+\s+)+/, "");
      if (!name || !initialsMatch(name, acronym)) continue;
      const nameStart = m.index! + m[0].indexOf(name);
      const acronymAt = m.index! + m[0].lastIndexOf(acronym);
      const inner = matcher.findAll(name);
      const whole = inner.length === 1 && inner[0]!.start === 0 && inner[0]!.end === name.length ? inner[0]! : null;
      if (whole) {
        const entity = catalog.byId.get(whole.entityId)!;
        localAcronyms.set(`${scope}|${acronym}`, { id: entity.id, kind: entity.kind });
        taken.push([acronymAt, acronymAt + acronym.length]);
        continue;
      }
      const kind = headKind(name) ?? acronymProgramme(name, text.slice(Math.max(0, nameStart - 40), nameStart));
      if (!kind || kind === "COUNTRY") continue;
      // "At its International Training Centre (ITC)" in an agency's chapter: the agency's own body.
      const ownBody = passage.chapterOwnerId && kind === "ORGANIZATION" && /\bits\s+$/i.test(text.slice(Math.max(0, nameStart - 8), nameStart)) && BODY_HEADS.has(headWord(name) ?? "");
      if (ownBody) {
        const ownerId = passage.chapterOwnerId!;
        const id = entityId("ORGANIZATION", `${ownerId.replace(/^[a-z]+:/, "")} ${name}`);
        const display = `${shortName(ownerId)} ${name}`;
        if (!catalog.byId.has(id)) discover({ key: id, kind, name: display, acronym, parentId: ownerId, owner: { id: ownerId, local: name } });
        localAcronyms.set(`${scope}|${acronym}`, { id, kind });
        const mention = push({ localStart: nameStart, localEnd: nameStart + name.length, kind, key: id, method: "acronym-definition", confidence: 0.85 });
        parents.push({ mention, parentId: ownerId, method: "subunit-chapter", confidence: 0.7 });
        taken.push([acronymAt, acronymAt + acronym.length]);
        continue;
      }
      if (isGeneric(name)) continue;
      const id = entityId(kind, name);
      discover({ key: id, kind, name, acronym });
      localAcronyms.set(`${scope}|${acronym}`, { id, kind });
      push({ localStart: nameStart, localEnd: nameStart + name.length, kind, key: id, method: "acronym-definition", confidence: 0.9 });
      // The "(ACRONYM)" right after the name is the same mention, not a second one.
      taken.push([acronymAt, acronymAt + acronym.length]);
    }

    // 2. Catalog forms (and locally defined acronyms).
    const hits: Hit[] = [];
    for (const match of matcher.findAll(text, tokens)) {
      if (overlaps(match.start, match.end)) continue;
      const surface = text.slice(match.start, match.end);
      // "UN agencies", "the UN system", "IOM partners": the name modifies a collective noun.
      if (catalog.byId.get(match.entityId)?.kind === "ORGANIZATION" && COLLECTIVE.test(text.slice(match.end, match.end + 24))) continue;
      // "the EC–UN supported programme": half of a compound modifier, not an actor.
      if (catalog.byId.get(match.entityId)?.kind === "ORGANIZATION" && /\p{L}[–-]$/u.test(text.slice(Math.max(0, match.start - 2), match.start)) && /^\s+[a-z]/.test(text.slice(match.end, match.end + 2))) continue;
      // "the UN Migrant Workers Convention": a name prefix, not a mention of the UN itself.
      if (NAME_PREFIXES.has(surface) && /^[\s\-–]+[A-Z]/.test(text.slice(match.end, match.end + 3)) && !/^[\s\-–]+[A-Z][\p{L}]*[.,;:)]/u.test(text.slice(match.end, match.end + 30))) {
        continue;
      }
      const local = localAcronyms.get(`${scope}|${surface}`);
      const entity = catalog.byId.get(match.entityId)!;
      // "UNICEF Philippines": the body's office in that country; the mention is the body's (COUNTRY_OFFICES).
      const before = hits[hits.length - 1];
      if (entity.kind === "COUNTRY" && before && before.kind === "ORGANIZATION" && before.end + 1 === match.start && text[before.end] === " " && isAcronymSurface(text.slice(before.start, before.end))) {
        const body = passageMentions.find((x) => x.localStart === before.start && x.localEnd === before.end);
        const span = taken.find(([a, b]) => a === before.start && b === before.end);
        if (body && span) {
          body.localEnd = span[1] = before.end = match.end;
          body.surface = text.slice(body.localStart, body.localEnd);
          continue;
        }
      }
      const id = local?.id ?? entity.id;
      const kind = local?.kind ?? entity.kind;
      const mention = push({ localStart: match.start, localEnd: match.end, kind, key: forumEvent(id, text, match.end, catalog), method: "catalog", confidence: 0.95 });
      hits.push({ start: mention.localStart, end: mention.localEnd, id: mention.key, kind });
    }
    // Locally defined acronyms that the catalog does not know, found word by word.
    if (localAcronyms.size > 0) {
      for (const token of tokens) {
        const target = localAcronyms.get(`${scope}|${token.text}`);
        if (!target || catalogHasForm(catalog, token.text) || overlaps(token.start, token.end)) continue;
        push({ localStart: token.start, localEnd: token.end, kind: target.kind, key: target.id, method: "acronym-definition", confidence: 0.85 });
      }
    }

    // 2b. Titled programmes tied to their short name: "Support to Free Movement …, known as FMM West Africa" (knownAs.ts).
    for (const k of knownAsNames(text)) {
      if (overlaps(k.start, k.start + k.name.length) || overlaps(k.shortStart, k.shortStart + k.short.length)) continue;
      const id = entityId(k.kind, k.name);
      discover({ key: id, kind: k.kind, name: k.name, acronym: null, alias: k.short });
      push({ localStart: k.start, localEnd: k.start + k.name.length, kind: k.kind, key: id, method: "name-pattern", confidence: 0.75 });
      push({ localStart: k.shortStart, localEnd: k.shortStart + k.short.length, kind: k.kind, key: id, method: "name-pattern", confidence: 0.75 });
    }

    // 3. Quoted titles: "a project entitled “Safe Journeys Home”", "the “Know Before You Go” campaign".
    for (const [re, nounAt, titleAt] of [[QUOTED_BEFORE, 1, 2], [QUOTED_AFTER, 2, 1]] as const) {
      for (const m of text.matchAll(re)) {
        const title = m[titleAt]!.replace(/[,.;:]+$/, "").trim();
        const noun = m[nounAt]!.toLowerCase();
        if (!/^[A-Z0-9]/.test(title) || title.split(/\s+/).length > 16) continue;
        const start = m.index! + m[0].indexOf(title);
        if (overlaps(start, start + title.length)) continue;
        const kind: EntityKind = noun === "fund" && /\b(United Nations|UN)\b/.test(title) ? "ORGANIZATION" : "INITIATIVE";
        const id = entityId(kind, title);
        discover({ key: id, kind, name: title, acronym: null });
        push({ localStart: start, localEnd: start + title.length, kind, key: id, method: "quoted-title", confidence: 0.75 });
      }
    }

    // 3b. A quoted title-case name with its own head noun: the quotes mark its end (QUOTED_NAMES).
    for (const q of quotedNames(text)) {
      if (overlaps(q.start, q.end)) continue;
      const id = entityId(q.kind, q.name);
      if (catalog.byId.has(id)) continue;
      discover({ key: id, kind: q.kind, name: q.name, acronym: null });
      push({ localStart: q.start, localEnd: q.end, kind: q.kind, key: id, method: "quoted-title", confidence: 0.75 });
    }

    // 4. Open-set names without an acronym; "X and the Y" may be two names.
    for (const m of text.matchAll(NAME_PHRASE)) {
      if (!/\s/.test(m[0])) continue; // one word is no name here
      if (m[0].split(/\s+/).length > MAX_NAME_WORDS) continue; // never keep a cut-off name
      for (const seg of splitCoordinated(m[0], m.index!, hits)) {
        nameCandidate(seg.text, seg.start);
        // "the Ghana-based NGO, Migration Policy and Advocacy Network": when the comma ends a name, what follows
        // it may be a name of its own (parts already taken are skipped).
        for (const c of seg.text.matchAll(/,\s+(?=[A-Z])/g)) nameCandidate(seg.text.slice(c.index! + c[0].length), seg.start + c.index! + c[0].length);
      }
    }

    function nameCandidate(phrase: string, phraseStart: number): void {
      // "UNICEF’s Division of X": the name starts after the possessive, which may be its parent.
      const possessive = /^(.*)[’']s\s+/.exec(phrase);
      const afterPossessive = possessive ? phrase.slice(possessive[0].length) : phrase;
      const raw = afterPossessive.replace(/[’']s$/, "");
      let name = trimName(raw, isPlace);
      // "Staff of the Nordic Institute for X": a phrase headed by a common noun may end in a name.
      while (name && !headKind(name) && LEADING_COMPLEMENT.test(name)) name = name.replace(LEADING_COMPLEMENT, "");
      if (!name) return;
      let start = phraseStart + (possessive ? possessive[0].length : 0) + raw.indexOf(name);
      let end = start + name.length;
      let parent: Hit | undefined;
      let method: ParentLink["method"] | undefined;
      // Parent before: "UNICEF’s Division of X", "the IOM Regional Office for X", "the GMG Working Group on X".
      const prefix = hits.find(
        (h) => h.start === start && h.end < end && / [A-Z]/.test(text.slice(h.end, h.end + 2)) && (h.kind === "FORUM" || h.kind === "INITIATIVE" || (h.kind === "ORGANIZATION" && /\b[A-Z]{2,}\b/.test(text.slice(h.start, h.end)))),
      );
      let owner = possessive ? hits.find((h) => h.kind !== "COUNTRY" && h.end === phraseStart + possessive[1]!.length) : undefined;
      // "KNOMAD’s Thematic Working Group": an initiative or forum owns a body named with it, it is not a parent organization.
      // "the African, Caribbean and Pacific (ACP) Observatory on X": the bracketed acronym owns the name (PARENTHESISED_OWNER).
      const bracket = !prefix && !possessive ? /\(([A-Z][A-Za-z&\-]{1,11})\)\s+$/.exec(text.slice(Math.max(0, start - 16), start)) : null;
      const bracketAt = bracket ? start - bracket[0].length : -1;
      const bracketOwner = bracket ? hits.find((h) => h.start === bracketAt + 1 && h.end === bracketAt + 1 + bracket[1]!.length && h.kind !== "COUNTRY") : undefined;
      const expansion = bracketOwner ? /((?:[A-Z][\p{L}\-]*,?\s+(?:(?:and|&|of|for|the|on)\s+)*)*[A-Z][\p{L}\-]*)\s+$/u.exec(text.slice(Math.max(0, bracketAt - 120), bracketAt)) : null;
      const possessor = (owner && owner.kind !== "ORGANIZATION" ? owner : undefined) ?? bracketOwner;
      if (possessor && possessor !== bracketOwner) owner = undefined;
      // "the Organization’s Maritime Safety Committee" in the IMO chapter.
      if (!owner && possessive && passage.chapterOwnerId && SELF_OWNER.test(possessive[1]!)) owner = { start: -1, end: -1, id: passage.chapterOwnerId, kind: "ORGANIZATION" };
      if (prefix) {
        parent = prefix;
        method = "subunit-prefix";
      } else if (owner) {
        parent = owner;
        method = "subunit-prefix";
      }
      // Parent after: "the Labour Mobility Unit of the ILO".
      const suffix = hits.find((h) => h.kind === "ORGANIZATION" && h.end === end && h.start > start && /\s+(?:of|at|within)\s+(?:the\s+)?$/.test(text.slice(start, h.start)));
      let local = name;
      /** How the text wrote a sub-unit named with its parent after it ("the Labour Mobility Unit of the ILO"). */
      let written: string | undefined;
      if (prefix) local = text.slice(prefix.end, end).trim();
      else if (suffix && !parent) {
        local = text.slice(start, suffix.start).replace(/\s+(?:of|at|within)\s+(?:the\s+)?$/, "");
        written = text.slice(start, suffix.end);
        parent = suffix;
        method = "subunit-suffix";
        end = start + local.length;
      }
      // "the Global Campaign for Ratification of the Convention on X": a catalog name closing the phrase is a
      // complement of the name, not part of it; the name ends before it.
      if (!parent && !prefix) {
        const tail = hits.find((h) => h.start > start && h.end === end && h.kind !== "COUNTRY");
        const cut = tail ? /\s+(?:of|for|on|to|against|at|in)(?:\s+the)?\s+$/.exec(text.slice(start, tail.start)) : null;
        if (tail && cut) {
          end = start + cut.index;
          local = text.slice(start, end);
        }
      }
      // "the International Steering Committee of the Global Campaign for X": a body of another named thing;
      // both are names.
      if (!parent && !prefix) {
        const of = /\s+of\s+the\s+(?=[A-Z])/.exec(local);
        const head = of ? local.slice(0, of.index) : "";
        const rest = of ? local.slice(of.index + of[0].length) : "";
        if (of && BODY_HEADS.has(headWord(head) ?? "") && headWord(head) === head.split(/\s+/).pop() && headKind(rest) && rest.split(/\s+/).length >= 2) {
          const restStart = start + of.index + of[0].length;
          nameCandidate(rest, restStart);
          // "the Human Rights Centre of the National University of X": a centre of that university.
          const body = headKind(rest) === "ORGANIZATION" ? passageMentions.find((x) => x.localStart === restStart && x.kind === "ORGANIZATION") : undefined;
          if (body) {
            parent = { start: body.localStart, end: body.localEnd, id: body.key, kind: "ORGANIZATION" };
            method = "subunit-suffix";
            written = text.slice(start, body.localEnd);
          }
          local = head;
          end = start + head.length;
        }
      }
      // "General Recommendation No. 26": the number belongs to the name.
      const number = /\bNo$/.test(local) ? /^\.?\s?\d+/.exec(text.slice(end)) : null;
      if (number) {
        local += number[0];
        end += number[0].length;
      }
      const words = local.split(/\s+/);
      if (isGenericOffice(local)) return; // "the UNFPA Regional Office": one of many; the mention stays the body's
      if (words.length < 2) return;
      if (PERSON_WORDS.test(local) || NOT_AN_ACTOR.test(local)) return;
      const kind = headKind(local);
      if (!kind || kind === "COUNTRY" || isVenue(local)) return;
      // "the Office of Legal Affairs – Division for Ocean Affairs": the division of the body before the dash.
      if (!parent && isSubunitHead(local)) {
        const dash = /\s[–—-]\s$/.exec(text.slice(Math.max(0, start - 3), start));
        const body = dash ? passageMentions.find((x) => x.kind === "ORGANIZATION" && x.localEnd === start - dash[0].length) : undefined;
        if (body) {
          parent = { start: body.localStart, end: body.localEnd, id: body.key, kind: "ORGANIZATION" };
          method = "subunit-prefix";
        }
      }
      // Any catalog mention left inside the name (other than its parent) means this is not one name.
      const innerStart = prefix ? prefix.end : start;
      // A country inside a name ("the Internal Migration in India Initiative") stays a mention of its own.
      const inside = passageMentions.filter((x) => innerStart < x.localEnd && x.localStart < end);
      if (inside.some((x) => x.kind !== "COUNTRY" || x.localStart < innerStart || (x.localStart === innerStart && words.length < 3) || x.localEnd >= end)) return;
      if (taken.some(([a, b]) => innerStart < b && a < end && !inside.some((x) => x.localStart === a && x.localEnd === b))) return;
      let part = false;
      if (prefix && prefix.kind !== "ORGANIZATION") {
        // "the GMG Working Group on Data": a body of the forum, named with it.
        if (kind === "ORGANIZATION") parent = undefined;
        part = true;
        method = "part-prefix";
      } else if (parent && kind !== "ORGANIZATION") {
        // "the IOM Migration Data Portal", "the UN Trust Fund for X": the organization's name is part of the name.
        if (prefix) part = true;
        parent = undefined; // "the African Union’s Migration Policy Framework": an owner, not a parent body
        method = undefined;
      }
      const needsParent = isGeneric(local) || isSubunitHead(local) || words.length < 2;
      if (!parent && needsParent && kind === "ORGANIZATION" && passage.chapterOwnerId && BODY_HEADS.has(headWord(local) ?? "") && !/\b(?:UN|United Nations)\b/.test(local)) {
        parent = { start: -1, end: -1, id: passage.chapterOwnerId, kind: "ORGANIZATION" };
        method = "subunit-chapter";
      }
      if (needsParent && !parent) return;
      let id: string;
      let display: string;
      if (part && prefix) {
        display = text.slice(prefix.start, end);
        const partKind = headKind(display) ?? kind; // "UN Fund for Women" is a fund of the UN: an organization
        id = entityId(partKind, display);
        if (catalog.byId.has(id)) return;
        discover({ key: id, kind: partKind, name: display, acronym: null, owner: { id: prefix.id, local: text.slice(prefix.end, end).trim() }, ...(parent ? { parentId: parent.id } : {}) });
      } else if (possessor && (kind !== "ORGANIZATION" || possessor !== bracketOwner)) {
        display = `${shortName(possessor.id)} ${local}`;
        id = entityId(kind, display);
        if (catalog.byId.has(id)) return;
        const alias = expansion && bracket ? `${expansion[1]!.replace(LEADING_NOISE, "")} (${bracket[1]}) ${local}` : undefined;
        discover({ key: id, kind, name: display, acronym: null, owner: { id: possessor.id, local }, ...(kind === "FORUM" ? { parentId: possessor.id } : {}), ...(alias ? { alias } : {}) });
        if (kind === "FORUM") {
          parent = possessor;
          method = "part-prefix";
        }
      } else if (parent) {
        id = entityId("ORGANIZATION", `${parent.id.replace(/^[a-z]+:/, "")} ${local}`);
        display = prefix ? text.slice(prefix.start, end) : `${shortName(parent.id)} ${local}`;
        if (catalog.byId.has(id)) return;
        // The name as the text wrote it, or the sub-unit's own name, is how others refer to it too.
        const alias = written ?? (isGeneric(local) || words.length < 2 ? undefined : local);
        discover({ key: id, kind: "ORGANIZATION", name: display, acronym: null, parentId: parent.id, owner: { id: parent.id, local }, ...(alias ? { alias } : {}), ...(method === "subunit-chapter" && !isGeneric(local) ? { parentGuessed: true } : {}) });
      } else {
        id = entityId(kind, local);
        if (catalog.byId.has(id)) return;
        discover({ key: id, kind, name: local, acronym: null });
      }
      // A prefixed parent ("IOM Regional Office") is part of the sub-unit's name, not a mention of its own.
      if (prefix) {
        const i = passageMentions.findIndex((x) => x.localStart === prefix.start && x.localEnd === prefix.end);
        if (i !== -1) passageMentions.splice(i, 1);
      }
      const mention = push({ localStart: prefix ? prefix.start : start, localEnd: end, kind: discovered.get(id)?.kind ?? kind, key: id, method: "name-pattern", confidence: 0.7 });
      if (parent && method) parents.push({ mention, parentId: parent.id, method, confidence: method === "subunit-chapter" ? 0.6 : 0.8 });
    }

    // 5. Meetings: "the 7th meeting of the Bali Process", "the 2010 Forum".
    if (recent.scope !== scope) recent = { scope, byHead: new Map() };
    for (const event of meetingMentions(text, passageMentions, catalog, (id) => discovered.get(id), recent)) {
      discover(event.entity);
      for (const gone of [event.replaces, ...(event.absorbs ?? [])]) {
        const i = gone ? passageMentions.indexOf(gone) : -1;
        if (i !== -1) passageMentions.splice(i, 1);
      }
      push({ localStart: event.start, localEnd: event.end, kind: "FORUM", key: event.entity.key, method: "meeting", confidence: 0.8 });
    }

    // 6. Self-references inside an agency's own chapter ("the Organization", "the Fund").
    if (passage.chapterOwnerId) {
      for (const m of text.matchAll(SELF_REFERENCE)) {
        if (overlaps(m.index!, m.index! + m[0].length)) continue;
        push({ localStart: m.index!, localEnd: m.index! + m[0].length, kind: "ORGANIZATION", key: passage.chapterOwnerId, method: "chapter-self-reference", confidence: 0.8 });
      }
    }
    passageMentions.sort((a, b) => a.localStart - b.localStart);
    mentions.push(...passageMentions);
  }
  return { mentions, discovered, parents };
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

const placeCache = new WeakMap<Catalog, Set<string>>();
/** Known places: catalog cities and country names. */
function placeTest(catalog: Catalog): (words: string) => boolean {
  let set = placeCache.get(catalog);
  if (!set) {
    set = new Set([...catalog.cities.keys()].map((c) => c.toLowerCase()));
    for (const e of catalog.entities) if (e.kind === "COUNTRY") for (const f of e.forms) set.add(f.text.toLowerCase());
    placeCache.set(catalog, set);
  }
  const places = set;
  return (words) => places.has(words.toLowerCase());
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

import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import type { Catalog } from "../catalog/catalog.js";
import { canonicalId } from "./EntityMap.js";
import { headingAcronym } from "./headingAcronym.js";
import { headKind } from "./headKind.js";
import type { Matcher } from "./Matcher.js";
import { NATIONAL_BODIES } from "./nationalBodyRules.js";

/**
 * "Department of Coastal Affairs (DCA), Tinland - agency profile", "Department of Coastal Affairs (Tinland) - profile":
 * the state a profile's title writes beside its body, whose ministries the page names bare (TITLE_STATE, titleStateRules.ts).
 */
/** "<body>, <state>" with an optional "- what the page is" in lower case after it. */
const TITLE = /^(.+?),\s+((?:[Tt]he\s+)?[A-Z][\p{L}’' -]*?)\s*(?:[-–—|:]\s*[a-z][\p{L} ]*)?$/u;
/** "<body> (<state>)", the state in brackets after the body, with the same optional tail. */
const BRACKETED = /^(.+?)\s+\(((?:[Tt]he\s+)?[A-Z][\p{L}’' -]*?)\)\s*(?:[-–—|:]\s*[a-z][\p{L} ]*)?$/u;
const ACRONYM_TAIL = /\s*\([A-Z][A-Za-z]{1,9}\)$/;
const NATIONAL_HEAD = new RegExp(`^(?:${NATIONAL_BODIES.words.heads.join("|")})\\s+(?:of|for)\\s+[A-Z]`);

export interface TitleState {
  /** The state's id. */
  stateId: string;
  /** The title's body as written, with its acronym in brackets if any ("Department of Coastal Affairs (DCA)"). */
  body: string;
}

/** The state a title writes beside the body it names ("X (ACR), Tinland - profile"), or null. */
export function titleState(title: string, matcher: Matcher, catalog: Catalog): TitleState | null {
  const m = TITLE.exec(title.trim()) ?? BRACKETED.exec(title.trim());
  if (!m) return null;
  const body = m[1]!.trim();
  const stateWords = m[2]!.trim();
  const state = matcher.findAll(stateWords).find((h) => h.start === 0 && h.end === stateWords.length);
  if (!state || catalog.byId.get(state.entityId)?.kind !== "COUNTRY") return null;
  if (headKind(body.replace(ACRONYM_TAIL, "")) !== "ORGANIZATION") return null;
  return { stateId: state.entityId, body };
}

/** The state's demonym where the catalog has one, else its short name: the word a state's ministry is named by. */
export function stateWord(stateId: string, demonyms: ReadonlyMap<string, string>, shortName: (id: string) => string): string {
  return [...demonyms].find(([, id]) => id === stateId)?.[0] ?? shortName(stateId);
}

/**
 * The titled body as the page's state names it: a ministry or department is named with its state ("Ghanaian
 * Department of Coastal Affairs", as nationalBody.ts names it in the text), its title form kept as an alias; any other
 * body keeps its own name.
 */
export function stateTitledBody<D extends { id: string; kind: EntityKind; name: string; known: boolean }>(def: D, stateId: string, demonyms: ReadonlyMap<string, string>, shortName: (id: string) => string): D & { alias?: string } {
  if (def.known || !NATIONAL_HEAD.test(def.name)) return def;
  const name = `${stateWord(stateId, demonyms, shortName)} ${def.name}`;
  return { ...def, id: entityId(def.kind, name), name, alias: def.name };
}

/** The graph's id of the state's body a page is titled by, or null (read by relate.ts for "the Department"). */
export function titleStateBodyId(title: string, catalog: Catalog, matcher: Matcher, entities: ReadonlyMap<string, unknown>): string | null {
  const t = titleState(title, matcher, catalog);
  const def = t ? headingAcronym(t.body, { catalog, matcher }) : null;
  if (!t || !def) return null;
  // The resolver keeps the body apart from a bare name another state's page writes (stateBodyApart.ts), so its fold is safe to follow.
  const id = canonicalId(entities, stateTitledBody(def, t.stateId, catalog.demonyms, (id) => catalog.byId.get(id)?.name ?? id).id);
  return entities.has(id) ? id : null;
}


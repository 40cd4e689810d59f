/**
 * The reference catalog: identities (never relations) of the closed sets —
 * UN-system and related organizations, forums and their dated meetings,
 * conventions, a few well-known initiatives (reference.json) and every
 * country (i18n-iso-countries plus the variants written in migration texts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import { z } from "zod";
import { entityId } from "../../src/ontology/ids.js";
import { worldCities } from "./worldCities.js";
import { formalStateNames } from "./formalStateNames.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import type { EntityRecord, Form } from "../core/types.js";

export type { Form } from "../core/types.js";
import { matchTokens } from "../core/Matcher.js";
import { GENERIC_FORM } from "../core/identityRules.js";
import { REPO_ROOT } from "../../src/repoRoot.js";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

const entry = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  acronym: z.string().nullable(),
  aliases: z.array(z.string()),
  adoptedYear: z.number().int().optional(),
  year: z.number().int().optional(),
  parent: z.string().optional(),
  ordinal: z.string().nullable().optional(),
});
const referenceSchema = z.object({
  organizations: z.array(entry),
  forums: z.array(entry),
  forumEvents: z.array(entry),
  conventions: z.array(entry),
  initiatives: z.array(entry),
  countryVariants: z.record(z.string(), z.string().length(2)),
  /** "the Belgian GFMD Chair": adjectives that name a country in a few fixed phrases only. */
  demonyms: z.record(z.string(), z.string().length(2)).optional(),
  /** Host cities of forum meetings: "the third GFMD in Athens" names Greece as host. */
  cities: z.record(z.string(), z.string().length(2)).optional(),
  /**
   * Cities that seat international bodies and their meetings, with their state: a body named there is as likely a
   * visiting delegation's as the host state's.
   */
  seatCities: z.record(z.string(), z.string().length(2)).optional(),
  /**
   * States that no longer exist but parties' lists still name ("Serbia and Montenegro" ratified in 2006), keyed by
   * their ISO 3166-3 code; without them the list reads two of today's states.
   */
  formerStates: z.array(z.object({ code: z.string().length(4), name: z.string().min(2), iso2: z.string().length(2), iso3: z.string().length(3), aliases: z.array(z.string()) })).optional(),
});
export type Reference = z.infer<typeof referenceSchema>;

/** A surface form to look for; acronyms and country codes match case-sensitively. */

export interface CatalogEntity extends EntityRecord {
  forms: Form[];
  /** Forum events: id of the standing forum they belong to. */
  parentId?: string;
}

export interface Catalog {
  entities: CatalogEntity[];
  byId: Map<string, CatalogEntity>;
  /** Demonym → country entity id. */
  demonyms: Map<string, string>;
  /** City → country entity id, read only after a forum meeting ("GFMD in Athens"). */
  cities: Map<string, string>;
  /** The organizations' acronyms ("UNCTAD"), to tell an agency's own meeting by its name. */
  organizationAcronyms: ReadonlySet<string>;
  /** Seat city → country entity id: cities where international bodies sit and meet (reference.json seatCities). */
  seatCities: ReadonlyMap<string, string>;
}

const isAcronym = (s: string) => /^[A-Z0-9][A-Z0-9&.\-]*[A-Z0-9.]$/.test(s) && /[A-Z]/.test(s) && !/[a-z]/.test(s.replace(/[A-Z]{2,}[a-z]$/, ""));

/** "United Nations X" is also written "UN X", and the other way round; inside a name too ("Joint UN Programme on HIV/AIDS"). */
function unVariants(text: string): string[] {
  if (/(?:^|\s)United Nations\s/.test(text)) return [text.replace(/(^|\s)United Nations(?=\s)/g, "$1UN")];
  if (/(?:^|\s)UN\s+[A-Z]/.test(text)) return [text.replace(/(^|\s)UN(?=\s+[A-Z])/g, "$1United Nations")];
  return [];
}

const GENERIC_WORDS = new Set(GENERIC_FORM.words);
/** A title-cased form of generic words only ("Global Forum") is an ordinary phrase when written lower-case (GENERIC_FORM). */
function isGenericForm(text: string): boolean {
  const words = text.toLowerCase().split(/[\s\-]+/).filter(Boolean);
  const titled = text.split(/\s+/).filter((w) => !/^(?:the|of|on|for|and)$/i.test(w)).every((w) => /^[A-Z]/.test(w));
  return titled && words.length >= 2 && words.every((w) => GENERIC_WORDS.has(w));
}

function forms(name: string, acronym: string | null, aliases: string[]): Form[] {
  const all = [name, ...aliases, ...(acronym ? [acronym] : [])];
  for (const text of [...all]) all.push(...unVariants(text));
  const out = new Map<string, Form>();
  // "Domestic Workers Convention, 2011" is also written without its year, and with "(No. 189)" after it.
  for (const text of [...all]) {
    const bare = text.replace(/,?\s*\((?:Revised|revised)\)|,\s*(?:19|20)\d{2}$/g, "").trim();
    if (bare !== text && bare.length > 8) all.push(bare);
  }
  for (const text of all) {
    const cs = isAcronym(text) || text.length <= 4;
    out.set(cs ? text : text.toLowerCase(), { text, caseSensitive: cs, ...(!cs && isGenericForm(text) ? { titled: true } : {}) });
    // "the World Bank" and "World Bank" are the same form; the article is optional in text.
    if (/^the /i.test(text)) out.set(text.slice(4).toLowerCase(), { text: text.slice(4), caseSensitive: false, ...(isGenericForm(text.slice(4)) ? { titled: true } : {}) });
  }
  return [...out.values()];
}

export function buildCatalog(reference: Reference): Catalog {
  const entities: CatalogEntity[] = [];
  const add = (kind: EntityKind, list: Reference["organizations"], extra: (e: Reference["organizations"][number]) => Partial<CatalogEntity> = () => ({})) => {
    for (const e of list) {
      entities.push({
        id: entityId(kind, e.key),
        kind,
        name: e.name,
        acronym: e.acronym,
        aliases: e.aliases,
        origin: "catalog",
        forms: forms(e.name, e.acronym, e.aliases),
        ...extra(e),
      });
    }
  };
  add("ORGANIZATION", reference.organizations, (e) => (e.parent ? { parentId: entityId("ORGANIZATION", e.parent) } : {}));
  add("FORUM", reference.forums, () => ({ isEvent: false }));
  const withOrdinals = reference.forumEvents.map((e) =>
    e.ordinal ? { ...e, aliases: [...e.aliases, `${e.ordinal} GFMD`, `${e.ordinal} GFMD meeting`, `${e.ordinal} meeting of the GFMD`, `${e.ordinal} Global Forum on Migration and Development`] } : e,
  );
  add("FORUM", withOrdinals, (e) => ({ isEvent: true, year: e.year ?? null, parentId: e.parent ? entityId("FORUM", e.parent) : undefined }));
  add("CONVENTION", reference.conventions, (e) => ({ adoptedYear: e.adoptedYear ?? null }));
  add("INITIATIVE", reference.initiatives);

  const variantsByCode = new Map<string, string[]>();
  for (const [name, code] of Object.entries(reference.countryVariants)) {
    variantsByCode.set(code, [...(variantsByCode.get(code) ?? []), name]);
  }
  const stateNames = Object.entries(countries.getNames("en", { select: "all" })).map(([code, names]) => [code, [...new Set([...(names as string[]), ...(variantsByCode.get(code) ?? [])])]] as const);
  const styled = formalStateNames(new Map(stateNames));
  for (const [code, names] of stateNames) {
    const [name, ...rest] = names;
    const aliases = rest.filter((a) => a !== name);
    const styleForms = new Set((styled.get(code) ?? []).flatMap((n) => [n, n.replace(/^the\s+/i, "")]));
    entities.push({
      id: entityId("COUNTRY", code),
      kind: "COUNTRY",
      name: name!,
      acronym: null,
      aliases,
      iso2: code,
      iso3: countries.alpha2ToAlpha3(code) ?? null,
      origin: "catalog",
      // A formal style is a way to find the state in text, not a name to list beside it.
      // A style before a capitalised word opens a body's name ("Republic of Kenya Ports Authority"): there the short name reads the state.
      forms: forms(name!, null, [...aliases, ...(styled.get(code) ?? [])]).map((f) => ({ ...f, caseSensitive: true, ...(styleForms.has(f.text) ? { styled: true } : {}) })),
    });
  }
  for (const state of reference.formerStates ?? []) {
    entities.push({
      id: entityId("COUNTRY", state.code),
      kind: "COUNTRY",
      name: state.name,
      acronym: null,
      aliases: state.aliases,
      iso2: state.iso2,
      iso3: state.iso3,
      origin: "catalog",
      forms: forms(state.name, null, state.aliases).map((f) => ({ ...f, caseSensitive: true })),
    });
  }
  const explicit = new Map(Object.entries(reference.countryVariants).map(([name, code]) => [name, entityId("COUNTRY", code)]));
  dropAmbiguousForms(entities, explicit);
  const byId = new Map(entities.map((e) => [e.id, e]));
  if (byId.size !== entities.length) throw new Error("reference catalog has duplicate keys");
  for (const e of entities) if (e.parentId && !byId.has(e.parentId)) throw new Error(`reference catalog: ${e.id} names an unknown parent ${e.parentId}`);
  const demonyms = new Map(Object.entries(reference.demonyms ?? {}).map(([word, code]) => [word, entityId("COUNTRY", code)] as [string, string]).filter(([, id]) => byId.has(id)));
  // The reference's own cities (the book's venues) are read last, so they decide where a name is shared.
  const world = worldCities((code) => byId.has(entityId("COUNTRY", code)));
  const cities = new Map([...world, ...Object.entries(reference.cities ?? {})].map(([city, code]) => [city, entityId("COUNTRY", code)] as [string, string]).filter(([, id]) => byId.has(id)));
  const organizationAcronyms = new Set(entities.filter((e) => e.kind === "ORGANIZATION" && e.acronym).map((e) => e.acronym!));
  const seatCities = new Map(Object.entries(reference.seatCities ?? {}).map(([city, code]) => [city, entityId("COUNTRY", code)] as [string, string]).filter(([, id]) => byId.has(id)));
  return { entities, byId, demonyms, cities, organizationAcronyms, seatCities };
}

/**
 * A form that two entities claim names neither for sure ("Congo" is in both
 * Congos' ISO name lists). It stays with the entity that claims it most
 * strongly — an explicit country variant, then a primary name or acronym — and
 * is dropped (form and alias) from the others; a tie drops it everywhere.
 */
function dropAmbiguousForms(entities: CatalogEntity[], explicit: Map<string, string>): void {
  const claims = new Map<string, Array<{ entity: CatalogEntity; strength: number }>>();
  for (const entity of entities) {
    const seen = new Set<string>();
    for (const form of entity.forms) {
      const key = formKey(form);
      if (seen.has(key)) continue;
      seen.add(key);
      const strength = explicit.get(form.text) === entity.id ? 3 : form.text === entity.name || form.text === entity.acronym ? 2 : 1;
      claims.set(key, [...(claims.get(key) ?? []), { entity, strength }]);
    }
  }
  for (const [key, list] of claims) {
    if (new Set(list.map((c) => c.entity.id)).size < 2) continue;
    const best = Math.max(...list.map((c) => c.strength));
    const winners = list.filter((c) => c.strength === best);
    for (const c of list) {
      if (winners.length === 1 && c === winners[0]) continue;
      c.entity.forms = c.entity.forms.filter((f) => formKey(f) !== key);
      c.entity.aliases = c.entity.aliases.filter((a) => formKey({ text: a, caseSensitive: true }) !== key && formKey({ text: a, caseSensitive: false }) !== key);
    }
  }
}

/** Two forms with the same key reach the same matcher terminal. */
function formKey(form: Form): string {
  const words = matchTokens(form.text);
  return form.caseSensitive ? `cs|${words.map((w) => w.text).join(" ")}` : `ci|${words.map((w) => w.fold).join("")}`;
}

let cached: Catalog | undefined;

/** The bundled catalog, validated once. */
export function defaultCatalog(): Catalog {
  if (cached) return cached;
  const path = join(REPO_ROOT, "ingest", "catalog", "reference.json");
  const parsed = referenceSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) throw new Error(`ingest/catalog/reference.json is invalid: ${parsed.error.message}`);
  cached = buildCatalog(parsed.data);
  return cached;
}

import type { EntityKind } from "../../src/ontology/ontology.js";
import type { Catalog } from "../catalog/catalog.js";
import type { Matcher } from "./Matcher.js";
import { headingName, headingNameEntity } from "./headingName.js";
import { meetingOfYear } from "./meetingOfYear.js";
import { meetingLine } from "./meetingHeading.js";
import { occasionNames, type Occasion } from "./meetingOccasion.js";
import { agree } from "./meetingOccasions.js";
import { entityId } from "../../src/ontology/ids.js";
import { canonicalId } from "./EntityMap.js";
import { headKind } from "./headKind.js";
import { isGeneric } from "./nameTrim.js";
import type { EntityRecord } from "./types.js";
import { capitalised, SITTING_NOUNS, sittingSlug } from "./meetingNouns.js";

/** A catalog entity as a page's record: its matching forms stay in the catalog. */
const withoutForms = <T extends { forms?: unknown }>(c: T): Omit<T, "forms"> => {
  const { forms: _f, ...record } = c;
  return record;
};

/** "Bali Process Ministerial Conference 2011": words naming the kind of meeting may stand between the series and its year. */
const MEETING_WORDS = `(?:(?:Ministerial|Regional|Senior|Officials[’']?|Technical|Annual|Plenary|${SITTING_NOUNS.map(capitalised).join("|")})\\s+){0,3}`;
const YEAR_AFTER_NAME = new RegExp(`^\\s*${MEETING_WORDS}((?:19|20)\\d{2})\\b(?!\\s*[-–/]\\s*\\d)`);

function yearBeside(label: string, start: number, end: number): number | null {
  const after = YEAR_AFTER_NAME.exec(label.slice(end));
  const before = /(?<![-–/]\s*)\b((?:19|20)\d{2})\s*(?:the\s+)?$/i.exec(label.slice(0, start));
  const year = after?.[1] ?? before?.[1];
  return year ? Number(year) : null;
}

/**
 * The entity a section heading names: "Migrant Workers (Supplementary Provisions) Convention, 1975 (No. 143)",
 * "The Abu Dhabi Dialogue", "Colombo Process ministers meet in Colombo". Headings are not passages, so a body
 * named only there never becomes a mention; yet it is what the rows and pronouns under the heading are about.
 * The longest catalog name in the heading wins, a meeting's too ("Global Forum on Migration and Development 2012",
 * "GFMD 2010"); countries name no topic. A catalog entity the
 * document never mentions elsewhere joins the graph's entities, as a meeting found by its year does.
 */
export type HeadingEntity = (label: string, pageSeries?: (sitting?: boolean) => string | null) => string | null;

const TOPIC_KINDS = new Set<EntityKind>(["FORUM", "INITIATIVE", "CONVENTION", "ORGANIZATION"]);

export function headingEntity(catalog: Catalog, matcher: Matcher, entities: Map<string, EntityRecord>, headedProjects: ReadonlyMap<string, string> = new Map()): HeadingEntity {
  const cache = new Map<string, string | null>();
  const meetings = headingMeetings(catalog, matcher, entities);
  return (label, pageSeries) => {
    // "Suva, 17-18 April 2024 - Senior Officials' Meeting": a heading naming one dated meeting (meetingHeading.ts).
    const meeting = meetings(label, pageSeries);
    if (meeting) return meeting;
    if (cache.has(label)) return cache.get(label)!;
    // A heading in a list of projects names the project it heads (headingProjects.ts).
    const project = headedProjects.get(label);
    if (project) {
      cache.set(label, project);
      return project;
    }
    let best: { id: string; start: number; length: number } | null = null;
    for (const m of matcher.findAll(label)) {
      const c = catalog.byId.get(m.entityId);
      if (!c || !TOPIC_KINDS.has(c.kind)) continue;
      if (!best || m.end - m.start > best.length) best = { id: c.id, start: m.start, length: m.end - m.start };
    }
    // "Global Forum on Remittances 2017", "2017 Global Forum on Remittances": a standing forum's name with a year
    // right beside it titles that year's meeting (a span "2016–2018" titles none).
    const year = best && catalog.byId.get(best.id)!.kind === "FORUM" && !catalog.byId.get(best.id)!.isEvent ? yearBeside(label, best.start, best.start + best.length) : null;
    const known = (id: string) => {
      if (!entities.has(id)) {
        const { forms: _f, ...record } = catalog.byId.get(id)!;
        entities.set(id, record);
      }
      return id;
    };
    // A heading that names a treaty or dialogue no catalog lists is that body (headingName.ts), also when a catalog
    // name stands inside it ("Migration Dialogue from COMESA Member States (MIDCOM)" is no heading on COMESA).
    const whole = headingName(label);
    // Without its acronym, a heading's own name must not hold a catalog body's ("Colombo Process Dialogue on X").
    // A treaty named for its body ("OAU Convention Governing …", "Council of Europe Convention on …") is the treaty.
    if (whole && (!best || ((whole.acronym !== null || (whole.aliases?.length ?? 0) > 0 || whole.kind === "CONVENTION") && best.length < whole.name.length))) {
      const id = headingNameEntity(label, entities);
      cache.set(label, id);
      return id;
    }
    const id = best ? (year !== null ? meetingOfYear(known(best.id), year, entities, catalog) : known(best.id)) : null;
    cache.set(label, id);
    return id;
  };
}

/**
 * The meeting a dated meeting heading names (MEETING_HEADING, meetingHeading.ts): of the forum the line names, else of
 * the page's series, in the line's year. The series' one meeting of that year is it where their day, number and city
 * agree; where another heading or the text already gave that year's meeting another day, number or city, it is a meeting
 * of its own, keyed by its day (else number, else city) as meetingOccasions.ts keys them. Null when the line names no
 * meeting, names a body that is no forum, or gives nothing that tells it from a different meeting of that year.
 */
function headingMeetings(catalog: Catalog, matcher: Matcher, entities: Map<string, EntityRecord>): (label: string, pageSeries?: (sitting?: boolean) => string | null) => string | null {
  const results = new Map<string, string | null>();
  /** The day, number and city each meeting a heading named was given (a meeting keyed by its year alone has none). */
  const given = new Map<string, Occasion>();
  const seriesNamed = (text: string): string | null => {
    const whole = matcher.findAll(text).find((m) => m.start === 0 && m.end === text.length);
    const c = whole ? catalog.byId.get(whole.entityId) : undefined;
    if (c && (c.kind !== "FORUM" || c.isEvent)) return null;
    // A catalog series the heading alone names ("Commission on Population and Development, 52nd session, …") is the page's too.
    if (c && !entities.has(c.id)) entities.set(c.id, withoutForms(c));
    if (c) return c.id;
    if (whole) return null;
    const lower = text.toLowerCase();
    for (const e of entities.values()) if (e.kind === "FORUM" && !e.isEvent && (e.name.toLowerCase() === lower || e.acronym === text || e.aliases.some((a) => a.toLowerCase() === lower))) return e.id;
    // A name only the heading writes, headed by a forum's noun ("Coral Sea Labour Dialogue Senior Officials' Meeting, …"),
    // is a series of its own; a generic one ("Regional Dialogue") or one holding a catalog name is not.
    if (text.split(/\s+/).length < 3 || headKind(text) !== "FORUM" || isGeneric(text) || matcher.findAll(text).length > 0) return null;
    const id = entityId("FORUM", text);
    if (!entities.has(id)) entities.set(id, { id, kind: "FORUM", name: text, acronym: null, aliases: [], origin: "discovered" });
    return entities.get(id)!.isEvent ? null : id;
  };
  const occasionOf = (e: EntityRecord): Occasion => ({ ...given.get(e.id), ...(e.date ? { date: e.date } : {}), ...(e.ordinal ? { ordinal: e.ordinal } : {}), ...(e.city ? { city: e.city } : {}) });
  const discriminated = (o: Occasion) => !!(o.date || o.ordinal || o.city);
  return (label, pageSeries) => {
    const line = meetingLine(label, catalog.cities);
    if (!line) return null;
    // A numbered sitting may be of a committee or council the title names, read as an organization (pageSeries.ts).
    const series = line.seriesText ? seriesNamed(line.seriesText) : pageSeries?.(!!line.occasion.ordinal) ?? null;
    if (!series) return null;
    const key = `${series}|${label}`;
    if (results.has(key)) return results.get(key)!;
    // The series' meetings of that year, and the meeting of that number the text named undated ("the second session").
    // Derived from the series' id after the fold, so it may name a variant the resolver folded away: follow its fold.
    const numbered = line.occasion.ordinal ? entities.get(canonicalId(entities, entityId("FORUM", `${sittingSlug(series)} ${line.occasion.ordinal} ${line.noun}`))) : undefined;
    const undated = numbered?.isEvent && numbered.parentId === series && numbered.year == null ? [numbered] : [];
    const held = [...[...entities.values()].filter((e) => e.isEvent && e.parentId === series && e.year === line.year), ...undated];
    const o = line.occasion;
    const fits = held.filter((e) => agree(occasionOf(e), o));
    let id: string | null = null;
    if (held.length === 0) {
      id = meetingOfYear(series, line.year, entities, catalog, true, !!o.ordinal);
      const found = id ? entities.get(id) : undefined;
      if (found && found.origin === "discovered" && discriminated(o)) {
        given.set(found.id, o);
        // On a copy: the record may be shared with other documents (DocumentEntities.ts).
        const e = { ...found, aliases: [...found.aliases], ...(o.date ? { date: o.date } : {}), ...(o.ordinal ? { ordinal: o.ordinal } : {}), ...(o.city ? { city: o.city } : {}) };
        const forum = entities.get(series)!;
        for (const name of occasionNames(forum.name, line.year, "meeting", o)) if (!e.aliases.includes(name)) e.aliases.push(name);
        entities.set(e.id, e);
      }
    } else if (fits.length === 1) {
      id = fits[0]!.id;
      if (discriminated(o)) given.set(id, { ...o, ...given.get(id) });
      const found = entities.get(id)!;
      // A discovered meeting the heading tells more of takes its day, number and city, and the names they give it.
      if (found.origin === "discovered" && discriminated(o)) {
        // On a copy: the record may be shared with other documents (DocumentEntities.ts).
        const e = { ...found, aliases: [...found.aliases] };
        if (e.year == null) e.year = line.year;
        if (o.date && !e.date) e.date = o.date;
        if (o.ordinal && !e.ordinal) e.ordinal = o.ordinal;
        if (o.city && !e.city) e.city = o.city;
        for (const name of occasionNames(entities.get(series)!.name, line.year, "meeting", occasionOf(e))) if (!e.aliases.includes(name) && e.name !== name) e.aliases.push(name);
        entities.set(id, e);
      }
    } else if (fits.length === 0 && discriminated(o)) {
      // Another meeting of that year: keyed by its day, else its number, else its city.
      const forum = entities.get(series)!;
      const natural = o.date ?? (o.ordinal ? `${o.ordinal} meeting` : `${line.year} ${o.city!}`);
      id = entityId("FORUM", `${sittingSlug(series)} ${natural}`);
      if (!entities.has(id)) {
        const names = occasionNames(forum.name, line.year, "meeting", o);
        entities.set(id, { id, kind: "FORUM", name: names[0] ?? `${forum.name} ${natural}`, acronym: null, aliases: names.slice(1), origin: "discovered", isEvent: true, year: line.year, parentId: series, ...(o.date ? { date: o.date } : {}), ...(o.ordinal ? { ordinal: o.ordinal } : {}), ...(o.city ? { city: o.city } : {}) });
      }
      given.set(id, o);
    }
    results.set(key, id);
    return id;
  };
}

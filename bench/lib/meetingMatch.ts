/**
 * Matching a dev set's described meetings to the graph's meeting events (pure).
 *
 * Writers name a dated meeting that no catalog lists as they see fit: "Contact Group
 * meeting, Bern, 13 November 2017", "13th Trust Fund Board of the Madad Fund, Brussels,
 * 5 December 2023". No graph name can equal such a description, so name matching alone
 * counts every one of them as missing, even where the graph holds that very meeting.
 *
 * A described meeting therefore also matches a graph event by structure: the same series
 * (its parentId is one of the series' graph ids), the same year, and a discriminator that
 * agrees (date, ordinal or venue city) with none that disagrees. The match is strict:
 * - a graph event with no discriminator matches only when it is the series' one event of
 *   that year in the page and the page describes one meeting of the series in that year;
 * - a graph event that several described meetings of one page would match matches none of
 *   them (one node standing for several meetings is a wrong merge, not a find).
 *
 * The series comes from the entity's `partOf` field, or else from the page's PART_OF fact
 * whose source is the meeting. Year, date, ordinal and city come from the entity's fields,
 * or else from its name.
 *
 * A one-off meeting (no series) described with its venue and date after a comma ("International
 * Conference on X, Islamabad, 17-18 February 2020") matches a graph event whose name (or an
 * alias) is the description's part before the comma, of the same year, with no discriminator
 * that disagrees; the same rule of one node for one described meeting applies.
 */
import type { EntityRecord } from "../../ingest/core/types.js";
import { MONTH_NAMES, isoDate } from "../../ingest/core/months.js";
import { ORDINAL_WORDS } from "../../ingest/core/ordinals.js";
import { normaliseName, type EndSpec, type EntityIndex, type ExpectedEntity, type Fact, type FormsOf } from "./devsetMatch.js";

/** What a described meeting is, as far as its page says. */
export interface MeetingKey {
  series: EndSpec;
  year: number;
  /** ISO day ("2017-11-13") or month ("2017-11"). */
  date?: string;
  ordinal?: number;
  city?: string;
}

/** Fields a dev-set entity may carry for a meeting (all optional; the name is parsed where they are missing). */
export interface MeetingFields {
  partOf?: string;
  year?: number;
  date?: string;
  ordinal?: number;
  city?: string;
}

/** Fields a graph meeting event may carry besides parentId and year. */
type GraphMeeting = EntityRecord & { date?: string | null; ordinal?: number | null; city?: string | null };

const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s+(${MONTH_NAMES})\\s+((?:19|20)\\d{2})\\b`, "i");
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\s+(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?,?\\s+((?:19|20)\\d{2})\\b`, "i");
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\s+((?:19|20)\\d{2})\\b`, "i");
const YEAR = /\b((?:19|20)\d{2})\b(?!\s*[-–/]\s*(?:19|20)?\d{2}\b)/;
const NUMBERED = /\b(\d{1,3})(?:st|nd|rd|th)\b/i;
const ORDINAL_WORD = new RegExp(`\\b(${ORDINAL_WORDS.join("|")})\\b`, "i");


/** The date a meeting's description gives: a day, else a month; null when it gives neither. */
export function describedDate(name: string): string | null {
  const dmy = DAY_MONTH_YEAR.exec(name);
  if (dmy) return isoDate(dmy[1], dmy[2], dmy[3]);
  const mdy = MONTH_DAY_YEAR.exec(name);
  if (mdy) return isoDate(mdy[2], mdy[1], mdy[3]);
  const my = MONTH_YEAR.exec(name);
  return my ? isoDate(undefined, my[1], my[2]) : null;
}

/** The meeting's number in its series: "13th …", "the third meeting", "…, first session". */
export function describedOrdinal(name: string): number | null {
  const numbered = NUMBERED.exec(name);
  if (numbered) return Number(numbered[1]);
  const word = ORDINAL_WORD.exec(name);
  return word ? ORDINAL_WORDS.indexOf(word[1].toLowerCase()) + 1 : null;
}

/**
 * The venue a description names: a comma- or bracket-parted piece after the first that is a
 * short capitalised name with no digits ("…, Bern, 13 November 2017" → Bern).
 */
export function describedCity(name: string): string | null {
  const parts = name.split(/\s*[,()]\s*/).slice(1);
  for (const part of parts) {
    if (!part || /\d/.test(part)) continue;
    const words = part.split(/\s+/);
    if (words.length > 3 || !words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|la|es|el|al)$/.test(w))) continue;
    return part;
  }
  return null;
}

/** A one-off meeting's key: the name before its first comma, and its year; null for a meeting of a series. */
export function oneOffKey(entity: ExpectedEntity & MeetingFields, facts: readonly Fact[]): { head: string; key: Omit<MeetingKey, "series"> } | null {
  if (entity.kind !== "FORUM" || seriesOf(entity, facts)) return null;
  const comma = entity.name.indexOf(",");
  if (comma <= 0) return null;
  const date = entity.date ?? describedDate(entity.name) ?? undefined;
  const yearText = date?.slice(0, 4) ?? YEAR.exec(entity.name.slice(comma))?.[1];
  const year = entity.year ?? (yearText ? Number(yearText) : undefined);
  if (year === undefined) return null;
  const head = entity.name.slice(0, comma).trim();
  return { head, key: { year, date, ordinal: entity.ordinal ?? undefined, city: entity.city ?? describedCity(entity.name) ?? undefined } };
}

/** A described meeting's key, or null when the page gives no series or no year for it. */
export function meetingKey(entity: ExpectedEntity & MeetingFields, facts: readonly Fact[]): MeetingKey | null {
  if (entity.kind !== "FORUM") return null;
  const series = seriesOf(entity, facts);
  if (!series) return null;
  const date = entity.date ?? describedDate(entity.name) ?? undefined;
  const yearText = date?.slice(0, 4) ?? YEAR.exec(entity.name)?.[1];
  const year = entity.year ?? (yearText ? Number(yearText) : undefined);
  if (year === undefined) return null;
  return {
    series,
    year,
    date,
    ordinal: entity.ordinal ?? describedOrdinal(entity.name) ?? undefined,
    city: entity.city ?? describedCity(entity.name) ?? undefined,
  };
}

function seriesOf(entity: ExpectedEntity & MeetingFields, facts: readonly Fact[]): EndSpec | null {
  if (entity.partOf) return entity.partOf.includes(":") ? { id: entity.partOf } : { name: entity.partOf };
  const own = normaliseName(entity.name);
  const part = facts.find((f) => !f.absent && f.type === "PART_OF" && f.file === entity.file && f.sourceName && normaliseName(f.sourceName) === own);
  if (!part) return null;
  if (part.target) return { id: part.target };
  return part.targetName ? { name: part.targetName } : null;
}

type Verdict = "agree" | "conflict" | "silent";

function compare(key: Omit<MeetingKey, "series">, e: GraphMeeting): Verdict {
  const verdicts: Verdict[] = [];
  if (key.date && e.date) verdicts.push(key.date.startsWith(e.date) || e.date.startsWith(key.date) ? "agree" : "conflict");
  if (key.ordinal !== undefined && e.ordinal != null) verdicts.push(key.ordinal === e.ordinal ? "agree" : "conflict");
  if (key.city && e.city) verdicts.push(normaliseName(key.city) === normaliseName(e.city) ? "agree" : "conflict");
  if (verdicts.includes("conflict")) return "conflict";
  return verdicts.includes("agree") ? "agree" : "silent";
}

const undiscriminated = (e: GraphMeeting) => !e.date && e.ordinal == null && !e.city;

/**
 * For each page, the graph ids its described meetings match by structure, keyed by
 * `file|normalised name`. `pageIndex` gives a page's graph entities (series ids resolve there).
 */
export function matchDescribedMeetings(
  expected: ReadonlyArray<ExpectedEntity & MeetingFields>,
  facts: readonly Fact[],
  pageEntities: (file: string) => readonly EntityRecord[],
  pageIndex: (file: string) => EntityIndex,
  formsOf: FormsOf,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const byFile = new Map<string, Array<ExpectedEntity & MeetingFields>>();
  for (const e of expected) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, list] of byFile) {
    const keyed = list.map((e) => ({ e, key: meetingKey(e, facts) })).filter((x): x is { e: ExpectedEntity & MeetingFields; key: MeetingKey } => x.key !== null);
    const oneOffs = list.map((e) => ({ e, one: oneOffKey(e, facts) })).filter((x) => x.one !== null);
    if (keyed.length === 0 && oneOffs.length === 0) continue;
    const events = pageEntities(file) as GraphMeeting[];
    const index = pageIndex(file);
    const claims = new Map<string, string[]>();
    const found = new Map<string, Set<string>>();
    for (const { e, one } of oneOffs) {
      const head = normaliseName(one!.head);
      const hits = events.filter((g) => g.isEvent && g.year === one!.key.year && [g.name, ...(g.aliases ?? [])].some((n) => normaliseName(n) === head) && compare(one!.key, g) !== "conflict");
      const name = `${file}|${normaliseName(e.name)}`;
      found.set(name, new Set(hits.map((g) => g.id)));
      for (const g of hits) claims.set(g.id, [...(claims.get(g.id) ?? []), name]);
    }
    const series = keyed.map(({ key }) => index.resolve(key.series, formsOf));
    keyed.forEach(({ e, key }, i) => {
      const seriesIds = series[i];
      const candidates = events.filter((g) => g.parentId && seriesIds.has(g.parentId) && g.year === key.year);
      const sameYear = keyed.filter((k, j) => k.key.year === key.year && overlaps(series[j], seriesIds));
      const hits = candidates.filter((g) => {
        const verdict = compare(key, g);
        if (verdict === "agree") return true;
        return verdict === "silent" && undiscriminated(g) && candidates.length === 1 && sameYear.length === 1;
      });
      const name = `${file}|${normaliseName(e.name)}`;
      found.set(name, new Set(hits.map((g) => g.id)));
      for (const g of hits) claims.set(g.id, [...(claims.get(g.id) ?? []), name]);
    });
    for (const [name, ids] of found) {
      const unique = [...ids].filter((id) => (claims.get(id) ?? []).length === 1);
      if (unique.length > 0) out.set(name, new Set(unique));
    }
  }
  return out;
}

const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((id) => b.has(id));

import { entityId } from "../../src/ontology/ids.js";
import { sittingSlug } from "./meetingNouns.js";
import { occasionNames, type Occasion } from "./meetingOccasion.js";
import type { DiscoveredName, Mention } from "./types.js";

/** What recognition gives per document, as far as this step reads it. */
interface DocumentNames {
  mentions: Mention[];
  discovered: Map<string, DiscoveredName>;
}

/** Two readings of one meeting agree when no field both state differs ("2017-11" and "2017-11-13" agree). */
export function agree(a: Occasion, b: Occasion): boolean {
  if (a.date && b.date && !a.date.startsWith(b.date) && !b.date.startsWith(a.date)) return false;
  if (a.ordinal && b.ordinal && a.ordinal !== b.ordinal) return false;
  if (a.city && b.city && a.city !== b.city) return false;
  return true;
}

/** The fields of both, the fuller date kept. */
export function merged(a: Occasion, b: Occasion): Occasion {
  const date = (a.date?.length ?? 0) >= (b.date?.length ?? 0) ? a.date : b.date;
  return { ...b, ...a, ...(date ? { date } : {}) };
}

const weight = (o: Occasion) => Number(!!o.date) + Number(!!o.ordinal) + Number(!!o.city);

/**
 * MEETING_OCCASION, corpus-wide before names are grouped: a series' meeting keyed by its year (or its number) whose
 * mentions state two different occasions (two days, two numbers, two cities) is that many meetings, each keyed by its
 * day, else its number, else its city ("forum:x-2017-11-13"). The fullest readings are placed first; a reading that
 * agrees with exactly one occasion joins it, one that agrees with several, or states none, keeps the shared key, so
 * a meeting the text does not tell apart is not guessed. One occasion only: the meeting keeps its key and carries it.
 */
export function splitMeetingsByOccasion(recognised: DocumentNames[]): void {
  const byKey = new Map<string, Array<{ r: DocumentNames; m: Mention }>>();
  for (const r of recognised) {
    for (const m of r.mentions) {
      const d = m.occasion ? r.discovered.get(m.key) : undefined;
      if (!d?.isEvent || !d.parentId) continue;
      (byKey.get(m.key) ?? byKey.set(m.key, []).get(m.key)!).push({ r, m });
    }
  }
  for (const [key, readings] of byKey) {
    const ordered = [...readings].sort((a, b) => weight(b.m.occasion!) - weight(a.m.occasion!));
    const occasions: Occasion[] = [];
    const placed = new Map<Mention, number>();
    for (const { m } of ordered) {
      const fits = occasions.flatMap((o, i) => (agree(o, m.occasion!) ? [i] : []));
      if (fits.length > 1) continue;
      if (fits.length === 1) occasions[fits[0]!] = merged(occasions[fits[0]!]!, m.occasion!);
      else occasions.push({ ...m.occasion! });
      placed.set(m, fits[0] ?? occasions.length - 1);
    }
    if (occasions.length === 1) {
      for (const { r } of readings) {
        const base = r.discovered.get(key)!;
        base.occasion = merged(base.occasion ?? {}, occasions[0]!);
      }
      continue;
    }
    for (const { r, m } of readings) {
      const at = placed.get(m);
      if (at === undefined) continue;
      const o = occasions[at]!;
      const base = r.discovered.get(key)!;
      // Keyed under the series, as a numbered meeting is: "forum:x-2017-11-13", "forum:x-3-meeting", "forum:x-2017-bern".
      const natural = o.date ?? (o.ordinal ? `${o.ordinal} ${nounOf(base)}` : `${base.year ?? ""} ${o.city!}`);
      const id = entityId("FORUM", `${sittingSlug(base.parentId!)} ${natural}`);
      if (!r.discovered.has(id)) {
        const [name] = occasionNames(o.series ?? base.name, base.year, nounOf(base), o);
        const ordinal = o.kind ?? (o.ordinal ? `${o.ordinal} ${nounOf(base)}` : undefined);
        r.discovered.set(id, { ...base, key: id, name: name ?? `${base.name} ${natural}`, alias: undefined, occasion: o, ...(ordinal ? { ordinal } : { ordinal: undefined }) });
      }
      m.key = id;
    }
  }
}

/** The meeting noun of a numbered meeting's key ("3 ministerial meeting" → "meeting"), "meeting" by default. */
const nounOf = (d: DiscoveredName) => (d.ordinal ? d.ordinal.split(" ").pop()! : "meeting");

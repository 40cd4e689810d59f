import type { EntityRecord } from "./types.js";

/**
 * "MIDSA 2021" is also the "Migration Dialogue for Southern Africa 2021", and the "Steering Committee of the X 2019"
 * the "X Steering Committee 2019": a discovered dated meeting goes by each name of its series with its year.
 * Where a series met more than once that year, the series' name with the year tells none of them apart.
 */
export function seriesYearAliases(entities: ReadonlyMap<string, EntityRecord>): void {
  const sameYear = new Map<string, number>();
  for (const e of entities.values()) if (e.isEvent && e.year && e.parentId) sameYear.set(`${e.parentId}|${e.year}`, (sameYear.get(`${e.parentId}|${e.year}`) ?? 0) + 1);
  for (const e of entities.values()) {
    const series = e.origin === "discovered" && e.isEvent && e.year && e.parentId ? entities.get(e.parentId) : undefined;
    if (!series) continue;
    const forms = [series.name, series.acronym, ...series.aliases].filter((f): f is string => !!f).map((f) => `${f} ${e.year}`);
    if (sameYear.get(`${e.parentId}|${e.year}`)! > 1) {
      e.aliases = e.aliases.filter((a) => !forms.includes(a));
      continue;
    }
    e.aliases = [...new Set([...e.aliases, ...forms.filter((n) => n !== e.name)])];
  }
}

import { createRequire } from "node:module";

/**
 * Where a city lies, from two maintained datasets (identity data, like a country's name): every state's capital
 * (countries-list) and the world's large cities (city-timezones, 750,000 people or more). A meeting page names its
 * venue by city ("Dushanbe hosted the second meeting", "2018 - Kuala Lumpur"), so the readers of venues need the
 * cities of the next page, not only those of the bundled book.
 *
 * A name that several countries' cities bear stays only where one of them is far larger (London, not London,
 * Ontario) or is a capital; otherwise it is left out, since it would place a meeting in the wrong state.
 */
const require = createRequire(import.meta.url);

interface CityRow {
  city: string;
  city_ascii: string;
  pop: number;
  iso2: string | null;
}

const LARGE_CITY = 750_000;
/** How much larger the first city of a shared name must be than the next for the name to be its. */
const DOMINANT = 5;

/** City name → ISO 3166 alpha-2 code, for the states `isState` accepts. */
export function worldCities(isState: (iso2: string) => boolean): Map<string, string> {
  const rows = (require("city-timezones") as { cityMapping: CityRow[] }).cityMapping;
  const countries = (require("countries-list") as { countries: Record<string, { capital?: string }> }).countries;

  const bearers = new Map<string, Map<string, number>>();
  const bear = (name: string, iso2: string, pop: number) => {
    if (!name || !/^[A-Z]{2}$/.test(iso2) || !isState(iso2)) return;
    const by = bearers.get(name) ?? new Map<string, number>();
    by.set(iso2, Math.max(by.get(iso2) ?? 0, pop));
    bearers.set(name, by);
  };
  for (const r of rows) for (const name of new Set([r.city, r.city_ascii])) bear(name, String(r.iso2 ?? "").toUpperCase(), r.pop);

  const capitals = new Map<string, Set<string>>();
  for (const [code, c] of Object.entries(countries)) {
    for (const name of (c.capital ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
      if (!/^[A-Z]{2}$/.test(code) || !isState(code)) continue;
      capitals.set(name, (capitals.get(name) ?? new Set()).add(code));
    }
  }

  const out = new Map<string, string>();
  for (const [name, by] of bearers) {
    const ranked = [...by.entries()].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    if (first![1] < LARGE_CITY) continue;
    if (!second || first![1] >= DOMINANT * second[1]) out.set(name, first![0]);
  }
  for (const [name, codes] of capitals) {
    const code = codes.size === 1 ? [...codes][0]! : null;
    // "Victoria" is the Seychelles' capital and a larger Canadian city: the name places nothing.
    const larger = code && [...(bearers.get(name) ?? new Map<string, number>())].some(([other, pop]) => other !== code && pop > (bearers.get(name)?.get(code) ?? 0));
    if (code && !larger) out.set(name, code);
    else out.delete(name);
  }
  return out;
}

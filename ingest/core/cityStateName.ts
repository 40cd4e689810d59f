/**
 * CITY_STATE_NAME: a state's name inside the name of a city of another state ("Port of Spain" lies in Trinidad and
 * Tobago, "Benin City" in Nigeria) is part of the city's name, not a mention of the state: a summit "in Port of Spain"
 * says nothing of Spain. The cities come from the catalog (worldCities.ts), so the rule needs no list of its own; a city
 * named after its own state ("Kuwait City", "Guatemala City") still names that state.
 */
export const CITY_STATE_NAME = {
  id: "city-state-name",
  positive: [
    { text: "The fifth Summit of the Americas met in Port of Spain in April 2009.", notCountry: "ctry:es" },
    { text: "The workshop on return took place in Benin City, Edo State, in 2019.", notCountry: "ctry:bj" },
  ],
  negative: [
    { text: "Spain hosted the meeting in Madrid, and Trinidad and Tobago sent a delegation from Port of Spain.", country: "ctry:es" },
    { text: "The third ministerial consultation was held in Kuwait City.", country: "ctry:kw" },
    { text: "IOM opened an office in Benin, and a second one in Lagos.", country: "ctry:bj" },
  ],
};

const cache = new WeakMap<Map<string, string>, Map<string, Array<{ before: string; after: string; state: string }>>>();

/** Each city's name cut around every word-bounded part of it, keyed by that part. */
function cityParts(cities: Map<string, string>) {
  let parts = cache.get(cities);
  if (parts) return parts;
  parts = new Map();
  for (const [city, state] of cities) {
    const words = city.split(" ");
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= words.length; j++) {
        if (i === 0 && j === words.length) continue;
        const part = words.slice(i, j).join(" ");
        const before = words.slice(0, i).map((w) => `${w} `).join("");
        const after = words.slice(j).map((w) => ` ${w}`).join("");
        const list = parts.get(part) ?? [];
        list.push({ before, after, state });
        parts.set(part, list);
      }
    }
  }
  cache.set(cities, parts);
  return parts;
}

/** Whether the state matched at [start, end) of text is a part of the name of a city that lies in another state. */
export function inCityName(text: string, start: number, end: number, stateId: string, cities: Map<string, string>): boolean {
  const found = cityParts(cities).get(text.slice(start, end));
  if (!found) return false;
  return found.some((c) => c.state !== stateId && text.slice(start - c.before.length, start) === c.before && text.slice(end, end + c.after.length) === c.after && !/^[\p{L}\p{N}]/u.test(text.slice(end + c.after.length, end + c.after.length + 1)));
}

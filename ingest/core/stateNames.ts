import type { EntityRecord, Form } from "./types.js";

/**
 * The names of states: the one place that reads them. The catalog builds every country from i18n-iso-countries plus
 * the variants migration texts write (catalog.ts); a reader asks here whether words name a state, and which one, and
 * keeps no map of its own. The readings differ on purpose, each as its readers need it:
 * - `named`: in any case, a state's name, acronym or alias, for the words that own a body ("Kenya's", ownerState.ts);
 * - `written`: a name or alias exactly as written, for a state's name before a body's name ("Sri Lanka", variantFold.ts);
 * - `formed`: in any case, any of the forms the catalog matches in text (the article dropped, "UN" for "United
 *   Nations"), for a place a meeting names (hostTest.ts, placeTest.ts).
 * Built from the records given, once each, on first use: the catalog's states, or those an ingest run resolved.
 */
export interface StateNames {
  named(words: string): string | undefined;
  written(words: string): boolean;
  formed(words: string): string | undefined;
}

interface Tables {
  named: Map<string, string>;
  written: Set<string>;
  formed: Map<string, string>;
}

const cache = new WeakMap<object, Tables>();

function tables(records: Iterable<EntityRecord & { forms?: Form[] }>): Tables {
  const t: Tables = { named: new Map(), written: new Set(), formed: new Map() };
  for (const e of records) {
    if (e.kind !== "COUNTRY") continue;
    for (const f of [e.name, e.acronym, ...(e.aliases ?? [])]) if (f) t.named.set(f.toLowerCase(), e.id);
    for (const f of [e.name, ...e.aliases]) t.written.add(f);
    for (const f of e.forms ?? []) t.formed.set(f.text.toLowerCase(), e.id);
  }
  return t;
}

export function stateNames(records: Iterable<EntityRecord & { forms?: Form[] }>): StateNames {
  let t: Tables | undefined = cache.get(records);
  const read = () => {
    if (!t) cache.set(records, (t = tables(records)));
    return t;
  };
  return {
    named: (words) => read().named.get(words.toLowerCase()),
    written: (words) => read().written.has(words),
    formed: (words) => read().formed.get(words.toLowerCase()),
  };
}

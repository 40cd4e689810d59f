/**
 * FORMAL_STATE_NAMES: a state is also written by its formal style, "the Kingdom of Spain", "the Republic of
 * Ireland", "the Grand Duchy of Luxembourg", where the list of names knows only the short one. Each short name of a
 * state takes these styles as further names. A short name written inside another state's names ("China" in "Taiwan,
 * Province of China", "Congo" in "Democratic Republic of the Congo") says which of two states only as written: a
 * style built on it could name the other one, so it takes none. "State of" is left out: it also opens the names of a
 * federation's states ("State of Georgia").
 */
export const FORMAL_STATE_NAMES = {
  id: "formal-state-names",
  what: "A state's short name takes the formal styles 'Kingdom of', 'Republic of', 'Principality of' and 'Grand Duchy of' as names of that state, unless another state's names hold the short name.",
  words: ["Kingdom of", "Republic of", "Principality of", "Grand Duchy of"],
};

/** Short names only, written in words: no comma, bracket or acronym ("DRC", "U.K."), and no style of their own already. */
const PLAIN = /^(?:the\s+)?[A-Z][\p{Ll}'’-]+(?:\s+(?:the\s+|and\s+)?[A-Z][\p{Ll}'’-]+)*$/u;
const STYLED = /\b(?:Republic|Kingdom|Principality|Duchy|State|Federation|Confederation|Emirates|Commonwealth|Sultanate)\b/;

const words = (s: string) => ` ${s.toLowerCase().replace(/^the\s+/, "").replace(/[^\p{L}\s]/gu, " ").replace(/\s+/g, " ").trim()} `;

/**
 * Each run of whole words in any state's written names ("congo" and "republic of the congo" in "Republic of the
 * Congo"), with the states that write it: built in one pass, so that asking whether another state's names hold a
 * short name is one look-up rather than a search through every name.
 */
function wordRunsByState(namesByCode: ReadonlyMap<string, readonly string[]>): Map<string, Set<string>> {
  const runs = new Map<string, Set<string>>();
  for (const [code, names] of namesByCode) {
    for (const name of names) {
      const ws = words(name).trim().split(" ");
      for (let i = 0; i < ws.length; i++) {
        for (let j = i + 1; j <= ws.length; j++) {
          const run = ` ${ws.slice(i, j).join(" ")} `;
          const codes = runs.get(run) ?? new Set<string>();
          codes.add(code);
          runs.set(run, codes);
        }
      }
    }
  }
  return runs;
}

/** The formal-style names of each state (by code), from every state's written names. */
export function formalStateNames(namesByCode: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const runs = wordRunsByState(namesByCode);
  const out = new Map<string, string[]>();
  for (const [code, names] of namesByCode) {
    const styled = new Set<string>();
    for (const name of names) {
      if (!PLAIN.test(name) || STYLED.test(name)) continue;
      const short = words(name);
      if ([...(runs.get(short) ?? [])].some((other) => other !== code)) continue;
      for (const style of FORMAL_STATE_NAMES.words) styled.add(`${style} ${name}`);
    }
    const known = new Set(names);
    const fresh = [...styled].filter((n) => !known.has(n));
    if (fresh.length) out.set(code, fresh);
  }
  return out;
}

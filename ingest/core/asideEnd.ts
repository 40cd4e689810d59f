import { tokenAt, type AToken } from "./analysis.js";

const RELATIVES = new Set(["which", "who", "that", "whose"]);
/** Words that open a descriptive aside after a name: an article, a relative, "one of", "itself", "long". */
const ASIDE_OPENERS = new Set(["a", "an", "the", "which", "who", "one", "itself", "itself,", "long", "then", "now", "currently", "formerly", "both", "also"]);

/** Past participles that do not end in "-ed". */
const IRREGULAR_PARTICIPLES = new Set(["led", "run", "held", "built", "set", "known", "chosen", "begun", "overseen"]);
const AGENT_PREPOSITIONS = new Set(["by", "at", "within", "under"]);

/** ", housed at IFAD,", ", funded by Norway,": a past participle and its agent or place describe the name before. */
function participleAside(tokens: AToken[], at: number): boolean {
  const t = tokens[at]!;
  const participle = t.pos === "VERB" && (/[a-z]ed$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower));
  return participle && AGENT_PREPOSITIONS.has(tokens[at + 1]?.lower ?? "");
}

/**
 * Where an aside right after a name closes: ", a member of ECOWAS since 2001," or ", which joined X in 2006,"
 * gives the offset after its closing comma; -1 when the name is not followed by such an aside. The aside
 * holds no clause of its own other than a relative one, and no stop, colon or semicolon.
 */
export function asideEnd(text: string, tokens: AToken[], end: number, groups: ReadonlyArray<{ start: number; end: number }>): number {
  const open = /^\s*(?:\([^()]{1,20}\)\s*)?,\s*/.exec(text.slice(end));
  if (!open) return -1;
  const first = tokenAt(tokens, end + open[0].length);
  const opener = tokens[first];
  if (!opener || !(ASIDE_OPENERS.has(opener.lower) || participleAside(tokens, first))) return -1;
  const relative = RELATIVES.has(opener.lower);
  for (let i = first + 1; i < tokens.length && tokens[i]!.start - end < 160; i++) {
    const t = tokens[i]!;
    if ([".", ";", ":"].includes(t.text)) return -1;
    if (!relative && (t.pos === "VERB" || t.pos === "AUX") && !/(?:ed|ing)$/.test(t.lower)) return -1;
    // A comma that only separates members of a list inside the aside does not close it.
    if (t.text === "," && !groups.some((x) => x.start < t.start && x.end > t.start)) return t.end;
  }
  return -1;
}


import type { AToken } from "./analysis.js";

/**
 * "Members include the Gulf states as well as countries of origin such as India and Pakistan", "Taking part are some
 * forty states and several agencies, among them UNHCR and IOM": the predicate governs a class of actors, and the names
 * after "such as" / "among them" / "including" are members of that class, so the predicate governs them too.
 *
 * The stretch must be a plain noun phrase about actors: every noun in it is a class noun of states or bodies (or a word
 * that qualifies one: "countries of origin", "UN agencies"). "A report on countries such as India" names a report, not
 * a class, and is not bridged.
 */
export const CLASS_NOUNS = new Set([
  "state", "states", "country", "countries", "government", "governments", "agency", "agencies", "organization", "organizations",
  "organisation", "organisations", "body", "bodies", "institution", "institutions", "partner", "partners", "donor", "donors",
  "member", "members", "entity", "entities", "actor", "actors", "nation", "nations", "economy", "economies", "observer", "observers",
  "participant", "participants", "delegation", "delegations", "neighbour", "neighbours", "neighbor", "neighbors", "fund", "funds",
  "programme", "programmes", "bank", "banks", "union", "community", "communities", "commission", "commissions", "ministry", "ministries",
]);
/** Words that qualify a class noun without naming anything else ("countries of origin", "transit states"). */
const QUALIFIERS = new Set(["founding", "participating", "sending", "receiving", "neighbouring", "neighboring", "origin", "destination", "transit", "region", "regions", "continent", "family", "system", "development", "donor", "host", "un", "eu", "gulf"]);
/** What opens the named members of the class, right before the first of them. */
const OPENER = /(?:^|[\s,(])(?:such\s+as|including|among\s+(?:them|which|others|whom)|notably|in\s+particular|especially|particularly|namely|e\.\s?g\.|like)\s*[,:]?\s*(?:the\s+)?$/i;
/** Between the predicate and the class: articles, numbers, adjectives, nouns, "of", "and", "as well as", commas. */
const GLUE = new Set(["of", "and", "as", "well", ",", "other", "some", "several", "many", "various", "more", "than", "about", "around", "over", "nearly", "almost"]);

export function exemplarBridge(tokens: AToken[], from: number, to: number, text: string, rStart: number): boolean {
  if (to - from > 16 || to <= from) return false;
  const opener = OPENER.exec(text.slice(tokens[from]!.start, rStart));
  if (!opener) return false;
  const stop = tokens[from]!.start + opener.index;
  let classes = 0;
  for (let i = from; i < to && tokens[i]!.start < stop; i++) {
    const t = tokens[i]!;
    if (CLASS_NOUNS.has(t.lower)) classes++;
    else if (t.text === "-") continue;
    else if (QUALIFIERS.has(t.lower) || GLUE.has(t.lower)) continue;
    else if (t.pos === "DET" || t.pos === "NUM" || t.pos === "ADJ" || (t.pos === "PROPN" && /^[A-Z]/.test(t.text))) continue;
    else return false;
  }
  return classes > 0;
}

/** "Organisations such as A, B and C participate in X": the sentence opens with a class of actors and names its members. */
const CLASS_OPENING = /^\W*(?:(?:the|some|several|other|many|all|major|international|regional|partner|donor|\d+)\s+)*([A-Za-z-]+)\s*,?\s*(?:such\s+as|including|like|notably|among\s+them)\s+(?:the\s+)?$/i;

export function classOpensSentence(before: string): boolean {
  const m = CLASS_OPENING.exec(before);
  return m !== null && CLASS_NOUNS.has(m[1]!.toLowerCase());
}

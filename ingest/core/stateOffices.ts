/**
 * A state's offices, held by a person who acts for the state, as regular-expression sources in title or lower case.
 * stateOfficeHolders.ts reads them after the state ("Chile's foreign minister"); bodyOfficeHolders.ts reads some of
 * them before "of" and the state ("the Prime Minister of Italy"). Both build their patterns from these pieces.
 */
/** A portfolio written after the office: "of the Interior", "for Foreign Affairs". */
const PORTFOLIO_AFTER = String.raw`\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*`;
/** A portfolio written before the office: "foreign minister", "interior cabinet secretary". */
const PORTFOLIO = "(?:[Ff]oreign|[Ii]nterior|[Hh]ome|[Ll]abou?r|[Jj]ustice|[Ii]mmigration|[Mm]igration|[Ff]inance|[Dd]efen[cs]e|[Tt]rade)";

/**
 * A portfolio in lower case after the office, closed by a comma: "minister for coastal affairs, ", "minister of
 * river transport, ". Only a comma closes it, so the words are the office's and not the clause's ("minister for a day").
 */
export const LOWER_PORTFOLIO_AFTER = String.raw`\s+(?:of|for)\s+(?:the\s+)?[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2}(?=,)`;


export const STATE_OFFICES = {
  president: String.raw`(?:[Vv]ice[-\s])?[Pp]resident`,
  primeMinister: String.raw`[Pp]rime\s+[Mm]inister`,
  /** "Minister of the Interior", "Minister for Foreign Affairs": the portfolio after the office. */
  ministerOf: String.raw`[Mm]inister${PORTFOLIO_AFTER}`,
  /** "foreign minister", "Minister of Labour", "Minister": the portfolio before or after the office, or none. */
  minister: String.raw`(?:${PORTFOLIO}\s+)?[Mm]inister(?:${PORTFOLIO_AFTER})?`,
  /** "foreign minister", "Interior Minister": a minister whose portfolio is written before the office, as "of" may follow it. */
  portfolioMinister: String.raw`${PORTFOLIO}\s+[Mm]inister`,
  secretaryOfState: String.raw`[Ss]ecretary\s+of\s+[Ss]tate`,
  envoy: String.raw`(?:[Ss]pecial\s+)?[Ee]nvoy`,
  ambassador: "[Aa]mbassador",
  cabinetSecretary: String.raw`(?:${PORTFOLIO}\s+)?[Cc]abinet\s+[Ss]ecretary`,
  headOf: String.raw`[Hh]ead\s+of\s+(?:[Gg]overnment|[Ss]tate)`,
  /** A head of state or government by another title: "Austria's chancellor", "the Sultan of Brunei", "a country's Queen". */
  ruler: String.raw`(?:[Cc]hancellor|[Kk]ing|[Qq]ueen|[Ee]mir|[Ss]ultan)`,
  /** A state's envoy to a body: "Chile's Permanent Representative", "Permanent Representative of Chile". */
  permanentRepresentative: String.raw`[Pp]ermanent\s+[Rr]epresentative`,
};

/** Words before an office whose holder acts for no one now: "the former president", "ex-minister", "the late envoy". */
export const FORMER_WORDS = ["former", "ex", "late", "past"];

/**
 * The former-holder words (FORMER_WORDS and `more`) closing `text`, with one word between allowed: "former Chilean ".
 * The word between is a plain modifier: "the past year, " or "the late 1990s, " is a time, not the holder's.
 */
export function formerBefore(more: string[] = []): RegExp {
  const words = [...FORMER_WORDS, ...more].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`);
  return new RegExp(String.raw`\b(?:${words.join("|")})[-\s]+(?:[\p{L}-]+\s+)?$`, "u");
}

/** "Chile's former envoy", "Chile's ex-minister": after a possessive, a former holder who acts for the state no more. */
export const FORMER_AFTER_POSSESSIVE = new RegExp(String.raw`^[’']s\s+(?:${FORMER_WORDS.join("|")})\b`, "i");

/** A former-holder word anywhere in a matched office phrase. */
export function formerWord(more: string[] = []): RegExp {
  return new RegExp(String.raw`\b(?:${[...FORMER_WORDS, ...more].join("|")})\b`, "i");
}

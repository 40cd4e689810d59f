import type { NameRule } from "./NameRule.js";

/**
 * A body named, then described in apposition by its state and portfolio: "the Secretaría de Relaciones Exteriores
 * (SRE), Mexico's foreign ministry, through its consulates", "a body of the Secretaría de Gobernación (SEGOB), Mexico's
 * Ministry of the Interior". The description says what the named body is; it names no second body. A list ("the INM,
 * Mexico's foreign ministry and COMAR") or a description with no body named right before it is left to the readers.
 */
export const APPOSED_DESCRIPTION: NameRule = {
  id: "apposed-description",
  what: "A state's ministry described by its state's possessive ('Mexico's foreign ministry', 'Ghana's Ministry of the Interior') set off by a comma right after a named organization, with or without its bracketed acronym, and closed by a comma, a stop or the line's end, is that organization described: no entity of its own. A description in a list (an 'and' after it, or a comma before the named body), or one with no organization named before it, is read as before.",
  words: [],
  positive: [
    // With no body named before it, the description is still the state's ministry.
    { text: "Ghana's foreign ministry set up a desk for returning fishers.", name: "Ghanaian Ministry of Foreign Affairs", kind: "ORGANIZATION" },
    // In a list, the description is one more body.
    { text: "The plan was carried out by the Lagoon Border Agency, Togo's interior ministry and the Coastal Guard.", name: "Togolese Ministry of the Interior", kind: "ORGANIZATION" },
    // The named body itself stays.
    { text: "So did the Ministerio de Relaciones Exteriores (MRE), Chile's foreign ministry, through its consulates.", name: "Ministerio de Relaciones Exteriores", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "So did the Ministerio de Relaciones Exteriores (MRE), Chile's foreign ministry, through its consulates.", name: "Chilean Ministry of Foreign Affairs" },
    { text: "The unit is a body of the Ministère de la Sécurité (MS), Togo's Ministry of the Interior.", name: "Togolese Ministry of the Interior" },
    { text: "Visas are issued by the Secretaría de Asuntos Consulares, Peru's foreign ministry.", name: "Peruvian Ministry of Foreign Affairs" },
    { text: "The Ministerio del Interior, Chile's interior ministry, runs the border posts.", name: "Chilean Ministry of the Interior" },
    { text: "Type: decentralised technical body of the Secretaría de la Frontera (SEFRO), Chile's Ministry of the Interior", name: "Chilean Ministry of the Interior" },
  ],
};

/** ", " after a name, a bracketed acronym between them or not: the apposition's opening. */
const OPENING = /(?:\s*\([^()]{1,20}\))?\s*,\s*$/;
/** What may close the apposition: a comma, a stop, a colon or semicolon, a closing bracket, or the text's end. */
const CLOSING = /^\s*(?:[,.;:)]|$)/;
/** A list goes on after it: ", and …", " and …". */
const LIST_GOES_ON = /^\s*,?\s*(?:and|or)\b/;
/** A list before the named body: "the INM, the SRE (…), Mexico's …". */
const LIST_BEFORE = /,\s*(?:the\s+)?$/;

/**
 * Whether the description at [start, end) ("Mexico's foreign ministry", its state's possessive included) stands in
 * apposition to an organization named right before it (APPOSED_DESCRIPTION); `named` are the passage's mentions.
 */
export function apposedDescription(text: string, start: number, end: number, named: ReadonlyArray<{ start: number; end: number; kind: string }>): boolean {
  if (!CLOSING.test(text.slice(end)) || LIST_GOES_ON.test(text.slice(end))) return false;
  const before = text.slice(0, start);
  const opening = OPENING.exec(before);
  if (!opening) return false;
  // The name's mention may end before its bracketed acronym or after it.
  const ends = new Set([opening.index, before.replace(/\s*,\s*$/, "").length]);
  const body = named.find((m) => m.kind === "ORGANIZATION" && ends.has(m.end));
  return !!body && !LIST_BEFORE.test(text.slice(0, body.start));
}

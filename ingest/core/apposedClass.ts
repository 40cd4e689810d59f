import type { EntityKind } from "../../src/ontology/ontology.js";
import { headKind } from "./headKind.js";
import type { M } from "./mentionLists.js";

/** ", a joint UN programme " between a name and a verb: an indefinite apposition closing on a common noun. */
const INDEFINITE_APPOSITION = /^\s*(?:\([^()]{1,60}\)\s*)?,\s*(?:a|an)\s+((?:[\w’'-]+\s+){0,4}([a-z][a-z-]+))\s*$/;
/** An apposition, then a participle with its agents closed by "and": "…, a joint programme implemented by A, B and C and ". */
const JOINED_PARTICIPLE = /^(\s*,\s*(?:a|an)\s+(?:[\w’'-]+\s+){0,4}?)((?:[a-z]+ed|run|led)\s+by\s+[^;:.()]{1,140}?)\s+and\s+$/;
/** A past participle opening a reduced relative: "implemented by", "run by", "financed and run by". */
const PARTICIPLE_BY = /^(?:[a-z]+ed|run|led|set up|carried out|overseen|undertaken)\b(?:\s+(?:and|or)\s+[a-z]+ed)?\s+(?:jointly\s+|mainly\s+|chiefly\s+)?by\b/;

/**
 * A name, an apposition that names its class, and a participle with its agent: "the Seafarers Programme, a joint UN
 * programme implemented by IOM". The apposition is the name itself (its head noun, read as a name's head, gives the
 * name's own kind: "programme" for a programme), so the participle describes the name. An apposition of another class
 * ("Norway, a donor country run by …") or no participle ("X, a joint programme of IOM") describes nothing here.
 */
export function apposedClassParticiple(gap: string, kind: EntityKind, after: string): boolean {
  // "…, a joint programme implemented by A, B and C and financed by D": the first participle and its agents, joined by
  // "and", stand between the apposition and this one.
  const joined = JOINED_PARTICIPLE.exec(gap);
  if (joined && !PARTICIPLE_BY.test(joined[2]!)) return false;
  const apposition = INDEFINITE_APPOSITION.exec(joined ? joined[1]! : gap);
  if (!apposition || !PARTICIPLE_BY.test(after)) return false;
  const head = apposition[2]!;
  const phrase = apposition[1]!.replace(/[a-z][a-z-]+\s*$/, head[0]!.toUpperCase() + head.slice(1));
  return headKind(phrase) === kind;
}

/**
 * The name a passive participle describes through such an apposition (apposedClassParticiple), when the subject
 * reader found none: "backed by the Seafarers Programme, a joint UN programme implemented by IOM" — the last name of
 * the wanted kinds before the participle, with only the apposition (and a first participle joined by "and") between.
 */
export function apposedSubject(ms: readonly M[], text: string, verbStart: number, kinds: readonly EntityKind[]): M | null {
  const before = ms.filter((m) => m.end <= verbStart && kinds.includes(m.kind));
  const last = before[before.length - 1];
  return last && apposedClassParticiple(text.slice(last.end, verbStart), last.kind, text.slice(verbStart)) ? last : null;
}

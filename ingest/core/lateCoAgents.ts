import type { RelationType } from "../../src/ontology/ontology.js";
import type { AToken } from "./analysis.js";
import type { M } from "./mentionLists.js";
import { ACTORS, groupsOf } from "./predicateGroups.js";
import { NON_FACT_LEMMAS } from "./rules/nonFactWords.js";
import { stateStyleSource } from "./stateStyle.js";
import type { TripleExamples } from "./TripleExamples.js";

/** One relation a reader stated in the sentence. */
export interface Stated {
  type: RelationType;
  sourceId: string;
  targetId: string;
  method: string;
}

/**
 * Types an actor shares with a co-agent: "A took part in X, alongside B" says B took part too. "X is implemented by A
 * together with B" has B implement X as well, which the ontology reads as leading it, as it reads "run by A together with B".
 * "Morocco ratified it in 2014, as did Mali" has Mali ratify it too.
 */
const SHARED: ReadonlySet<RelationType> = new Set(["PARTICIPATES_IN", "LEADS", "SUPPORTS", "FUNDS", "MEMBER_OF", "RATIFIED"]);

/** The co-agent connector, optionally followed by the co-agent's delegates ("alongside observers from"). */
const CONNECTOR = new RegExp(String.raw`^\s*,?\s*(?:alongside|together\s+with|along\s+with|jointly\s+with)\s+(?:(?:the|a|an|senior|high-level|their)\s+)*(?:(?:representatives?|delegations?|delegates?|officials?|ministers?|experts?|observers?)\s+(?:of|from)\s+)?(?:the\s+)?(?:${stateStyleSource()})?$`, "i");
/**
 * "…, as did Peru and Ghana", "…, as are UNHCR and the ILO", "…, and so did Uganda": an elliptical clause with the
 * same predicate.
 */
const ELLIPSIS = /^\s*,?\s*(?:as|(?:and\s+)?so(?:\s+too)?)\s+(?:did|do|does|are|were|is|was|have|has|had)\s+(?:also\s+)?(?:the\s+)?$/i;
/** Words of a short place or time adjunct, or the meeting noun, between the object and the connector. */
const GAP_WORDS = /^(?:in|at|on|during|last|this|that|next|week|month|year|its|the|a|meeting|meetings|session|sessions|talks|conference|summit|workshop|round|consultations?)$/i;

/**
 * "Ghana took part in the Rabat Process talks in Dakar last week, alongside observers from the African Union", "X is run
 * by A together with B": a co-agent named after the object (or after a passive's agent), past a short place or time
 * adjunct, did what the subject did to that object. Each relation a reader stated in the sentence is given to the
 * co-agents as well; they are actors listed right after the connector.
 */
export function lateCoAgents(text: string, ms: readonly M[], tokens: AToken[], stated: readonly Stated[]): Stated[] {
  const out: Stated[] = [];
  for (const r of stated) {
    if (!SHARED.has(r.type)) continue;
    const source = ms.find((m) => m.id === r.sourceId);
    if (!source || !ACTORS.has(source.kind)) continue;
    const active = ms.find((m) => m.id === r.targetId && m.start > source.end);
    // "X is run by A together with B": in a passive the co-agents follow the agent.
    const passive = active ? undefined : ms.find((m) => m.id === r.targetId && m.end < source.start) && /\bby\s+(?:the\s+)?$/.test(text.slice(Math.max(0, source.start - 8), source.start)) ? source : undefined;
    const object = active ?? passive;
    const target = ms.find((m) => m.id === r.targetId);
    if (!target) {
      // The object unwritten ("Nepal took part, and so did India"): the elliptical clause right after the verb.
      if (!active && !passive) out.push(...unwrittenObject(text, ms, tokens, r, source));
      continue;
    }
    if (!object) continue;
    const after = ms.filter((m) => m.start >= object.end).sort((a, b) => a.start - b.start);
    const next = after[0];
    if (!next || !ACTORS.has(next.kind)) continue;
    const gap = text.slice(object.end, next.start);
    const connector = /,?\s*(?:alongside|together\s+with|along\s+with|jointly\s+with|(?:as|(?:and\s+)?so(?:\s+too)?)\s+(?:did|do|does|are|were|is|was|have|has|had)\b)/i.exec(gap);
    if (!connector || !(CONNECTOR.test(gap.slice(connector.index)) || ELLIPSIS.test(gap.slice(connector.index)))) continue;
    const adjunct = gap.slice(0, connector.index);
    if (/[;:.()]/.test(adjunct) || adjunct.length > 50 || !adjunct.trim().split(/\s+/).every((w) => w === "" || GAP_WORDS.test(w) || /^(?:[A-Z][\w-]*|(?:19|20)\d{2})$/.test(w))) continue;
    // Nothing between the subject and the connector may deny or plan the act ("May" capitalised there is the month).
    const denied = (t: AToken) => t.negated || (!/^[A-Z]/.test(t.text) && (NON_FACT_LEMMAS.has(t.lemma) || NON_FACT_LEMMAS.has(t.lower)));
    const from = Math.min(source.end, object.end);
    if (tokens.some((t) => t.start >= from && t.end <= object.end + connector.index && denied(t))) continue;
    const group = groupsOf(text, after.filter((m) => ACTORS.has(m.kind)))[0];
    if (!group || group.ms[0] !== next) continue;
    // "together with Ghana's Ministry of Health": a possessor only says whose the co-agent is; it does not act.
    for (const m of group.ms) if (m.id !== r.sourceId && m.id !== r.targetId && !/^[’']s\s/.test(text.slice(m.end, m.end + 3))) out.push({ type: r.type, sourceId: m.id, targetId: r.targetId, method: `co-agent-after:${r.method}` });
  }
  return out;
}

/** Between a subject and an elliptical clause whose object went unwritten: only the verb's own words ("attended", "took part as well"). */
const VERB_ONLY = /^\s+[a-z][a-z -]{1,40}$/;

/** "Nepal took part, and so did India", "IOM attended, as did UNHCR": the co-agents of an act whose object the reader supplied. */
function unwrittenObject(text: string, ms: readonly M[], tokens: AToken[], r: Stated, source: M): Stated[] {
  const after = ms.filter((m) => m.start >= source.end).sort((a, b) => a.start - b.start);
  const next = after[0];
  if (!next || !ACTORS.has(next.kind)) return [];
  const gap = text.slice(source.end, next.start);
  const connector = /,\s*(?:as|(?:and\s+)?so(?:\s+too)?)\s+(?:did|do|does|are|were|is|was|have|has|had)\b/i.exec(gap);
  if (!connector || !ELLIPSIS.test(gap.slice(connector.index)) || !VERB_ONLY.test(gap.slice(0, connector.index))) return [];
  const denied = (t: AToken) => t.negated || NON_FACT_LEMMAS.has(t.lemma) || NON_FACT_LEMMAS.has(t.lower);
  if (tokens.some((t) => t.start >= source.end && t.end <= next.start && denied(t))) return [];
  const group = groupsOf(text, after.filter((m) => ACTORS.has(m.kind)))[0];
  if (!group || group.ms[0] !== next) return [];
  return group.ms.filter((m) => m.id !== r.sourceId && m.id !== r.targetId).map((m) => ({ type: r.type, sourceId: m.id, targetId: r.targetId, method: `co-agent-after:${r.method}` }));
}

const C189 = "The Domestic Workers Convention entered into force in 2013.";
/** Ratifying shared with a co-agent or in an elliptical clause; test/unit/lateCoAgents.test.ts runs them through the whole pipeline. */
export const RATIFIED_CO_AGENT_EXAMPLES: TripleExamples = {
  positive: [
    { text: `${C189} Morocco ratified it in 2014, as did Mali.`, expect: ["RATIFIED", "ctry:ml", "conv:ilo-c189"] },
    { text: `${C189} Morocco ratified the Convention in 2014, and so did Egypt and Yemen.`, expect: ["RATIFIED", "ctry:ye", "conv:ilo-c189"] },
    { text: `${C189} Morocco ratified the Convention in 2014 together with Tunisia.`, expect: ["RATIFIED", "ctry:tn", "conv:ilo-c189"] },
  ],
  negative: [
    { text: `${C189} Morocco signed it in 2014, as did Mali.`, expect: ["RATIFIED", "ctry:ml", "conv:ilo-c189"] },
    { text: `${C189} Morocco has not ratified it, and neither has Mali.`, expect: ["RATIFIED", "ctry:ml", "conv:ilo-c189"] },
    { text: `${C189} Morocco may ratify it in 2027, as may Mali.`, expect: ["RATIFIED", "ctry:ml", "conv:ilo-c189"] },
  ],
};

import type { RelationRecord } from "./types.js";

// The rules that read a LEADS from making or starting a thing ("set up", "created", "started"), not from running it.
const FOUNDING = /^rule:leads-(?:founding|start)-verb\b/;

/**
 * One sentence may say both that a body made a thing and that it runs it ("A and B set up X; A runs it"): its evidence
 * keeps one method, and running is the one that tells the founder who only made it from the runner.
 */
export const runsOverFounds = (kept: string, method: string): boolean => FOUNDING.test(kept) && method.startsWith("rule:leads-") && !FOUNDING.test(method);

const foundedOnly = (r: RelationRecord) => r.type === "LEADS" && r.evidence.length > 0 && r.evidence.every((e) => FOUNDING.test(e.method));

/**
 * A founder gives way to the runner: where a paragraph reads a LEADS of a programme or forum only from the verb that
 * made it ("The Commission set up the Facility") and goes on to say that another body or state runs the same thing
 * ("ICMPD manages the facility"), the founder made it and does not lead it. With no runner named in the same
 * paragraph, making it is the lead the page states and stays: a runner in another chapter may tell of a later stage.
 */
export function founderBesideRunner(rels: RelationRecord[]): RelationRecord[] {
  // The paragraphs where each thing is said to be run, by whom.
  const runBy = new Map<string, Set<string>>();
  for (const r of rels) {
    if (r.type !== "LEADS" || foundedOnly(r)) continue;
    for (const e of r.evidence) {
      if (FOUNDING.test(e.method)) continue;
      const key = `${r.targetId}|${e.passageId}`;
      (runBy.get(key) ?? runBy.set(key, new Set()).get(key)!).add(r.sourceId);
    }
  }
  const givesWay = (r: RelationRecord) => foundedOnly(r) && r.evidence.every((e) => [...(runBy.get(`${r.targetId}|${e.passageId}`) ?? [])].some((s) => s !== r.sourceId));
  return rels.filter((r) => !givesWay(r));
}

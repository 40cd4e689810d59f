import { evidenceId } from "../../src/ontology/ids.js";
import { founderBesideRunner } from "./founderBesideRunner.js";
import { membershipOverParticipation } from "./seatMembership.js";
import type { EntityRecord, RelationRecord } from "./types.js";

/**
 * Confidence from the rule and from corroboration: the best evidence, raised by each
 * further passage that states the relation (each closes half its own share of the gap).
 * A CHAIRED stated without a period joins the one period stated for the same pair; a sentence read as a seat and as
 * taking part states the seat (seatMembership.ts); a founder gives way to the body the page says runs the thing (founderBesideRunner.ts).
 */
export function settle(all: RelationRecord[], entities?: ReadonlyMap<string, EntityRecord>): RelationRecord[] {
  const rels = founderBesideRunner(membershipOverParticipation(all, entities));
  const byPair = new Map<string, RelationRecord[]>();
  for (const r of rels) if (r.type === "CHAIRED") (byPair.get(`${r.sourceId}|${r.targetId}`) ?? byPair.set(`${r.sourceId}|${r.targetId}`, []).get(`${r.sourceId}|${r.targetId}`)!).push(r);
  const dropped = new Set<RelationRecord>();
  for (const group of byPair.values()) {
    // A bare year ("2011") inside a stated period ("first half of 2011") is that period too.
    const within = (r: RelationRecord) => !r.role || (/^\d{4}$/.test(r.role) && group.some((o) => o !== r && o.role && o.role !== r.role && o.role.includes(r.role!)));
    const withRole = group.filter((r) => !within(r));
    for (const b of group.filter(within)) {
      const fits = withRole.filter((r) => !b.role || r.role!.includes(b.role));
      if (fits.length !== 1) continue;
      const into = fits[0]!;
      for (const e of b.evidence) {
        const id = evidenceId(into.id, e.passageId, e.start, e.end);
        if (!into.evidence.some((x) => x.id === id)) into.evidence.push({ ...e, id, relationId: into.id });
      }
      dropped.add(b);
    }
  }
  const out = rels.filter((r) => !dropped.has(r));
  for (const r of out) {
    const best = new Map<string, { c: number; m: string }>();
    for (const e of r.evidence) if ((best.get(e.passageId)?.c ?? -1) < e.confidence) best.set(e.passageId, { c: e.confidence, m: e.method });
    const cs = [...best.values()].sort((a, b) => b.c - a.c);
    let c = cs[0]!.c;
    for (const x of cs.slice(1)) c += (1 - c) * (x.c / 2);
    r.confidence = Math.min(0.99, Number(c.toFixed(3)));
    r.method = cs[0]!.m;
  }
  return out;
}

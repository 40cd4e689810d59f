import type { EntityRecord, RelationRecord } from "./types.js";

/** A host read from nothing but the meeting's venue city ("met … at the Bangkok conference centre"; patternRules.ts). */
const VENUE_ONLY = new Set(["event-in-city"]);
/** A state's own body ("the Royal Thai Government's Ministry of Foreign Affairs") organises for its state, which may host. */
const STATE_BODY = /\b(?:Ministry|Ministries|Secretariat of|Secretary of State|Department|Government|Presidency)\b/;
/** A paragraph that says who hosted ("India hosted it", "with Japan as host", "at the invitation of"). */
const HOST_STATED = /\bhost(?:s|ed|ing)?\b|\bat the invitation of\b/i;

/**
 * A venue city names a host state only where no one else is said to have put the meeting on. Where the same paragraph
 * says an organization organised or convened it ("The Seventh Conference met … in Bangkok. It was organised jointly by
 * ESCAP and UNFPA.") the city is where the organization held its meeting, and the state there lent the venue; unless
 * the paragraph also says who hosted, the venue gives no HOSTED. A state among the organisers (its ministry) keeps it.
 */
export function venueBesideOrganiser(rels: RelationRecord[], entities: ReadonlyMap<string, EntityRecord>, passageText: (id: string) => string): RelationRecord[] {
  const organised = new Set<string>();
  for (const r of rels) {
    const body = entities.get(r.sourceId);
    if (r.type !== "LEADS" || body?.kind !== "ORGANIZATION" || STATE_BODY.test(body.name)) continue;
    for (const e of r.evidence) organised.add(`${r.targetId}|${e.passageId}`);
  }
  const venueOnly = (r: RelationRecord) =>
    r.type === "HOSTED" &&
    r.evidence.length > 0 &&
    r.evidence.every((e) => VENUE_ONLY.has(e.method) && organised.has(`${r.targetId}|${e.passageId}`) && !HOST_STATED.test(passageText(e.passageId)));
  return rels.filter((r) => !venueOnly(r));
}

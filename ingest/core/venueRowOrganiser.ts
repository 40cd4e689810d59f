import type { EntityRecord, Mention, RelationRecord } from "./types.js";

/** A state's own body ("the Ministry of Labour") puts a meeting on for its state, which may host. */
const STATE_BODY = /\b(?:Ministry|Ministries|Secretariat of|Secretary of State|Department|Government|Presidency)\b/;
/** "a UN-led process", "the IFAD-organised forum": an organization's name joined to a verb of running it. */
const LED_AFTER = /^-(?:led|run|organi[sz]ed|convened|driven)\b/;
/** "organised by IFAD", "led jointly by the World Bank and IFAD": the verb of running it, then the organization. */
const LED_BEFORE = /\b(?:led|run|(?:co-)?organi[sz]ed|(?:co-)?convened)\s+(?:jointly\s+|mainly\s+|annually\s+)?by\s+(?:the\s+)?(?:[A-Z][\w-]*(?:,\s+|\s+and\s+(?:the\s+)?))*$/;

/**
 * A list of a series' meetings by venue ("The summits so far: 2009 - Tunis (Africa)") names where each met. The state
 * of the venue hosted where a state puts the series on (the chair's country); where the page says an organization leads,
 * runs or organises the series or the meeting ("The GFRID is an informal, UN-led process", "organised by IFAD"), the
 * venue is where the organization held it, and the row names no host. A row that says who hosted ("hosted by Tunisia")
 * is read as before (registerRows.ts gives it no "venue-row" method); an organization of a state (its ministry) keeps it.
 */
export function venueRowOrganiser(rels: RelationRecord[], entities: ReadonlyMap<string, EntityRecord>, mentions: readonly Mention[], passageText: (id: string) => string): RelationRecord[] {
  if (!rels.some((r) => r.type === "HOSTED" && r.evidence.some((e) => e.method === "venue-row"))) return rels;
  const organization = (id: string | undefined) => {
    const e = id ? entities.get(id) : undefined;
    return e?.kind === "ORGANIZATION" && !STATE_BODY.test(e.name);
  };
  const led = new Set<string>();
  for (const r of rels) if (r.type === "LEADS" && organization(r.sourceId)) led.add(r.targetId);
  const bySentence = new Map<string, Mention[]>();
  for (const m of mentions) if (m.entityId) (bySentence.get(`${m.passageId}|${m.sentenceIndex}`) ?? bySentence.set(`${m.passageId}|${m.sentenceIndex}`, []).get(`${m.passageId}|${m.sentenceIndex}`)!).push(m);
  for (const ms of bySentence.values()) {
    const text = passageText(ms[0]!.passageId);
    const runs = ms.some((o) => organization(o.entityId) && (LED_AFTER.test(text.slice(o.localEnd, o.localEnd + 12)) || LED_BEFORE.test(text.slice(Math.max(0, o.localStart - 80), o.localStart))));
    if (runs) for (const f of ms) if (entities.get(f.entityId!)?.kind === "FORUM") led.add(f.entityId!);
  }
  const seriesLed = (id: string) => led.has(id) || (!!entities.get(id)?.parentId && led.has(entities.get(id)!.parentId!));
  return rels.filter((r) => !(r.type === "HOSTED" && r.evidence.length > 0 && r.evidence.every((e) => e.method === "venue-row") && seriesLed(r.targetId)));
}

import { datelineYear } from "./dateline.js";
import { formallyApposed, LOOKS_AWAY } from "./oneOffMeeting.js";
import { sentenceAround } from "./sentenceAround.js";
import type { EntityRecord, Mention, Passage } from "./types.js";

/** How far into a page (in characters) its lead runs: the headline, the dateline paragraph and the one after it. */
const LEAD_CHARS = 1500;

/**
 * A news page's hub event when its lead describes it before naming it: the dateline paragraph reports "a two-day
 * summit in the capital" and a later lead sentence renames that description ("The talks, formally the X, ran on …",
 * "Officially named the X, it …": formallyApposed). Sentences between the two already speak of the hub ("the gathering
 * was called by …", "convened it"), so the page's own meeting must be known before relate() reads them: this is the
 * renamed meeting, looked up once over the lead's mentions. Null for a page with no dateline in its lead (a profile's
 * "formally called" names a standing body's meeting, not a reported one), for a renaming that looks ahead or back
 * (oneOffMeeting.ts LOOKS_AWAY: "will open next March"), or where the lead renames two meetings.
 */
export function leadHub(passages: readonly Pick<Passage, "id" | "text">[], mentions: readonly Mention[], entities: ReadonlyMap<string, EntityRecord>): string | null {
  const lead: Pick<Passage, "id" | "text">[] = [];
  for (let read = 0, i = 0; i < passages.length && read < LEAD_CHARS; read += passages[i]!.text.length, i++) lead.push(passages[i]!);
  if (!lead.some((p) => datelineYear(p.text) !== null)) return null;
  const texts = new Map(lead.map((p) => [p.id, p.text]));
  const hubs = new Set<string>();
  for (const m of mentions) {
    const text = m.entityId ? texts.get(m.passageId) : undefined;
    if (text === undefined || entities.get(m.entityId!)?.isEvent !== true) continue;
    if (!formallyApposed(text, m)) continue;
    // A renaming that looks ahead ("The summit, formally the X, will open next March") names a meeting not yet held.
    const { from, to } = sentenceAround(text, m.localStart, m.localEnd);
    if (!LOOKS_AWAY.test(text.slice(from, to))) hubs.add(m.entityId!);
  }
  return hubs.size === 1 ? [...hubs][0]! : null;
}

import { datelineYear } from "./dateline.js";
import { formallyApposed, LOOKS_AWAY } from "./oneOffMeeting.js";
import { LEAD_CHARS } from "./pageDateline.js";
import { sentenceAround } from "./sentenceAround.js";
import type { EntityRecord, Mention, Passage } from "./types.js";

/** How many passages after the one its dateline opens a news lead runs on (the paragraph that names what it reported). */
const AFTER_DATELINE = 1;

/**
 * A news page's hub event when its lead describes it before naming it: the dateline paragraph reports the event in
 * common nouns (days of talks in a capital) and a later lead sentence gives that description its formal name
 * (formallyApposed: the name apposed to "the meeting", or fronted before "it"). Sentences between the two already
 * speak of the hub ("the meeting", "it"), so the page's own meeting must be known before relate() reads them: this is
 * the renamed meeting, looked up once over the lead's mentions. Null for a page with no dateline in its lead (a profile's
 * "formally called" names a standing body's meeting, not a reported one), for a renaming that looks ahead or back
 * (oneOffMeeting.ts LOOKS_AWAY: "will open next March"), or where the lead renames two meetings.
 */
export function leadHub(passages: readonly Pick<Passage, "id" | "text">[], mentions: readonly Mention[], entities: ReadonlyMap<string, EntityRecord>): string | null {
  // The lead is the headline lines, the paragraph a dateline opens within the page's opening (pageDateline.ts LEAD_CHARS)
  // and the one after it; a dateline further down opens one item of a digest, and a page with none reports no event.
  let read = 0;
  const at = passages.findIndex((p) => {
    const found = read < LEAD_CHARS && datelineYear(p.text) !== null;
    read += p.text.length;
    return found;
  });
  if (at < 0) return null;
  const lead = passages.slice(0, at + 1 + AFTER_DATELINE);
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

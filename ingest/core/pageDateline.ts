import { datelineYear } from "./dateline.js";
import { ordinalOfKey } from "./meetingOccasion.js";
import type { RecentForums } from "./RecentForums.js";

/**
 * The meeting a news page is about. A page whose lead carries a dateline ("Dubai, 9-11 February 2024 - this page was
 * updated …") reports one meeting held then, and later passages name it without a year ("are arriving for the Seventh
 * Ministerial Consultation, which opens tomorrow"). The lead is the scope's first few lines (a tag line, a headline, a
 * standfirst); a dateline further down opens one item of a digest and dates only its own paragraph (dateline.ts).
 */
export const LEAD_CHARS = 400;

/** Called once per passage, in order: remembers the lead's dateline year in the scope's memory. */
export function notePageDateline(passageText: string, recent: RecentForums): void {
  const before = recent.read ?? 0;
  recent.lastPassage = passageText.length;
  recent.read = before + passageText.length;
  if (before >= LEAD_CHARS || recent.dateline) return;
  // A passage may hold the tag line and the headline with the dateline: the dateline is any of the lead's lines.
  for (let at = 0; at >= 0 && before + at < LEAD_CHARS; ) {
    const year = datelineYear(passageText.slice(at, at + 200));
    if (year) {
      recent.dateline = { year };
      return;
    }
    const next = passageText.indexOf("\n", at);
    at = next < 0 ? -1 : next + 1;
  }
}

/** Called with a passage's meetings: the numbered ones the lead names (its headline) are the meeting the page is about. */
export function noteLeadMeetings<T extends { entity: { ordinal?: string } }>(recent: RecentForums, found: T[]): T[] {
  if ((recent.read ?? 0) - (recent.lastPassage ?? 0) >= LEAD_CHARS) return found;
  for (const e of found) {
    const n = ordinalOfKey(e.entity.ordinal);
    if (n) (recent.leadOrdinals ??= new Set()).add(n);
  }
  return found;
}

/**
 * The page's year for a numbered meeting with none of its own: only for the meeting the lead names by its number (the
 * headline's "the Seventh Ministerial Consultation"), and only in a passage that states no year (a passage with years
 * tells its own history). A numbered meeting the lead does not name ("the second Forum on X, which met in Cairo" in a
 * launch notice) may be of another year, and another number ("the Fourth Ministerial Consultation") is another meeting.
 */
export function pageMeetingYear(recent: RecentForums, passageText: string, key: string | undefined): number | null {
  const n = ordinalOfKey(key);
  if (!recent.dateline || !n || !recent.leadOrdinals?.has(n) || /\b(?:19|20)\d{2}\b/.test(passageText)) return null;
  return recent.dateline.year;
}

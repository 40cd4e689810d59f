import { headKind, headWord } from "./headKind.js";
import { ORDINAL_OR_YEAR_BEFORE } from "./meetings.js";
import { MEETINGS } from "./nameRules.js";

const FIRST_ORDINAL = new RegExp(`^${ORDINAL_OR_YEAR_BEFORE.source.replace(/\\s\+\$$/, "")}\\s+`, "i");

/**
 * "the 12th Ministerial Conference of the Coastal Process", "the Sixth Ministerial Conference of the X Dialogue":
 * a numbered or dated meeting phrase whose complement is a forum's name. The name is the forum's; the meeting
 * is read around it by meetings.ts (DATED_MEETINGS), so neither the whole phrase nor "Ministerial Conference"
 * is a standing body of its own. Returns where the forum's name starts inside `name`, or null.
 */
export function seriesOfNumberedMeeting(name: string, before: string): number | null {
  const of = /\s+of\s+(?:the\s+)?(?=[A-Z])/.exec(name);
  if (!of) return null;
  const meeting = name.slice(0, of.index);
  const series = name.slice(of.index + of[0].length);
  const head = headWord(meeting)?.toLowerCase();
  if (!head || !MEETINGS.words.includes(head) || head !== meeting.split(/\s+/).pop()!.toLowerCase()) return null;
  if (headKind(series) !== "FORUM" || series.split(/\s+/).length < 2) return null;
  // The ordinal may stand before the capitalised run ("the 12th …") or open it ("the Sixth …").
  if (!ORDINAL_OR_YEAR_BEFORE.test(before) && !FIRST_ORDINAL.test(meeting)) return null;
  return of.index + of[0].length;
}

import { headWord } from "./headKind.js";

/** Heads of a single convened meeting; a standing "Forum" asked "to Support" something is not named for it. */
const CONVENED = new Set(["conference", "meeting", "session", "summit", "consultation"]);

/**
 * "the Intergovernmental Conference to Adopt the Global Compact for X", "a Conference to Review the Coastal
 * Convention": a meeting named for what it was convened to do. Its object is part of its name, even when the
 * object is a name of its own (which stays a mention too: MEETING_PURPOSE). Returns where the object starts in
 * `name`, or -1.
 */
export function purposeObjectAt(name: string): number {
  const purpose = /\s+to\s+[A-Z][a-z]+\s+(?:the\s+)?(?=[A-Z])/.exec(name);
  if (!purpose) return -1;
  const meeting = name.slice(0, purpose.index);
  const head = headWord(meeting);
  if (!head || head !== meeting.split(/\s+/).pop() || !CONVENED.has(head.toLowerCase())) return -1;
  return purpose.index + purpose[0].length;
}

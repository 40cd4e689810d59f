import { headWord } from "./headKind.js";
import { SITTING_NOUNS } from "./meetingNouns.js";

/** Heads of a single convened meeting; a standing "Forum" asked "to Support" something is not named for it. */
const CONVENED = new Set(SITTING_NOUNS);

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

/** Heads of a named appeal (CALL_TITLES), titled by the act it asks for (CAMPAIGN_OBJECT). */
const CAMPAIGNS = new Set(["call"]);

/**
 * CAMPAIGN_OBJECT: "the International Call for Universal Ratification of the Refugee Convention", "the Harbour Call
 * for Implementation of the Global Compact for X": an appeal (CALL_TITLES) titled by an act done to an instrument; the
 * act's noun needs its object, so the instrument, even a catalog name, closes the appeal's name (and stays a mention
 * of its own). "the Call for Fishers of X" (no act), "the Committee for Ratification of X" or a "Campaign for
 * Ratification of X" (no appeal: cut before the instrument, as nameRules and supportProject's specs say) are not.
 * Returns where the object starts in `name`, or -1.
 */
export function campaignObjectAt(name: string): number {
  const act = /\s+for\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:tion|sion|ment)\s+of\s+(?:the\s+)?(?=[A-Z])/.exec(name);
  if (!act) return -1;
  const campaign = name.slice(0, act.index);
  const head = headWord(campaign);
  if (!head || head !== campaign.split(/\s+/).pop() || !CAMPAIGNS.has(head.toLowerCase())) return -1;
  return act.index + act[0].length;
}

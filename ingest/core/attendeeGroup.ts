import type { Heading } from "./headingListPage.js";
import { readLabel } from "./labelSense.js";
import { PARTICIPANT_NOUNS } from "./rules/participantNouns.js";

/**
 * A row under a list of who took part that names a group of them before its names: "Participants:" then "- Member
 * states: Nepal, India", "- Agencies and partners: UNICEF, the ILO", "- Observers: Japan". The group's names took part
 * as the list says; its word says who they are, not what they are to the meeting (a member state at a meeting is there
 * as a participant). A group a modifier denies ("Invited but absent", "Non-member states") is no such row.
 */
const NOUN = new RegExp(String.raw`^(?:${PARTICIPANT_NOUNS.states}|${PARTICIPANT_NOUNS.bodies}|${PARTICIPANT_NOUNS.delegations}|members?|partners?|observers?|participants?|institutions?|bodies|ngos?|unions?|employers)$`, "i");
// Words that only qualify the group: whose side, which sort.
const QUALIFIER = /^(?:and|other|others|member|partner|participating|international|regional|national|un|united|nations|development|non-governmental|civil|society|intergovernmental|government|governmental|observer|associate|european|african|asian|arab|multilateral|donor)$/i;
const LABEL = /^([A-Za-z][A-Za-z ,'’-]{1,60}?):\s*(?=\S)/;

/** Where the names start in such a row, if `open` lists who took part; else null. */
export function attendeeGroupEnd(text: string, open: Heading | null): number | null {
  if (!open || open.list.length === 0 || !open.list.every((l) => l.type === "PARTICIPATES_IN" && !l.rowsAreTargets)) return null;
  const m = LABEL.exec(text);
  if (!m) return null;
  const words = m[1]!.split(/[\s,]+/).filter(Boolean);
  if (!words.some((w) => NOUN.test(w)) || !words.every((w) => NOUN.test(w) || QUALIFIER.test(w))) return null;
  const { denied } = readLabel(m[1]!);
  return denied === "all" || denied.size > 0 ? null : m[0].length;
}

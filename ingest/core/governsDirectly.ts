import type { AToken } from "./analysis.js";
import { exemplarBridge } from "./exemplarBridge.js";
import { appositionBridge } from "./appositionBridge.js";
import { formerBefore } from "./stateOffices.js";
import { stateStyleSource } from "./stateStyle.js";

/** "brought together representatives of A", "delegations from A took part": the delegates stand for their state or body. */
const DELEGATES_CORE = `(?:(?:the|a|an|its|their|senior|high-level)\\s+)*(?:representatives?|delegations?|delegates?|officials?|ministers?|experts?|envoys?)\\s+(?:of|from)\\s+(?:the\\s+)?(?:${stateStyleSource()})?$`;
const DELEGATES_ONLY = new RegExp(`^\\s*${DELEGATES_CORE}`, "i");
export const DELEGATES = new RegExp(`(?:^|\\s)${DELEGATES_CORE}`, "i");
/**
 * "chaired by the Minister of Human Resources and Emiratisation of the United Arab Emirates", "the Foreign Ministers of
 * Indonesia and": a state's minister or envoy, named by office, stands for the state. The office's own words are
 * capitalised, which keeps "the ministers of a workshop of" out.
 */
const OFFICE_CORE = "(?:the\\s+)?(?:[A-Z][\\w-]*\\s+)*(?:Ministers?|Ministry|Ministries|Ambassadors?|Permanent Representatives?|Governments)\\s+(?:(?:of|for)\\s+(?:(?:[A-Z][\\w-]*|and|&)(?:,)?\\s+)+)?(?:of|from)\\s+(?:the\\s+)?$";
const OFFICE_ONLY = new RegExp(`^\\s*${OFFICE_CORE}`);
export const OFFICE = new RegExp(`(?:^|\\s)${OFFICE_CORE}`);

const FORMER = formerBefore();
/** "The former foreign minister of ", "Ex-delegates from ": the office or delegation `before` closes with is no longer held. */
export function formerHolderBefore(before: string): boolean {
  const office = DELEGATES.exec(before) ?? OFFICE.exec(before);
  return office !== null && FORMER.test(before.slice(0, office.index + (/^\s/.test(office[0]) ? 1 : 0)));
}

/** Only articles, adjectives, numbers (and a list colon) may stand between the predicate and the name it governs. */
export function governsDirectly(tokens: AToken[], from: number, to: number, text: string, rStart: number): boolean {
  if (from < to && (DELEGATES_ONLY.test(text.slice(tokens[from]!.start, rStart)) || OFFICE_ONLY.test(text.slice(tokens[from]!.start, rStart)))) return true;
  for (let i = from; i < to; i++) if (!["DET", "ADJ", "NUM"].includes(tokens[i]!.pos) && tokens[i]!.text !== ":") return exemplarBridge(tokens, from, to, text, rStart) || appositionBridge(tokens, from, to);
  return true;
}

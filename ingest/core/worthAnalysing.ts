import { TRIGGER_WORDS } from "./compiledRules.js";

const INFLECTIONS: Array<[string, string]> = [["s", ""], ["es", ""], ["ed", ""], ["d", ""], ["ing", ""], ["ing", "e"], ["ied", "y"], ["ies", "y"], ["led", "d"], ["ran", "run"], ["took", "take"], ["led", "lead"], ["is", "be"], ["are", "be"], ["was", "be"], ["were", "be"], ["made", "make"]];

/** Cheap gate before the (slower) linguistic analysis: some trigger word must be present. */
export function worthAnalysing(text: string): boolean {
  for (const w of text.toLowerCase().split(/[^a-z:-]+/)) if (triggers(w)) return true;
  return false;
}

/** Per word, as the answer depends on the word alone and sentences share most of their words; bounded. */
const triggering = new Map<string, boolean>();
function triggers(w: string): boolean {
  let answer = triggering.get(w);
  if (answer === undefined) {
    answer = TRIGGER_WORDS.has(w) || INFLECTIONS.some(([suffix, put]) => w.endsWith(suffix) && TRIGGER_WORDS.has(w.slice(0, w.length - suffix.length) + put));
    if (triggering.size >= 100_000) triggering.clear();
    triggering.set(w, answer);
  }
  return answer;
}

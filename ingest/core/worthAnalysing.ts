import { TRIGGER_WORDS } from "./compiledRules.js";

const INFLECTIONS: Array<[string, string]> = [["s", ""], ["es", ""], ["ed", ""], ["d", ""], ["ing", ""], ["ing", "e"], ["ied", "y"], ["ies", "y"], ["led", "d"], ["ran", "run"], ["took", "take"], ["led", "lead"], ["is", "be"], ["are", "be"], ["was", "be"], ["were", "be"], ["made", "make"]];

/** Cheap gate before the (slower) linguistic analysis: some trigger word must be present. */
export function worthAnalysing(text: string): boolean {
  for (const w of text.toLowerCase().split(/[^a-z:-]+/)) {
    if (TRIGGER_WORDS.has(w)) return true;
    for (const [suffix, put] of INFLECTIONS) if (w.endsWith(suffix) && TRIGGER_WORDS.has(w.slice(0, w.length - suffix.length) + put)) return true;
  }
  return false;
}

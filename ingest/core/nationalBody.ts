import { NATIONAL_BODIES } from "./nationalBodyRules.js";
import type { Hit } from "./nameTrim.js";

const HEAD = new RegExp(`^(?:${NATIONAL_BODIES.words.heads.join("|")})\\s+(?:of|for|in)\\s+[A-Z]`);

/** The state a ministry's or department's name is written with, and the name without it (NATIONAL_BODIES). */
export interface NationalBody {
  state: Hit;
  /** The name as written without its state ("Ministry of Manpower"). */
  body: string;
  /** The state comes before the name (a possessive): the mention starts there and takes it in. */
  before: boolean;
}

/**
 * "Kenya's State Department for X" (the possessive's country), "the Ministry of Manpower of Indonesia" (a country
 * closing the name after "of"), "the Department of X of South Africa" whose country an earlier step already cut off
 * (`cut`): a ministry or department of that state. Null for any other name, or one written without its state.
 */
export function nationalBody(local: string, start: number, hits: Hit[], possessiveState: Hit | undefined, cut: Hit | undefined): NationalBody | null {
  if (!HEAD.test(local)) return null;
  if (possessiveState) return { state: possessiveState, body: local, before: true };
  if (cut) return { state: cut, body: local.replace(/\s+of\s+the\s+(?:Government|Republic|Kingdom)$/, ""), before: false };
  const end = start + local.length;
  const after = hits.find((h) => h.kind === "COUNTRY" && h.end === end && h.start > start);
  const of = after ? /\s+of\s+(?:the\s+)?$/.exec(local.slice(0, after.start - start)) : null;
  if (!after || !of) return null;
  // "the Ministry of Health of the Government of Spain": the government is the state's, not a word of the name.
  return { state: after, body: local.slice(0, of.index).replace(/\s+of\s+the\s+(?:Government|Republic|Kingdom)$/, ""), before: false };
}

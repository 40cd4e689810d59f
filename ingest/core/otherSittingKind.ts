import { MEETING_KIND_WORDS } from "./meetingNouns.js";

const KINDS = MEETING_KIND_WORDS.filter((w) => w.otherSitting).map((w) => w.spell).join("|");
/** "A special session, the …", "an extraordinary summit – the …", "the informal …": the kind, set right before the name. */
const BEFORE = new RegExp(`\\b(${KINDS})\\s+(?:(?:session|meeting|summit|conference|sitting|round)\\s*[,:–—-]\\s*)?(?:the\\s+)?$`, "i");

/**
 * The kind a meeting's name is given right before it where that kind makes it another sitting than its series'
 * regular one of the year ("special", "extraordinary", "preparatory", "informal"; meetingNouns.ts marks them), or
 * undefined. YEAR_SITTING keeps such a sitting apart from the numbered one of that year.
 */
export function otherSittingKind(text: string, start: number): string | undefined {
  return BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1]?.toLowerCase();
}

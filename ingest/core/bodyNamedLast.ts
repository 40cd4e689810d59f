import type { Mention } from "./types.js";

/**
 * "A Steering Committee oversees the fund. … At the fourth meeting, on 9 October 2017, …": when the last forum the
 * passage names before a bare numbered meeting is a governing body, the sitting is that body's, and no sitting of a
 * series an earlier passage named (SUB_BODY_SITTING). A body holds its own meetings only where a phrase names it for
 * them (meetings.ts), so the bare ordinal names no meeting at all. Specs: test/unit/bodyMeetings.test.ts.
 */
export function bodyNamedLast(sorted: readonly Mention[], at: number, series: (key: string) => string | null | undefined, isBody: (id: string) => boolean): boolean {
  for (let i = sorted.length - 1; i >= 0; i--) {
    const m = sorted[i]!;
    if (m.localEnd > at || m.kind !== "FORUM") continue;
    const s = series(m.key);
    if (s) return isBody(s);
  }
  return false;
}

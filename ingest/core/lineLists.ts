/**
 * Lists on a page of whole lines (not wrapped print), read by normalise.ts: "- Angola" and "* Angola" are list items
 * (in wrapped print a dash opens a continued clause), so are "1. Angola" / "2. Botswana", "i. Angola" / "ii. Botswana"
 * or "a. Angola" / "b. Botswana" one under another (a lone "2. Members" is a heading), and short name-like lines stacked one under another ("Angola" / "Botswana"), which would
 * otherwise each be a one-line heading. "## Member States" is a heading.
 */
export const LINE_BULLET = /^(?:[•▪●◦■▫‣∙·]|\((?:[a-z]|[ivx]{1,5})\)|(?:[a-z]|[ivx]{1,5})\)|[-*–](?=\s+\S))\s*/;
export const NUMBERED_ITEM = /^(?:\d{1,2}|[ivx]{1,5}|[a-z])[.)]\s+(?=\S)/;
export const MARKDOWN_HEADING = /^#{1,6}\s+(?=\S)/;

/** Per line: is it one of two or more stacked short lines, and one of two or more numbered lines in a row? */
export function listLines(trimmed: string[], looksLikeHeading: (t: string) => boolean): { stacked: boolean[]; numberedRun: boolean[] } {
  const inRun = (xs: boolean[]) => xs.map((x, i) => x && (xs[i - 1] === true || xs[i + 1] === true));
  return {
    stacked: inRun(trimmed.map((t) => looksLikeHeading(t) && t.split(/\s+/).length <= 6)),
    numberedRun: inRun(trimmed.map((t) => NUMBERED_ITEM.test(t))),
  };
}

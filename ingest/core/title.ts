import type { Block, SourceFile } from "./types.js";

/**
 * A document's title. A running head repeated on many pages is the book's
 * title; otherwise the first heading or line — unless that line is a page
 * label rather than a title: a date ("January 2013"), navigation words only
 * ("News & Events", "Press releases", a page-furniture heading "About this page") or a banner of fields between bars
 * ("WORLD | Refugees | Chad"). Then the next heading near the top
 * stands in, else the first sentence of the text.
 */
/** Navigation words, and the words of a page-furniture heading ("About this page", "Overview"). */
const LABEL_WORDS = new Set("news events event updates update press releases release media stories story home latest blog articles article highlights announcements and & of the about this page overview".split(" "));
const MONTHS = "january february march april may june july august september october november december";
const DATE_LINE = new RegExp(`^(?:\\d{1,2}\\s+)?(?:${MONTHS.split(" ").join("|")})(?:\\s+\\d{1,2},?)?\\s+\\d{4}$`, "i");

/**
 * A banner of short fields between bars ("NEWS | Africa | Migration", "DIRECTORY OF AGENCIES | Europe | Spain") files
 * the page under a section, a region and a country; it names none of them as the page's subject. Three fields at
 * least, each a few words, so "Rabat Process | Senior officials" or a headline holding one bar stays a title.
 */
export function isBannerLine(line: string, minFields = 3, maxWords = 6): boolean {
  const fields = line.trim().split(/\s+\|\s+/);
  return fields.length >= minFields && fields.every((f) => f.length > 0 && f.split(/\s+/).length <= maxWords);
}

/** Whether a line is a page label, not a title. */
export function isPageLabel(line: string): boolean {
  const t = line.trim().replace(/[:.]$/, "");
  if (!t) return true;
  if (DATE_LINE.test(t) || /^\d{4}(?:-\d{2}){0,2}$/.test(t)) return true;
  return t.split(/\s+/).every((w) => LABEL_WORDS.has(w.toLowerCase()));
}

const clip = (s: string, max = 120) => (s.length > max ? `${s.slice(0, max - 3).replace(/\s+\S*$/, "")}…` : s);

/** The first sentence of a text, as a title: no trailing full stop, clipped at a word. */
function firstSentence(text: string): string {
  const m = /^[\s\S]*?[.!?](?=\s+[A-Z“"]|\s*$)/.exec(text);
  return clip((m ? m[0] : text).replace(/\s+/g, " ").trim().replace(/[.:]$/, ""));
}

/**
 * The banner line near the top of a page ("DIRECTORY OF AGENCIES | Europe | Spain"), if it has one (isBannerLine): a
 * line of its own, read as a heading or, on a short page, as a paragraph.
 */
export function bannerOf(blocks: Block[]): string | undefined {
  return blocks.find((b) => b.start < 400 && (b.kind === "heading" || b.kind === "title" || b.kind === "paragraph") && !b.text.trim().includes("\n") && isBannerLine(b.text))?.text.trim();
}

export function titleOf(file: SourceFile, blocks: Block[]): string {
  const counts = new Map<string, number>();
  for (const line of file.text.split("\n")) {
    if (line.length < 30 || line.length > 220) continue;
    const t = line.trim();
    if (t.length > 30 && t.length < 200 && !/^\d/.test(t) && !/[.,;]$/.test(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const runningHead = [...counts].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1])[0];
  if (runningHead) return runningHead[0];
  const top = blocks.filter((b) => b.start < 400 && (b.kind === "heading" || b.kind === "title"));
  // A banner stands in only where no other heading near the top could (isBannerLine).
  const heading = top.find((b) => !isPageLabel(b.text) && !isBannerLine(b.text)) ?? top.find((b) => !isPageLabel(b.text));
  if (heading) return clip(heading.text.trim().replace(/:$/, ""));
  const first = blocks.find((b) => b.kind !== "heading" && b.kind !== "title" && !isPageLabel(b.text));
  return first ? firstSentence(first.text) : file.name;
}

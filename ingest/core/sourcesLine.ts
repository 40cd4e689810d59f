import type { NameRule } from "./NameRule.js";

export const SOURCES_LINES: NameRule<{ labels: string[] }> = {
  id: "sources-lines",
  what: "A line opening on 'Sources:' or 'References:' names the documents and websites a page was written from, not actors in it: it keeps its mentions of what the catalog or the page already named (they still tell what the page is about) but discovers no new name (recognise.ts).",
  words: { labels: ["Sources", "Source", "References"] },
  positive: [
    // The same name read in the page's text is still found.
    { text: "The Harbour Futures Initiative trains fishers in Tinland.\n\nSources: Harbour Futures Initiative annual report; UNICEF country page.", name: "Harbour Futures Initiative", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The Harbour Futures Initiative trains fishers in Tinland.\n\nSources: UNHCR Coastal Data Portal, project pages; Oxfam Tinland office.", name: "UNHCR Coastal Data Portal" },
    { text: "The Harbour Futures Initiative trains fishers in Tinland.\n\nReferences: Delta Atlas Programme website; WFP Tide Notes.", name: "Delta Atlas Programme" },
  ],
};

const LINE = new RegExp(`^\\s*(?:${SOURCES_LINES.words.labels.join("|")}):`, "i");

/** Whether a passage is a line of sources ("Sources: …"). */
export function isSourcesLine(text: string): boolean {
  return LINE.test(text);
}

import type { EntityKind } from "../../src/ontology/ontology.js";
import { YEARS_BRACKET } from "./runInProjectTitle.js";
import type { Mention, Passage } from "./types.js";

/** A run-in title with its bracket of years: "Shore Lines (2017).", "Coastal Return (2014-2016)." */
const RUN_IN_YEARS = new RegExp(String.raw`^([^()]{3,150}?)${YEARS_BRACKET}\.\s*$`);

/**
 * ITEM_TITLE: a list item that opens with a name alone as its first sentence ("- Coastal Fisheries Livelihood
 * Programme. It is run by FAO. Countries: Ghana, Togo.") is an entry titled by that name: a field label later in the
 * item that needs its owner named ("Countries:", "Implemented by:") speaks of the title's programme. A first sentence
 * that says something ("- FAO runs the Coastal Fisheries Livelihood Programme. Countries: …") titles nothing.
 * Returns the title's words, for the page's `named` to resolve, or null.
 */
export function itemTitle(passage: Passage, pm: readonly Mention[], index: number, kinds: readonly EntityKind[]): string | null {
  if (index === 0) return null;
  const first = passage.sentences[0];
  if (!first) return null;
  // A paragraph titled as a run-in project ("Shore Lines (2017). Researchers interviewed …", runInProjectTitle.ts) is such an
  // entry too, its years in brackets left off.
  const runIn = passage.kind === "paragraph" ? RUN_IN_YEARS.exec(first.text) : null;
  if (passage.kind !== "list-item" && !runIn) return null;
  const title = runIn ? runIn[1]! : first.text.replace(/[.:]\s*$/, "").trimEnd();
  if (title.length === 0 || title.length > 150) return null;
  const lead = /^(?:the\s+)?/i.exec(title)![0].length;
  const from = first.localStart + lead;
  const to = first.localStart + title.length;
  // One name of the list's kinds is the whole first sentence.
  return pm.some((m) => kinds.includes(m.kind) && m.localStart === from && m.localEnd === to) ? title : null;
}

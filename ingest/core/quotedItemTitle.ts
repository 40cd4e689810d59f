import { entityId } from "../../src/ontology/ids.js";
import type { NameRule } from "./NameRule.js";
import type { DocumentScan, PassageScan } from "./PassageScan.js";

/**
 * A list of projects whose items open with each project's quoted title: "Two projects with IOM, 2 million euros",
 * then "- "Direct Help to Stranded Fishers", 1.5 million euros. IOM will …". The lead-in before the list counts
 * projects (a plural programme noun), or the item itself calls its subject "the project"; either says the quoted
 * words are a project's title, though no class noun stands beside them. A list of publications ("three reports",
 * "a study") is not read, nor a quotation inside an item.
 */
export const QUOTED_ITEM_TITLES: NameRule = {
  id: "quoted-item-titles",
  what: "A list item opening with a quoted title (three words or more, capitalised) closed by a comma, full stop or colon names an initiative when the passage before the list names projects or programmes in the plural or the item says 'the project'; items under a lead-in about reports or studies, or that speak of one, are not read.",
  words: ["projects", "programmes", "programs", "initiatives"],
  positive: [
    { text: "Grants of 2019\n\nMay 2019: two projects with IOM, 2 million euros\nThe ministry has paid IOM for work in Togo and Benin.\n- \"Direct Help to Stranded Fishers\", 1.5 million euros. IOM will open a clinic in Togo.\n- \"Safer Boats for Lagoon Crews\", 0.5 million euros. The work trains crews in Benin.", name: "Direct Help to Stranded Fishers", kind: "INITIATIVE" },
    { text: "Grants of 2019\n\nMay 2019: funding for IOM\n- \"Safer Boats for Lagoon Crews\", 0.5 million euros. The project trains crews in Benin.", name: "Safer Boats for Lagoon Crews", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Publications\n\nThe project produced three reports:\n- \"Fishing Crews in Ghana\", 2019. A study of pay on boats.\n- \"Ports and People Today\", 2020.", name: "Fishing Crews in Ghana" },
    { text: "Voices\n\nWhat the fishers said about the two projects:\n- \"We Need Safer Boats\": that was the word in Lomé.", name: "We Need Safer Boats" },
    { text: "Grants of 2019\n\nMay 2019: funding for IOM\n- \"Safer Boats for Lagoon Crews\", 0.5 million euros. The money trains crews in Benin.", name: "Safer Boats for Lagoon Crews" },
  ],
};

const PLURAL_PROGRAMMES = /\b(?:projects|programmes|programs|initiatives)\b/i;
const THE_PROJECT = /\b(?:[Tt]he|[Tt]his)\s+(?:project|programme|program|initiative)\b/;
const PUBLICATION = /\b(?:reports?|stud(?:y|ies)|papers?|guides?|handbooks?|publications?|briefs?|books?|articles?|said|says|quotes?)\b/i;
/** The opening quoted title and what closes it: a comma, a full stop or a colon after the closing quote. */
const OPENING = /^[“"]([A-Z][^”"]{8,200}?)[”"]\s*([,.:])/;

/** The last two passages before each document's current list: its lead-in, a dated line and a sentence under it. */
const leadIns = new WeakMap<DocumentScan, string>();

/** recognise.ts step 0''': a list item opening with a project's quoted title is an initiative (QUOTED_ITEM_TITLES). */
export function quotedItemTitle(scan: PassageScan): void {
  const { passage, text } = scan;
  if (passage.kind !== "list-item") {
    leadIns.set(scan.doc, `${(leadIns.get(scan.doc) ?? "").split("\n").pop()}\n${text}`);
    return;
  }
  const m = OPENING.exec(text);
  if (!m || m[2] === ":") return;
  const title = m[1]!.trim();
  const leadIn = leadIns.get(scan.doc) ?? "";
  if (title.split(/\s+/).length < 3 || PUBLICATION.test(leadIn) || PUBLICATION.test(text.slice(m[0].length))) return;
  if (!PLURAL_PROGRAMMES.test(leadIn) && !THE_PROJECT.test(text.slice(m[0].length))) return;
  const start = text.indexOf(title);
  const key = entityId("INITIATIVE", title);
  if (scan.doc.catalog.byId.has(key) || scan.overlaps(start, start + title.length)) return;
  scan.discover({ key, kind: "INITIATIVE", name: title, acronym: null });
  scan.push({ localStart: start, localEnd: start + title.length, kind: "INITIATIVE", key, method: "quoted-title", confidence: 0.7 });
}

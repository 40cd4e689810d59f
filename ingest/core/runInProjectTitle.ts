import { entityId } from "../../src/ontology/ids.js";
import { headingProject, isClassHeading } from "./headingProjects.js";
import type { NameRule } from "./NameRule.js";
import type { PassageScan } from "./PassageScan.js";

/**
 * A list of projects written as run-in paragraphs: under a heading that names projects as a class ("Projects",
 * "Our programmes"), a paragraph opens with the project's title as a sentence of its own, with its years in brackets
 * or none ("Climate Change and Migration. Undertaken by the network, this study …", "Harbour Voices (2016). This
 * project …"). The title must read as a name, as a heading in a project list must (headingProjects.ts): two words or
 * more, capitalised save its connectors, no prose opener. Under any other heading, or as an ordinary sentence ("The
 * project ended in 2019."), nothing is read.
 */
export const RUN_IN_PROJECT_TITLES: NameRule = {
  id: "run-in-project-titles",
  what: "Under a heading naming projects or programmes as a class, a paragraph opening with a title-cased name (two words or more, an optional bracket of years) closed by a full stop names an initiative.",
  words: ["projects", "programmes", "programs", "initiatives"],
  positive: [
    { text: "Harbour Network\n\nThe network links port towns.\n\nProjects\n\nSafe Decks for Deckhands (2017). This research project looked at work on small boats in Ghana.", name: "Safe Decks for Deckhands", kind: "INITIATIVE" },
    { text: "Harbour Network\n\nThe network links port towns.\n\nOur projects\n\nFishers and the Changing Coast. Undertaken with two universities, this study followed fishing villages in Togo.", name: "Fishers and the Changing Coast", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Harbour Network\n\nThe network links port towns.\n\nHistory\n\nSafe Decks for Deckhands (2017). This research project looked at work on small boats in Ghana.", name: "Safe Decks for Deckhands" },
    { text: "Harbour Network\n\nThe network links port towns.\n\nProjects\n\nThe Coastal Network. It ran two projects in Ghana.", name: "The Coastal Network" },
    { text: "Harbour Network\n\nThe network links port towns.\n\nProjects\n\nIn Ghana and Togo. The network ran two projects there.", name: "In Ghana and Togo" },
  ],
};

/**
 * A run-in title's bracket of years, as a regex source: " (2018)", " (2014-2016)", "(since 2020)". Shared with
 * itemTitle.ts, which reads the same kind of title as a list entry's, so that both read one shape of bracket.
 */
export const YEARS_BRACKET = String.raw`\s*\([^()]*\d{4}[^()]*\)`;

/** The title and its optional bracket of years, closed by a full stop and a new capitalised sentence. */
const RUN_IN = new RegExp(String.raw`^([A-Z][^.!?;:()]{3,120}?)(${YEARS_BRACKET})?\.\s+(?=[A-Z])`);

/** recognise.ts step 0'': a run-in title opening a paragraph under a heading of projects is an initiative. */
export function runInProjectTitle(scan: PassageScan): void {
  const { passage, text } = scan;
  if (passage.kind !== "paragraph" || !passage.section || !isClassHeading(passage.section)) return;
  const m = RUN_IN.exec(text);
  const title = m ? m[1]!.trim() : "";
  const project = title ? headingProject(title) : null;
  if (!project || project.name !== title || project.acronym) return;
  const key = entityId("INITIATIVE", title);
  if (scan.doc.catalog.byId.has(key) || scan.overlaps(0, title.length)) return;
  scan.discover({ key, kind: "INITIATIVE", name: title, acronym: null });
  scan.push({ localStart: 0, localEnd: title.length, kind: "INITIATIVE", key, method: "name-pattern", confidence: 0.7 });
}

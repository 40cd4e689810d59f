import { carriesHead, spelling } from "./descriptionHeads.js";
import { HEAD_NOUNS } from "./headNouns.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * PROGRAMME_HEAD_FIT: "the project", "the platform", "the programme" take the latest initiative named, whatever its name
 * (a page about Triple Win says "the programme" for it). But a name that has a head noun of its own says what sort of
 * initiative it is: "UNODC sent staff of its Sahel Programme … the project's approach" speaks of the project named
 * before, not of the Programme; "the platform" is no "Response Plan", "the programme" no "Trust Fund". So an initiative
 * whose name is headed by another initiative noun is passed over for an earlier one that carries the description's word
 * or has no head noun at all. "Programme", "project" and "initiative" are written for one another ("the programme" of
 * the "Joint Migration and Development Initiative", "the project" of a "Tripartite Action"): a name headed so is taken
 * where nothing that fits better is in reach.
 */
export const PROGRAMME_HEAD_FIT = {
  id: "programme-head-fit",
  examples: {
    positive: [
      // The latest initiative is headed "Programme": "the project" is the unheaded one named before it.
      { text: "Migration for Development in Africa\n\nIOM launched MIDA in Accra in 2001. IOM was represented by staff of its Coastal Crime Programme.\nUNHCR praised the project, and Norway funds the project.\n", expect: ["FUNDS", "ctry:no", "ini:mida"] },
      // Only an initiative of the interchangeable nouns is in reach: "the programme" may stand for an Initiative.
      { text: "The Tinland Remittance Initiative was launched in 2016.\n\nNorway funds the programme.\n", expect: ["FUNDS", "ctry:no", "ini:tinland-remittance-initiative"] },
    ],
    negative: [
      { text: "Migration for Development in Africa\n\nIOM launched MIDA in Accra in 2001. IOM was represented by staff of its Coastal Crime Programme.\nUNHCR praised the project, and Norway funds the project.\n", expect: ["FUNDS", "ctry:no", "ini:coastal-crime-programme"] },
      // A plan is no platform, whatever else the page names.
      { text: "Tinland adopted the Coastal Response Plan in 2015.\n\nNorway funds the platform.\n", expect: ["FUNDS", "ctry:no", "ini:coastal-response-plan"] },
      // A fund is no programme: "the programme" financed from it is another thing the sentence leaves unnamed.
      { text: "The Tinland Trust Fund for Fishers was set up in 2016.\n\nNorway funds the programme.\n", expect: ["FUNDS", "ctry:no", "ini:tinland-trust-fund-for-fishers"] },
    ],
  } satisfies TripleExamples,
};

/** The nouns that may head an initiative's name ("Programme", "Plan", "Fund"), in lower case and singular. */
const INITIATIVE_HEADS = [...new Set(HEAD_NOUNS.words.INITIATIVE.map((w) => spelling(w.toLowerCase().replace(/(?<=[a-z]{3})s$/, ""))))];
/** The nouns a writer uses for one another when speaking of a programme. */
const INTERCHANGEABLE = new Set(["programme", "project", "initiative"]);
/** Heads of a programme's own name that those nouns may still speak of ("Tripartite Action to …", "… Seasonal Workers Scheme"). */
const PROGRAMME_LIKE = new Set([...INTERCHANGEABLE, "action", "scheme"]);

/** How an initiative's name fits "the <word>": it carries the word or no head; only an interchangeable head; another head. */
export function programmeHeadFit(name: string, word: string): "fits" | "near" | "other" {
  const w = spelling(word.toLowerCase());
  if (carriesHead(name, w)) return "fits";
  const heads = INITIATIVE_HEADS.filter((h) => carriesHead(name, h));
  if (heads.length === 0) return "fits";
  return INTERCHANGEABLE.has(w) && heads.every((h) => PROGRAMME_LIKE.has(h)) ? "near" : "other";
}

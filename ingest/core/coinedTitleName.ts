import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import type { Catalog } from "../catalog/catalog.js";
import { classKind } from "./classNounTitles.js";
import { headKind } from "./headKind.js";
import type { Matcher } from "./Matcher.js";
import type { NameRule } from "./NameRule.js";
import { isGeneric } from "./nameTrim.js";
import { PROGRAMME_NOUN } from "./programmeNouns.js";
import { IMPLEMENTER_LABELS } from "./implementerLabels.js";
import type { TitleName } from "./titleName.js";
import type { StructuredDocument } from "./types.js";

/**
 * A programme or campaign with a coined name and no kind word ("Migrants as Messengers", "Work in Freedom", "Education
 * Cannot Wait") titles its own fact sheet: the title alone says nothing of its kind (titleName.ts needs a head noun),
 * but the field lines at the top of the page do, for only an initiative has an implementer, donors and countries it
 * works in ("Implemented by: ILO", "Donor: Norway", "Where we work: Ghana, Togo"), or a "Type:" line whose head is a
 * programme noun ("Type: awareness-raising campaign"). The title (or a first line above the page's first heading) is then the page's topic, an initiative, and its
 * acronym in brackets ("(MaM)") is the topic's. Two marks are needed (a "Type:" line counts as two; an opening sentence
 * "The programme/campaign …" with no name before it, or a subtitle line "Information campaign" / "Programme profile", counts as one); a "Type:" line naming another kind (a report, a
 * network, a meeting) refuses the title, and so does a title with words of a sentence or of a publication.
 */
export const COINED_TITLE_NAMES: NameRule = {
  id: "coined-title-names",
  what: "A page title that is a coined name (capitalised words, small words between them, no kind word) over field lines only an initiative has ('Implemented by:', 'Donors:', 'Where we work:', 'Type: … campaign') names the page's topic, an initiative; its bracketed acronym is the topic's (coinedTitleName.ts).",
  words: ["implemented by", "implementing agency", "implementing partners", "run by", "donor", "donors", "funded by", "financed by", "where we work", "target countries", "beneficiary countries", "countries covered", "budget", "duration", "project period", "programme period"],
  positive: [
    { text: "Harbours as Schools (HaS)\n\nAt a glance\nType: peer-led information campaign\nWhere we work: Ghana, Togo\nImplemented by: IOM\nDonor: Norway\n\nHaS trains returnees to speak in their towns.", name: "Harbours as Schools", kind: "INITIATIVE" },
    { text: "Nets Before Boats\n\nStarted: 2015\nImplementing agency: FAO\nDonors: Denmark, Sweden\nTarget countries: Ghana, Benin\n\nFishers learn to repair their own nets.", name: "Nets Before Boats", kind: "INITIATIVE" },
    { text: "Safe from the Tide\n\nLaunched: 2014\nFunded by: Norway\n\nThe initiative helps coastal towns plan for floods.", name: "Safe from the Tide", kind: "INITIATIVE" },
    { text: "Nets Before Boats\n\nTraining programme\n\nRun by: FAO\n\nCrews in Ghana learn to repair their own nets.", name: "Nets Before Boats", kind: "INITIATIVE" },
  ],
  negative: [
    // A single label an organization could carry too, and no other mark.
    { text: "Harbours as Schools\n\nFunded by: Norway\n\nTeachers from Ghana met in Accra.", name: "Harbours as Schools" },
    { text: "Nets Before Boats\n\nTraining programme\n\nCrews in Ghana learn to repair their own nets.", name: "Nets Before Boats" },
    // A "Type:" line naming another kind: a report, a network.
    { text: "Harbours as Schools\n\nType: evaluation report\nFunded by: Norway\nDonor: Sweden\n\nThe report covers Ghana.", name: "Harbours as Schools" },
    { text: "Nets Before Boats\n\nType: regional network of fishers' groups\nWhere we work: Ghana, Togo\nFunded by: Norway", name: "Nets Before Boats" },
    // A title that is a sentence or a headline, not a name.
    { text: "Ghana Joins the Coastal Talks\n\nImplemented by: IOM\nDonor: Norway\nWhere we work: Ghana", name: "Ghana Joins the Coastal Talks" },
    { text: "News and Events\n\nImplemented by: IOM\nDonor: Norway\nWhere we work: Ghana", name: "News and Events" },
    // A page label in capitals over the fields, not a name.
    { text: "FACT SHEET\n\nType: regional fishers' programme\nImplemented by: IOM\nDonor: Norway", name: "FACT SHEET" },
  ],
};

/** Small words a coined name may hold between its capitalised words ("Migrants as Messengers", "Safe from the Start"). */
const SMALL = new Set(["as", "to", "from", "the", "in", "of", "and", "for", "on", "with", "at", "by", "a", "&"]);
const CAPITALISED = /^[A-Z][\p{L}’'+-]*$/u;
/** Words that make a title a sentence, a label or a headline rather than a coined name. */
const NOT_NAME = /^(?:News|Events?|About|Home|Contact|Welcome|Overview|Profile|Facts?|Factsheet|Sheet|Page|Summary|Brief|Briefing|Note|Notes|Press|Release|Update|Updates|Joins?|Signs?|Launches|Opens|Holds|Meets|Adopts|Welcomes|Calls|Report|Reports|Timeline|Chronology|Glossary|Annex|FAQ|Questions|Glance)$/i;
/** Labels only an initiative carries: who implements it, who pays, where it works, its span and budget. */
const INITIATIVE_LABEL = new RegExp(`^(?:${IMPLEMENTER_LABELS.implementedBy}|implementing (?:${IMPLEMENTER_LABELS.agencies}|${IMPLEMENTER_LABELS.partners})|run by|donors?|funded by|financed by|funding|where we work|target countries|beneficiary countries|countries covered|budget|duration|(?:project|programme|program) period)$`, "i");
const FIELD = /^\s*(?:[-•*]\s*)?([A-Z][A-Za-z ]{1,40}?)\s*:\s+(\S.*)$/;
/** The programme nouns a "Type:" line or an opening sentence names. */
const PROGRAMME_NOUN_ONLY = new RegExp(String.raw`^(?:${PROGRAMME_NOUN})s?$`, "i");
/** A short line under the title that says what the page is about: "Information campaign", "Programme profile", "Project sheet". */
const SUBTITLE = new RegExp(String.raw`^(?:[A-Za-z-]+\s+){0,2}(?:${PROGRAMME_NOUN})(?:\s+(?:profile|sheet|fact\s*sheet|factsheet|page|summary))?$`, "i");
const OPENS_ON_CLASS = new RegExp(String.raw`^(?:The|This)\s+(?:${PROGRAMME_NOUN})\b`);

/** What a "Type:" value says the page's subject is: an initiative, another kind, or nothing. */
function typeOf(value: string): "initiative" | "other" | null {
  const phrase = value.split(/[,;(]|\s+(?:for|on|of|in|against|to|with|that|which)\s+/)[0]!.trim();
  const head = phrase.split(/\s+/).pop() ?? "";
  if (PROGRAMME_NOUN_ONLY.test(head)) return "initiative";
  // Any other class noun ("network", "report", "forum") is another kind, even one a head noun list files with programmes.
  return classKind(phrase) || head ? "other" : null;
}

/** The coined name a page title is (its bracketed acronym apart), or null: two to eight words, capitalised at both ends. */
function coinedName(title: string): { name: string; acronym?: string } | null {
  const acronym = /\s*\(([A-Z][A-Za-z0-9+]{1,11})\)$/.exec(title);
  const name = acronym ? title.slice(0, acronym.index) : title;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 8) return null;
  if (!CAPITALISED.test(words[0]!) || !CAPITALISED.test(words.at(-1)!)) return null;
  if (!words.every((w) => CAPITALISED.test(w) || SMALL.has(w)) || words.some((w) => NOT_NAME.test(w))) return null;
  return { name, ...(acronym ? { acronym: acronym[1]! } : {}) };
}

/** How many marks of an initiative the lines at the top of the page give, or -1 where a "Type:" line names another kind. */
function initiativeMarks(doc: Pick<StructuredDocument, "passages">): number {
  let marks = 0;
  const labels = new Set<string>();
  // The heading over the first passage may be the subtitle ("Information campaign" printed as a heading).
  if (SUBTITLE.test(doc.passages[0]?.section?.trim() ?? "")) marks += 1;
  for (const passage of doc.passages.slice(0, 8)) {
    for (const line of passage.text.split("\n")) {
      const field = FIELD.exec(line);
      if (!field) continue;
      const label = field[1]!.trim().toLowerCase();
      if (label === "type") {
        const type = typeOf(field[2]!);
        if (type === "other") return -1;
        if (type === "initiative") marks += 2;
      } else if (INITIATIVE_LABEL.test(label) && !labels.has(label)) {
        labels.add(label);
        marks += 1;
      }
    }
    if (OPENS_ON_CLASS.test(passage.text) || SUBTITLE.test(passage.text.trim())) marks += 1;
  }
  return marks;
}

/** A page title that is a coined name over an initiative's field lines: the page's topic, an initiative. */
export function coinedTitleName(doc: Pick<StructuredDocument, "title" | "passages">, catalog: Catalog, matcher: Matcher): PageTitleName | null {
  // The title, or a first line above the first heading that the layout left as a line of text (as acronymFirstTitle.ts reads it).
  const first = doc.passages[0];
  const lines = [doc.title, first && !first.section && !first.text.includes("\n") ? first.text : null];
  const coined = lines.map((line) => (line ? { ...coinedName(line.trim()), label: line } : null)).find((c) => c?.name && !headKind(c.name) && !isGeneric(c.name));
  if (!coined?.name) return null;
  const name = coined.name;
  if (matcher.findAll(name).some((m) => m.end - m.start === name.length)) return null;
  if (initiativeMarks(doc) < 2) return null;
  const key = entityId("INITIATIVE", name);
  return catalog.byId.has(key) ? null : { key, kind: "INITIATIVE", name, label: coined.label, ...(coined.acronym ? { acronym: coined.acronym } : {}) };
}

/** A title's name, with the line it was read from where that is not the page title (a heading of that text names it). */
export type PageTitleName = TitleName & { label?: string };

/** A coined title's bracketed acronym ("Migrants as Messengers (MaM)"), bound in every passage as a heading's is; null without one. */
export function coinedTitleDefinition(titled: PageTitleName | null): { id: string; kind: EntityKind; name: string; acronym: string; known: boolean } | null {
  return titled?.label !== undefined && titled.acronym ? { id: titled.key, kind: titled.kind, name: titled.name, acronym: titled.acronym, known: true } : null;
}

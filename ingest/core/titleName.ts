import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import type { Catalog } from "../catalog/catalog.js";
import { headKind } from "./headKind.js";
import type { Matcher } from "./Matcher.js";
import type { NameRule } from "./NameRule.js";
import { NAME_CONNECTORS } from "./nameRules.js";
import { isGeneric, trimName } from "./nameTrim.js";
import { yearMeeting } from "./yearMeeting.js";
import { placeTest } from "./placeTest.js";
import type { DiscoveredName } from "./types.js";
import { capitalised, SITTING_NOUNS } from "./meetingNouns.js";

/**
 * A page titled by a name alone ("Children on the Move Programme", "Coastal Migration Dialogue") is about that body or
 * programme: its label lines ("Lead agency: UNICEF", "Chair: Ghana") and short sentences ("It was launched in 2016 by
 * …") have it as their unwritten end, though no sentence names it. Titles are not passages, so the name is found here
 * and given to relate() as the page's topic (as a heading that names a project is, headingProjects.ts). A title with
 * words of its own ("Global Migration Group: profile", "News and events") or a catalog name is no new name; a forum's
 * name and a year titles that year's meeting.
 */
export const TITLE_NAMES: NameRule = {
  id: "title-names",
  what: "A page title that is a name by itself (capitalised words and name connectors, headed by a body's or programme's head noun) names the page's topic, an entity even where no sentence names it.",
  words: [],
  positive: [
    { text: "Coastal Children Protection Programme\n\nLead agency: UNICEF\nDonors: Sweden and Norway", name: "Coastal Children Protection Programme", kind: "INITIATIVE" },
    { text: "Coastal Migration Dialogue for West Africa\n\nChair: Ghana\nMembers: Togo, Benin", name: "Coastal Migration Dialogue for West Africa", kind: "FORUM" },
    { text: "Coastal Migration Forum 2011\n\nChair: Ghana", name: "Coastal Migration Forum 2011", kind: "FORUM", year: 2011, parentId: "forum:coastal-migration-forum" },
    { text: "About the Coastal Migration Dialogue\n\nChair: Ghana\nSecretariat: IOM", name: "Coastal Migration Dialogue", kind: "FORUM" },
    { text: "Coastal Migration Dialogue (CMD)\n\nChair: Ghana\nSecretariat: IOM", name: "Coastal Migration Dialogue", kind: "FORUM" },
  ],
  negative: [
    { text: "Coastal Migration Dialogue: profile\n\nChair: Ghana\nMembers: Togo, Benin", name: "Coastal Migration Dialogue: profile" },
    { text: "News and Events\n\nGhana joined the Rabat Process in 2010.", name: "News and Events" },
    { text: "About the Coastal Migration Dialogue\n\nChair: Ghana\nSecretariat: IOM", name: "About the Coastal Migration Dialogue" },
    { text: "Coastal Migration Network 2016\n\nChair: Ghana", name: "Coastal Migration Network 2016" },
    { text: "Bali Process Ministerial Conference 2011\n\nChair: Indonesia", name: "Bali Process Ministerial Conference" },
  ],
};

const CONNECTORS = new Set(NAME_CONNECTORS.words);
const MEETING_KIND_WORDS = new RegExp(String.raw`^\s*(?:(?:Ministerial|Regional|Senior|Officials[’']?|Technical|Annual|Plenary|${SITTING_NOUNS.map(capitalised).join("|")})\s*)*$`);

export interface TitleName {
  key: string;
  kind: EntityKind;
  name: string;
  /** "Coastal Migration Dialogue (CMD)": the acronym the title gives the name. */
  acronym?: string;
  /** "Coastal Migration Forum 2011": the meeting of that year, of the series named before the year. */
  meeting?: DiscoveredName;
}

/**
 * The name a page's title is, with its kind, or null; a forum's name and a year ("Coastal Migration Forum 2011") is
 * that year's meeting of the series, keyed as meetings.ts keys it.
 */
export function titleName(title: string, catalog: Catalog, matcher: Matcher): TitleName | null {
  const dated = /^(.+?)\s+((?:19|20)\d{2})$/.exec(title.trim());
  if (dated) {
    const series = titleName(dated[1]!, catalog, matcher);
    if (!series || series.kind !== "FORUM" || series.meeting) return null;
    return { ...series, meeting: yearMeeting(catalog, series.key, series.name, Number(dated[2])) };
  }
  // "About the X", "X (ACR)": words framing the page and the acronym in brackets are no part of the name.
  const name = title.trim().replace(/^(?:About|Welcome to|Introducing)\s+/, "").replace(/^[Tt]he\s+/, "").replace(/\s*\([A-Z][A-Za-z]{1,9}\)$/, "");
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 14) return null;
  if (!words.every((w) => /^[A-Z][\p{L}’'-]*,?$/u.test(w) || CONNECTORS.has(w))) return null;
  if (trimName(name) !== name || isGeneric(name)) return null;
  const kind = headKind(name);
  if (!kind || kind === "COUNTRY") return null;
  // A catalog name, or one with words naming a kind of meeting ("Bali Process Ministerial Conference"), is read by
  // headingEntity.ts as that body or its meeting.
  if (matcher.findAll(name).some((m) => MEETING_KIND_WORDS.test(`${name.slice(0, m.start)} ${name.slice(m.end)}`))) return null;
  const key = entityId(kind, name);
  const written = /\(([A-Z][A-Za-z]{1,9})\)$/.exec(title.trim())?.[1];
  // "… Office for Southern Africa (Pretoria)": a place in brackets is where the body sits, no acronym (BRACKETED_PLACE).
  const acronym = written && !placeTest(catalog)(written) ? written : undefined;
  return catalog.byId.has(key) ? null : { key, kind, name, ...(acronym ? { acronym } : {}) };
}

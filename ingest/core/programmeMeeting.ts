import type { Catalog } from "../catalog/catalog.js";
import { HELD_MEETING_WORDS } from "./heldMeetingWords.js";
import { isoDate } from "./months.js";
import { occasionAfter, type Occasion } from "./meetingOccasion.js";
import { knownCityName } from "./meetingVenue.js";
import { sentenceAround } from "./sentenceAround.js";
import type { DiscoveredName, Mention } from "./types.js";
import { yearMeeting } from "./yearMeeting.js";

/**
 * A programme's own meeting, named by the programme and the kind of meeting right after it, with the day or month it
 * was held (PROGRAMME_MEETING): "The LCMP inception workshop in N'Djamena on 12-13 March 2019 brought together …",
 * "the BCM launch conference in Amman on 5 June 2018", "The Silk Road Migration Project's closing conference, in
 * Tashkent on 11 December 2020", "On 3 May 2016 the FRCP inception seminar opened in Amman"; and one the programme holds,
 * "the CLP held a regional workshop in Accra on 6 July 2021" (a meeting an organization holds is no programme's). Projects and funds
 * meet as forums do, but no catalog lists their workshops, so without this reader every fact about such a meeting
 * lost its end. The date is what makes it one meeting that took place: a bare "the SRI workshops" or "an SRI
 * conference" with no day or month names none. Left alone: a meeting still to come ("is to be held", "planned for")
 * and one used as a date ("since the LCMP inception workshop in …").
 */
export const PROGRAMME_MEETING = {
  id: "programme-meeting",
  positive: [
    { text: "The Lake Chad Mobility Project (LCMP) is run by IOM. The LCMP inception workshop in N'Djamena on 12-13 March 2019 brought together delegations of Chad and Niger.", title: "Page", event: "Lake Chad Mobility Project 2019" },
    { text: "The Silk Road Migration Project is run by ICMPD. The Silk Road Migration Project's closing conference, in Tashkent on 11 December 2020, brought together Uzbekistan and Tajikistan.", title: "Page", event: "Silk Road Migration Project 2020" },
    { text: "The Fair Recruitment Corridor Project (FRCP) is led by the ILO. On 3 May 2016 the FRCP inception seminar opened in Amman with delegations from Jordan.", title: "Page", event: "Fair Recruitment Corridor Project 2016" },
    { text: "The Coastal Livelihoods Programme (CLP) is financed by Norway. In 2021 the CLP held a regional workshop in Accra on 6 July 2021 for officials of Ghana and Togo.", title: "Page", event: "Coastal Livelihoods Programme 2021" },
    { text: "The Coastal Livelihoods Programme (CLP) is financed by Norway.\n\nMilestones\n- 2 March 2020 - The CLP validation workshop in Accra brings together fisheries officials.", title: "Page", event: "Coastal Livelihoods Programme 2020" },
  ],
  negative: [
    { text: "The Safe Routes Initiative (SRI) is run by UNHCR. A second SRI workshop is to be held in Bamako on 4 November 2019.", title: "Page", event: "Safe Routes Initiative 2019" },
    { text: "The Safe Routes Initiative (SRI) is run by UNHCR. SRI workshops were held in several capitals in 2019.", title: "Page", event: "Safe Routes Initiative 2019" },
    { text: "The Coastal Livelihoods Programme (CLP) is financed by Norway. UNDP held a regional workshop in Accra on 6 July 2021 for officials of Ghana and Togo.", title: "Page", event: "Coastal Livelihoods Programme 2021" },
    { text: "The Coastal Livelihoods Programme (CLP) is financed by Norway. The CLP held a workshop on fisheries data in Accra on 6 July 2021.", title: "Page", event: "Coastal Livelihoods Programme 2021" },
    { text: "The Coastal Livelihoods Programme (CLP) is financed by Norway.\n\nMilestones\n- 2 March 2020 - Norway renews its grant; the CLP validation workshop follows later.", title: "Page", event: "Coastal Livelihoods Programme 2020" },
    { text: "The Safe Routes Initiative (SRI) is run by UNHCR. Since the SRI review meeting in Dakar on 10 October 2018, Senegal has led its work on data.", title: "Page", event: "Safe Routes Initiative 2018" },
  ],
};

/** Words that say what kind of meeting a programme held, lower or upper case ("inception", "Mid-term", "partners'"). */
const KIND_WORDS = "inception launch kick-off opening closing final mid-term midterm review validation stakeholder stakeholders' stakeholders’ partners' partners’ partner donors' donors’ donor regional national sub-regional technical annual learning coordination planning consultation high-level";
const NOUNS = "workshop conference meeting seminar launch consultation roundtable webinar event";
const eitherCase = (words: string) => words.split(" ").map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
/**
 * Right after the programme's name: an optional acronym in brackets or a possessive, up to three kind words and the
 * meeting noun, which no complement of its own follows ("a workshop on data", "a meeting of donors" are other things).
 */
const KIND_AFTER = new RegExp(String.raw`^(?:\s*\([A-Z][\w-]{1,12}\))?(?:['’]s)?\s+((?:(?:${eitherCase(KIND_WORDS)})\s+){0,3})(${eitherCase(NOUNS)})\b(?!\s+(?:of|on\s+[a-z]|for|with|between|about|series)\b)(?![-\w])`, "u");
/** "The LCMP held a technical workshop …": the programme as the subject that holds a meeting of a kind, which is its own. */
const HELD_AFTER = new RegExp(String.raw`^(?:\s*\([A-Z][\w-]{1,12}\))?\s+(?:also\s+)?(?:held|organi[sz]ed|convened|hosted)\s+((?:an?|its)\s+((?:(?:${eitherCase(KIND_WORDS)})\s+){0,3})(${eitherCase(NOUNS)}))\b(?!\s+(?:of|on\s+[a-z]|for|with|between|about|series)\b)(?![-\w])`, "u");
const CITY_RIGHT_AFTER = /^[\s,]*(?:\w+\s+){0,2}?(?:in|at)\s+([A-Z][\p{L}'’.-]+(?:\s[A-Z][\p{L}'’.-]+){0,2})/u;
const { notHeld: NOT_HELD, asDate: AS_DATE, frontedDate: FRONTED_DATE } = HELD_MEETING_WORDS;

export interface ProgrammeMeeting {
  start: number;
  end: number;
  year: number;
  /** "inception workshop", the kind of meeting as written. */
  kind: string;
  occasion: Occasion;
  /** The phrase holds the programme's name ("the LCMP inception workshop"), not only the meeting ("a workshop"). */
  named: boolean;
}

/** The dated meeting the programme mention `m` names with the kind of meeting right after it, or null. */
export function programmeMeeting(text: string, m: Mention, cities: ReadonlyMap<string, string>): ProgrammeMeeting | null {
  if (m.kind !== "INITIATIVE") return null;
  const window = text.slice(m.localEnd, m.localEnd + 90);
  const k = KIND_AFTER.exec(window);
  const h = k ? null : HELD_AFTER.exec(window);
  if (!k && !h) return null;
  const kind = (k ? `${k[1]!} ${k[2]!}` : `${h![2]!} ${h![3]!}`).replace(/\s+/g, " ").trim().toLowerCase();
  const end = m.localEnd + (k ?? h)![0].length;
  // Held by the programme, the phrase is the meeting alone: the programme stays the sentence's subject.
  const start = k ? m.localStart : end - h![1]!.length;
  const { from, to } = sentenceAround(text, m.localStart, end);
  const before = text.slice(from, m.localStart);
  if (NOT_HELD.test(text.slice(from, to)) || AS_DATE.test(before)) return null;
  const after = occasionAfter(text, end, cities);
  if (after.date) return { start, end, year: Number(after.date.slice(0, 4)), kind, occasion: after, named: !!k };
  const fronted = FRONTED_DATE.exec(before);
  if (!fronted) return null;
  const place = CITY_RIGHT_AFTER.exec(text.slice(end, end + 60));
  const city = place ? knownCityName(place[1]!, cities) : undefined;
  return { start, end, year: Number(fronted[3]), kind, occasion: { date: isoDate(fronted[1], fronted[2]!, fronted[3]!), ...(city ? { city } : {}) }, named: !!k };
}

/** A meeting phrase as meetings.ts keeps it (its MeetingMention), written out here so that neither file imports the other. */
export interface ProgrammeMeetingMention {
  start: number;
  end: number;
  entity: DiscoveredName;
  replaces?: Mention;
  occasion: Occasion;
}

/**
 * The meeting as meetings.ts keeps it: the programme's meeting of that year ("LCMP 2019", also "Lake Chad Mobility
 * Project 2019"), the programme mention's place taken, with the day and city read.
 */
export function programmeMeetingMentions(text: string, m: Mention, catalog: Catalog, discovered: (key: string) => DiscoveredName | undefined): ProgrammeMeetingMention[] {
  const p = programmeMeeting(text, m, catalog.cities);
  const programme = catalog.byId.get(m.key) ?? discovered(m.key);
  if (!p || !programme) return [];
  const entity = yearMeeting(catalog, m.key, programme.acronym ?? programme.name, p.year);
  return [{ start: p.start, end: p.end, ...(p.named ? { replaces: m } : {}), entity: { ...entity, alias: `${programme.name} ${p.year}` }, occasion: { ...p.occasion, series: programme.name } }];
}

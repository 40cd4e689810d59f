import { entityId } from "../../src/ontology/ids.js";
import type { Catalog } from "../catalog/catalog.js";
import { knownCityName } from "./meetingVenue.js";
import { isoDate, MONTH } from "./months.js";
import { ORDINAL_WORDS, ordinalNumber, TENS } from "./ordinals.js";
import { yearMeeting } from "./yearMeeting.js";
import type { DiscoveredName } from "./types.js";

/**
 * A section headed by a numbered meeting alone, on the page of its series (HEADED_MEETING): "EIGHTH MINISTERIAL
 * CONFERENCE" under "Bali Process > Events", with "Location:" and "Date:" field lines below it. The heading names the
 * meeting; the series is the one the heading, else the page title, names; the "Date:" field dates it and the
 * "Location:" field places it. The section's field lines and rows are then about the meeting, not the series.
 * Left alone: a heading with a topic of its own ("Third Conference on Return"), a page about no one series, and a
 * "Previous:" or "Next:" field, which names another meeting and dates nothing here.
 */
export const HEADED_MEETING = {
  id: "headed-meeting",
  positive: [
    { title: "Coral Sea Labour Dialogue", text: "FIFTH MINISTERIAL CONFERENCE\n\nLocation: Honiara, Solomon Islands\nDate: 3 - 4 May 2022\n\nMinisters met for two days.", event: "Coral Sea Labour Dialogue 2022" },
    { title: "Coral Sea Labour Dialogue", text: "Second Senior Officials' Meeting\n\nVenue: Port Moresby\nDates: 11 June 2019\n\nOfficials reviewed the work plan.", event: "Coral Sea Labour Dialogue meeting, Port Moresby, 11 June 2019" },
    { title: "Coral Sea Labour Dialogue", text: "THIRD MINISTERIAL MEETING\n\nThe ministers adopted a declaration.", event: "Third Ministerial Meeting of the Coral Sea Labour Dialogue" },
  ],
  negative: [
    { title: "Coral Sea Labour Dialogue", text: "FIFTH MINISTERIAL CONFERENCE\n\nLocation: Honiara\nPrevious: Fourth Ministerial Conference (Suva, 2019)\n\nThe conference is planned for a later date.", event: "Coral Sea Labour Dialogue 2019" },
    { title: "Coral Sea Labour Dialogue", text: "Third Conference on Labour Mobility\n\nDate: 4 May 2021\n\nExperts met.", event: "Coral Sea Labour Dialogue 2021" },
    { title: "Meetings of the region", text: "FIFTH MINISTERIAL CONFERENCE\n\nDate: 3 May 2022\n\nMinisters of several processes met.", event: "2022" },
  ],
};

const capital = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const ORDINAL_ANY = `(?:(?:${TENS.map(capital).join("|")})-)?(?:${ORDINAL_WORDS.map(capital).join("|")})|\\d{1,3}(?:st|nd|rd|th)|[IVX]{1,5}`;
const KIND = "(?:ministerial|vice-ministerial|regional|senior|officials[’']?|technical|experts?[’']?|annual|plenary|high-level|thematic|steering|committee|board|global|general|all\\s+members)";
/** A heading that is a numbered meeting and nothing else: an ordinal, up to three kind words and a meeting noun. */
const MEETING_HEADING = new RegExp(`^\\s*(?:the\\s+)?(${ORDINAL_ANY})\\s+((?:${KIND}\\s+){0,3})(conference|meeting|consultation|session|summit|forum|round|workshop)\\s*$`, "i");
const DATE_FIELD = new RegExp(`^\\s*Dates?\\s*:\\s*(?:(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s+)?(?:(${MONTH})\\s+)?((?:19|20)\\d{2})\\b`, "imu");
const PLACE_FIELD = /^\s*(?:Location|Venue|Place|City)\s*:\s*([A-Z][\p{L}'’.-]+(?:\s[A-Z][\p{L}'’.-]+){0,2})/mu;

/**
 * The meeting a section heading names, of the series `series` finds (the heading's, else the page's), dated by the
 * section's own "Date:" field line in `fields` (the first passage under the heading), or null.
 */
export function headedMeeting(heading: string, fields: string, catalog: Catalog, series: () => { id: string; short: string } | null): DiscoveredName | null {
  const h = MEETING_HEADING.exec(heading);
  if (!h) return null;
  const n = Number(ordinalNumber(h[1]!));
  if (!n) return null;
  const s = series();
  if (!s) return null;
  const noun = h[3]!.toLowerCase();
  const kind = `${n} ${`${h[2]!.trim().toLowerCase()} ${noun}`.replace(/\s+/g, " ").trim()}`;
  const date = DATE_FIELD.exec(fields);
  const place = PLACE_FIELD.exec(fields);
  const city = place ? knownCityName(place[1]!, catalog.cities) : undefined;
  const year = date ? Number(date[3]) : null;
  const occasion = { ...(date ? { date: date[2] ? isoDate(date[1], date[2], date[3]!) : date[3]! } : {}), ...(city ? { city } : {}), ordinal: n, kind };
  const name = `${heading.trim().replace(/^the\s+/i, "")} of the ${s.short}`;
  if (year) return { ...yearMeeting(catalog, s.id, s.short, year), ordinal: kind, occasion: { ...occasion, series: s.short } };
  const slug = s.id.replace(/^[a-z]+:/, "");
  return { key: entityId("FORUM", `${slug} ${n} ${noun}`), kind: "FORUM", name: titleCase(name), acronym: null, isEvent: true, year: null, parentId: s.id, ordinal: kind, occasion: { ...occasion, series: s.short } };
}

/** "THIRD MINISTERIAL MEETING of the X" → "Third Ministerial Meeting of the X": a heading set in capitals keeps its words. */
function titleCase(name: string): string {
  return name.replace(/\b([A-Z])([A-Z’']+)\b/g, (_w, a: string, b: string) => a + b.toLowerCase());
}

/** The one standing forum among the heading's ids, else among the page title's, with its short name; else null. */
export function oneSeries(idLists: string[][], catalog: Catalog, discovered: (id: string) => DiscoveredName | undefined): { id: string; short: string } | null {
  for (const ids of idLists) {
    const forums = [...new Set(ids)].map((id) => catalog.byId.get(id) ?? discovered(id)).filter((e) => e && e.kind === "FORUM" && !e.isEvent);
    if (forums.length > 0) return forums.length === 1 ? { id: "id" in forums[0]! ? forums[0]!.id : (forums[0] as DiscoveredName).key, short: forums[0]!.acronym ?? forums[0]!.name } : null;
  }
  return null;
}

/** A field line "Label: value" ("Date: 8 - 10 February 2023"), which a page may set as a passage of its own. */
const FIELD_LINE = /^\s*[A-Z][\p{L}’' -]{1,24}:\s+\S/u;

/**
 * Reads headed meetings section by section: the field lines right under the heading are gathered, and the meeting is
 * made at the first passage that is no field line (or at a passage that holds them all), so that a "Date:" set as a
 * line of its own still dates it.
 */
export class HeadedMeetings {
  private section: string | null = null;
  private fields = "";
  private done = false;

  constructor(private readonly catalog: Catalog, private readonly series: () => { id: string; short: string } | null) {}

  read(section: string | null | undefined, text: string): DiscoveredName | null {
    if (section !== this.section) {
      this.section = section ?? null;
      this.fields = "";
      this.done = !section || !MEETING_HEADING.test(section);
    }
    if (this.done) return null;
    this.fields += `${text}\n`;
    if (FIELD_LINE.test(text) && !/\n\s*\n/.test(text) && text.split("\n").every((l) => FIELD_LINE.test(l) || !l.trim())) return null;
    this.done = true;
    return headedMeeting(this.section!, this.fields, this.catalog, this.series);
  }
}

import { datelineLength, datelineYear } from "./dateline.js";
import { headWord } from "./headKind.js";
import { ONE_OFF_NOUNS } from "./meetingNouns.js";
import { AS_A_DATE } from "./meetingPatterns.js";
import type { RecentForums } from "./RecentForums.js";
import { sentenceAround } from "./sentenceAround.js";
import type { PageTripleExamples } from "./TripleExamples.js";

/**
 * The meeting a news item reports (REPORTED_MEETING). A wire story opens on a dateline ("VALLETTA, 12 November 2015 –
 * European and African leaders ended …") and names the meeting it reports once in full in its first paragraphs, with
 * no year of its own ("The Valletta Summit on Migration was held in the Maltese capital"). That name is the series, and
 * the sitting it reports is the series' meeting of the dateline's year: "Malta hosted the summit" then speaks of that
 * sitting (the description heads' `event` reading), not of the series for good.
 * Left alone: a page with no dateline in its lead; a name further down the page (background); a sentence that states a
 * year of its own (it tells history); a name used as a date ("since the X"); a name that does not act as a meeting in its
 * sentence ("the X's secretariat said"); a second meeting named once the page's reported one is known; a name whose
 * head is no meeting's (a Process, a Group); in a paragraph that opens on the dateline itself, a name with a one-off
 * head ("Oslo, 3 March 2016. The Oslo Conference on X was convened …"), which oneOffMeeting.ts dates.
 */
export const REPORTED_MEETING: PageTripleExamples = {
  id: "reported-meeting",
  positive: [
    { title: "Ministers agree on coastal rescue", text: "ACCRA, 4 June 2021 – Ministers from the Gulf of Guinea agreed on Friday to share rescue boats.\n\nThe Coastal Rescue Ministerial Meeting was held in the Ghanaian capital. Ghana hosted the talks, and Togo and Benin sent ministers.", expect: ["HOSTED", "ctry:gh", "forum:coastal-rescue-ministerial-meeting-2021"] },
    { title: "Ministers agree on coastal rescue", text: "ACCRA, 4 June 2021 – Ministers from the Gulf of Guinea agreed on Friday to share rescue boats.\n\nThe Coastal Rescue Ministerial Meeting was held in the Ghanaian capital. Ghana hosted the talks, and Togo and Benin sent ministers.", expect: ["PART_OF", "forum:coastal-rescue-ministerial-meeting-2021", "forum:coastal-rescue-ministerial-meeting"] },
    // A wire service's tag after the dateline's date.
    { title: "Summit ends with a plan", text: "LIMA, 9 October 2019 (Reuters) – Leaders of the Andes ended two days of talks on Wednesday.\n\nThe Andean Summit on Labour Mobility opened in the Peruvian capital. Peru hosted the summit.", expect: ["HOSTED", "ctry:pe", "forum:andean-summit-on-labour-mobility-2019"] },
    { title: "Summit ends with a plan", text: "LIMA, 9 October 2019 – Leaders of the Andes ended two days of talks on Wednesday.\n\nThe Andean Summit on Labour Mobility opened in the Peruvian capital. Peru hosted the summit.", expect: ["HOSTED", "ctry:pe", "forum:andean-summit-on-labour-mobility-2019"] },
    // A standing forum's name before a lower-case kind of meeting: that year's sitting.
    { title: "Forum opens", text: "BERLIN, 28 June 2017 – Officials and civil society met on Wednesday.\n\nThe Global Forum on Migration and Development summit opened in the German capital. Germany hosted the summit.", expect: ["HOSTED", "ctry:de", "forum:gfmd-2017"] },
    // A series' name in the dateline's own paragraph: the dateline's date is not a year the sentence tells.
    { title: "Fisheries forum ends", text: "APIA, 14 March 2022 – The Pacific Forum on Seasonal Fishers ended on Friday with a joint plan. Tonga and Fiji sent ministers.", expect: ["PARTICIPATES_IN", "ctry:to", "forum:pacific-forum-on-seasonal-fishers-2022"] },
  ],
  negative: [
    // A body of the forum acting, not a meeting.
    { title: "Forum office", text: "BERLIN, 28 June 2017 – Officials met on Wednesday.\n\nThe Global Forum on Migration and Development secretariat opened an office in Berlin. Germany hosted the summit.", expect: ["HOSTED", "ctry:de", "forum:gfmd-2017"] },
    // No dateline: the page may be a profile of the series.
    { title: "Coastal rescue", text: "Ministers from the Gulf of Guinea share rescue boats.\n\nThe Coastal Rescue Ministerial Meeting was held in the Ghanaian capital. Ghana hosted the talks.", expect: ["HOSTED", "ctry:gh", "forum:coastal-rescue-ministerial-meeting-2021"] },
    // The sentence states its own year: it tells the series' history, not the day's news.
    { title: "Ministers agree on coastal rescue", text: "ACCRA, 4 June 2021 – Ministers from the Gulf of Guinea agreed on Friday to share rescue boats.\n\nThe Coastal Rescue Ministerial Meeting was first held in 2015. Ghana hosted the talks.", expect: ["HOSTED", "ctry:gh", "forum:coastal-rescue-ministerial-meeting-2021"] },
    // Named as a date, not as the meeting reported.
    { title: "Ministers agree on coastal rescue", text: "ACCRA, 4 June 2021 – Ministers from the Gulf of Guinea agreed on Friday to share rescue boats.\n\nSince the Coastal Rescue Ministerial Meeting opened, Ghana has hosted the talks.", expect: ["HOSTED", "ctry:gh", "forum:coastal-rescue-ministerial-meeting-2021"] },
    // In the dateline's paragraph, a sentence that states a year of its own still tells history.
    { title: "Fisheries forum ends", text: "APIA, 14 March 2022 – The Pacific Forum on Seasonal Fishers, which first met in 2015, ended on Friday. Tonga and Fiji sent ministers.", expect: ["PARTICIPATES_IN", "ctry:to", "forum:pacific-forum-on-seasonal-fishers-2022"] },
    // A second meeting named after the reported one is background: it is not dated by the dateline.
    { title: "Ministers agree on coastal rescue", text: "ACCRA, 4 June 2021 – Ministers agreed on Friday to share rescue boats.\n\nThe Coastal Rescue Ministerial Meeting was held in the Ghanaian capital. The Atlantic Fisheries Conference was held in Dakar. Senegal hosted that conference.", expect: ["HOSTED", "ctry:sn", "forum:atlantic-fisheries-conference-2021"] },
  ],
} as const;

/** Names that are a sitting's: a Dialogue or a Process is a standing body whose members meet ("Ministers of the X Dialogue met …"). */
const SITTING_HEADS = /\b(?:Forum|Conference|Summit|Consultations?|Meeting)\b/;
/** How far into the page (in characters) the reported meeting is named: the headline and the first paragraphs. */
const REPORT_CHARS = 1200;
/** The name acting as the meeting held: "… was held in", "opened", "took place", "drew to a close", "held its …". */
const ACT_AFTER = /^\s*,?\s*(?:which\s+)?(?:(?:was|were)\s+)?(?:co-)?(?:held|hosted|convened|organi[sz]ed|opened|closed|ended|concluded|took\s+place|drew\s+to\s+a\s+close)\b/;
/** A lower-case kind of meeting right after a series' name: "the Global Forum on Migration and Development summit". */
const KIND_AFTER = /^\s+(?:annual\s+|ministerial\s+)?(?:summit|meeting|conference|session|talks)\b/;
/** Someone holding or attending it: "Malta hosted the X", "ministers attended the X". */
const ACT_BEFORE = /\b(?:co-)?(?:held|hosted|convened|organi[sz]ed|opened|attended|chaired|closed)\s+the\s+$/;

/**
 * The dateline's year when this mention of a meeting series (`name`, the series' own name) is the meeting the page
 * reports, else null. Remembers the reported series in the scope, so that only one meeting is dated this way.
 */
export function reportedMeetingYear(recent: RecentForums, text: string, start: number, end: number, key: string, name: string): number | null {
  const year = recent.dateline?.year;
  if (!year || !SITTING_HEADS.test(name)) return null;
  if (recent.reported && recent.reported !== key) return null;
  // A paragraph that opens on its own dateline dates its one-off meetings itself (oneOffMeeting.ts); a series' name
  // there ("DAKAR, 3 May 2019 – The X Forum closed …") is read here, as that year's sitting.
  if (datelineYear(text) && ONE_OFF_NOUNS.includes(headWord(name)?.toLowerCase() ?? "")) return null;
  const atPage = (recent.read ?? 0) - (recent.lastPassage ?? 0) + start;
  if (atPage >= REPORT_CHARS) return null;
  const before = text.slice(Math.max(0, start - 40), start);
  if (AS_A_DATE.test(before)) return null;
  // "The X summit opened …": a standing series' name before a lower-case kind of meeting acting as one.
  const after = text.slice(end, end + 80).replace(KIND_AFTER, "");
  if (!ACT_AFTER.test(after) && !ACT_BEFORE.test(before)) return null;
  const { from, to } = sentenceAround(text, start, end);
  // The dateline's own date is the report's day, not a year the sentence states.
  if (/\b(?:19|20)\d{2}\b/.test(text.slice(Math.max(from, datelineLength(text)), to))) return null;
  recent.reported = key;
  return year;
}

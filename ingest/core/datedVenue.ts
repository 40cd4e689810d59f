import type { NameRule } from "./NameRule.js";
import { capitalised, meetingNounsWhere } from "./meetingNouns.js";
import { DATE } from "./months.js";
import { isRegionScope } from "./regionScope.js";

/**
 * "its 6th Annual Meeting in Yogyakarta, 11–13 November 2009": a meeting noun, then "in" and one or two capitalised
 * words, then the date, is a sitting and its venue, even where the place is no city the gazetteer knows. A series is
 * not named after the town one of its sittings met in, so the place is no word of the name, and the sitting is read
 * as one of the body's (the ordinal and the date key it). A world region there is the name's scope (REGION_SCOPE), a
 * head with a complement between it and "in" is left to trimName, and without the date the words stay as written.
 */
export const DATED_VENUE: NameRule = {
  id: "dated-venue",
  what: "A meeting noun followed by 'in <one or two capitalised words>' and then a date ('Annual Meeting in Tanjung, 11–13 May 2009', 'Ministerial Meeting in Kavala (3 June 2016)') ends its name at the meeting noun: the place is the sitting's venue. A region there, or no date after the place, keeps the words.",
  words: meetingNounsWhere(() => true).map(capitalised),
  positive: [
    // The sitting the page's body held: keyed by its date, under the body "its" speaks of.
    { text: "Harbour Rights Forum (HRF)\n\nFormer name: Coastal Rights Forum; renamed HRF at its 6th Annual Meeting in Tanjung, 11–13 November 2009.", name: "HRF 2009", kind: "FORUM", parentId: "forum:harbour-rights-forum", year: 2009 },
    { text: "Harbour Rights Forum (HRF)\n\nThe HRF held its 9th Annual Meeting in Tanjung, 12–14 September 2014.", name: "HRF 2014", kind: "FORUM", parentId: "forum:harbour-rights-forum", year: 2014 },
    { text: "Harbour Rights Forum (HRF)\n\nThe members adopted a plan at the 9th Annual Meeting in Tanjung, 12–14 September 2014.", name: "HRF 2014", kind: "FORUM", parentId: "forum:harbour-rights-forum", year: 2014 },
    // Contrasts: with no date after the place the words stay as written; a world region is the name's scope.
    { text: "The Annual Meeting in Tanjung is the network's main event.", name: "Annual Meeting in Tanjung", kind: "FORUM" },
    { text: "She opened the Regional Consultation on Fishers' Rights in Southern Africa, 3 May 2019, in Lusaka.", name: "Regional Consultation on Fishers' Rights in Southern Africa", kind: "FORUM" },
  ],
  negative: [
    { text: "The network was renamed at its 6th Annual Meeting in Tanjung, 11–13 November 2009, after a vote.", name: "Annual Meeting in Tanjung" },
    { text: "Harbour Rights Forum (HRF)\n\nFormer name: Coastal Rights Forum; renamed HRF at its 6th Annual Meeting in Tanjung, 11–13 November 2009.", name: "Annual Meeting in Tanjung 2009" },
    { text: "Delegates met again at the Fourth Ministerial Meeting in Kavala (3 June 2016) to adopt a plan.", name: "Ministerial Meeting in Kavala" },
    { text: "Ministers adopted the text at the Regional Conference in Port Vila, 2 May 2018.", name: "Regional Conference in Port Vila" },
  ],
};

const HEADS = DATED_VENUE.words.join("|");
/** "… Annual Meeting in Tanjung": the meeting noun right before "in" and the place's one or two capitalised words. */
const VENUE = new RegExp(`\\s(?:${HEADS})s?(\\s+in\\s+([A-Z][\\p{L}’'-]+(?:\\s+[A-Z][\\p{L}’'-]+)?))$`, "u");
/** ", 11–13 November 2009", " (3 June 2016)", ", in 2009": the sitting's date right after the place. */
const DATE_AFTER = new RegExp(`^(?:,\\s*|\\s*\\(\\s*)(?:(?:on|in)\\s+)?(?:${DATE}|(?:19|20)\\d{2}\\b)`, "u");

/** Where the name ends once a dated venue is cut from it (DATED_VENUE): its length, or the cut before " in <place>". */
export function datedVenueCut(name: string, after: string): number {
  const venue = VENUE.exec(name);
  if (!venue || !DATE_AFTER.test(after)) return name.length;
  const kept = name.slice(0, name.length - venue[1]!.length);
  return isRegionScope(kept, venue[2]!) ? name.length : kept.length;
}

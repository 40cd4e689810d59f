import type { NameRule } from "./NameRule.js";
import { capitalised, meetingNounsWhere } from "./meetingNouns.js";
import { DATE } from "./months.js";
import { isRegionScope } from "./regionScope.js";
import { isTitledStateScope } from "./titledStateScope.js";

/**
 * "its 6th Annual Meeting in Yogyakarta, 11–13 November 2009": a meeting noun, then "in" and one or two capitalised
 * words, then the date, is a sitting and its venue, even where the place is no city the gazetteer knows. A series is
 * not named after the town one of its sittings met in, so the place is no word of the name, and the sitting is read
 * as one of the body's (the ordinal and the date key it). A world region there is the name's scope (REGION_SCOPE), a
 * head with a complement between it and "in" is left to trimName, and without the date the words stay as written.
 * So for a body named as what a meeting is of ("the informal meeting of the Lagoon Council in Tanjung on 6 May
 * 2019"): the meeting noun before "of" says the phrase is a sitting, so the place after the body's name and before the
 * date is where it sat, whatever the body's head; a gerund's "in" ("Trafficking in Persons") and a fund titled with
 * the state it serves (TITLED_STATE_SCOPE) keep their words.
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
    { text: "Ministers adopted the text at the Regional Conference in Port Vila on 2 May 2018.", name: "Regional Conference in Port Vila" },
  ],
};

/**
 * DATED_VENUE_OF_BODY: the body a meeting noun is "of", then "in <place>" and the date: the place is the sitting's venue,
 * not a word of the body's name, however the body's name ends and whether or not the gazetteer knows the town.
 */
export const DATED_VENUE_OF_BODY: NameRule = {
  id: "dated-venue-of-body",
  what: "A body's name after '<meeting noun> of (the)' and before 'in <one or two capitalised words>' and a date ('the informal meeting of the Lagoon Council in Tanjung on 6 May 2019', 'a session of the Reef Board in Port Vila, 2 May 2018') ends before 'in': the place is where that sitting met. Without the meeting noun before it, without the date after the place, with a gerund's 'in' ('Trafficking in Persons') or a fund titled with the state it serves, the words stay as written.",
  words: meetingNounsWhere(() => true),
  positive: [
    { text: "At the informal meeting of the Lagoon Council in Tanjung on 6 May 2019, Ghana asked for a vote.", name: "Lagoon Council", kind: "ORGANIZATION" },
    { text: "Tonga spoke at a session of the Reef Shipping Board in Port Vila, 2 May 2018, on crew visas.", name: "Reef Shipping Board", kind: "ORGANIZATION" },
    { text: "The plan was agreed at the extraordinary summit of the Savanna Water Commission in Tanjung (3 June 2016).", name: "Savanna Water Commission", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "At the informal meeting of the Lagoon Council in Tanjung on 6 May 2019, Ghana asked for a vote.", name: "Lagoon Council in Tanjung" },
    { text: "Tonga spoke at a session of the Reef Shipping Board in Port Vila, 2 May 2018, on crew visas.", name: "Reef Shipping Board in Port Vila" },
    // No meeting noun before the name: the words stay as trimName reads them.
    { text: "Ghana wrote to the Lagoon Council in Tanjung on 6 May 2019 about the quota.", name: "Lagoon Council" },
    // No date after the place.
    { text: "Ghana spoke at the informal meeting of the Lagoon Council in Tanjung about the quota.", name: "Lagoon Council" },
    // A gerund takes "in" as its own complement.
    { text: "Ghana spoke at a meeting of the Working Group on Smuggling in Persons on 6 May 2019.", name: "Working Group on Smuggling" },
  ],
};

const HEADS = DATED_VENUE.words.join("|");
/** "… Annual Meeting in Tanjung": the meeting noun right before "in" and the place's one or two capitalised words. */
const VENUE = new RegExp(`\\s(?:${HEADS})s?(\\s+in\\s+([A-Z][\\p{L}’'-]+(?:\\s+[A-Z][\\p{L}’'-]+)?))$`, "u");
/** ", 11–13 November 2009", " (3 June 2016)", ", in 2009", " on 6 October 2023": the sitting's date right after the place. */
const DATE_AFTER = new RegExp(`^(?:,\\s*|\\s*\\(\\s*|\\s+(?=on\\s))(?:(?:on|in)\\s+)?(?:${DATE}|(?:19|20)\\d{2}\\b)`, "u");
/** "… the informal meeting of the ", "a session of ": a meeting noun whose complement the name is. */
const SITTING_OF = new RegExp(`\\b(?:${DATED_VENUE_OF_BODY.words.join("|")})s?\\s+of\\s+(?:the\\s+)?$`, "i");
/** " in Granada", " in Port Vila": one or two capitalised words closing the name, after "in". */
const PLACE_END = /\s+in\s+([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)$/u;

/** Where the name ends once a dated venue is cut from it (DATED_VENUE): its length, or the cut before " in <place>". */
export function datedVenueCut(name: string, after: string, before = "", isState: (words: string) => boolean = () => false): number {
  if (!DATE_AFTER.test(after)) return name.length;
  const venue = VENUE.exec(name);
  if (!venue) return bodyVenueCut(name, before, isState);
  const kept = name.slice(0, name.length - venue[1]!.length);
  return isRegionScope(kept, venue[2]!) ? name.length : kept.length;
}

/** DATED_VENUE_OF_BODY: the cut before " in <place>" of a body a meeting noun is "of", its date already found after it. */
function bodyVenueCut(name: string, before: string, isState: (words: string) => boolean): number {
  const place = SITTING_OF.test(before) ? PLACE_END.exec(name) : null;
  if (!place) return name.length;
  const kept = name.slice(0, place.index);
  if (kept.split(/\s+/).length < 2 || /ing$/.test(kept) || isRegionScope(kept, place[1]!) || isTitledStateScope(kept, place[1]!, isState)) return name.length;
  return kept.length;
}

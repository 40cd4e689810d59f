import type { Hit } from "./nameTrim.js";
import type { NameRule } from "./nameRules.js";
import { ORGAN_HEADS } from "./organHeads.js";

/**
 * BODY_SUMMITS: "the 27th ASEAN Summit", "the SADC Summit of 2019": an organization's name right before a summit head
 * names the summits the organization's members hold, a forum series of its own and a part of that organization. The
 * head alone ("Summit") says nothing without its owner, so the generic-name check that drops a one-word name would lose
 * the series, and with it every sitting numbered or dated on it. Only the heads of a leaders' or ministers' meeting are
 * read this way: "the ECOWAS Commission" stays the organization's unit, and a head with a complement of its own ("the EU
 * Summit on Coastal Mobility") is read as its own name already.
 */
export const BODY_SUMMITS: NameRule = {
  id: "body-summits",
  what: "An organization's name right before 'Summit', 'Leaders' Summit' or 'Ministerial Meeting' names that organization's summits: a forum series, part of the organization, whose numbered or dated sittings the meeting readers read ('the 27th ASEAN Summit'). A country before the head, or a head in lower case, names no series.",
  words: ORGAN_HEADS.summits,
  positive: [
    { text: "Leaders met at the 35th ECOWAS Summit in Abuja in 2009.", name: "ECOWAS Summit", kind: "FORUM", parentId: "org:ecowas" },
    { text: "The SADC Summit of 2019 was held in Dar es Salaam and adopted a fisheries protocol.", name: "SADC Summit", kind: "FORUM", parentId: "org:sadc" },
    { text: "The protocol on reed boats was adopted at the 12th SAARC Summit in Islamabad.", name: "SAARC Summit", kind: "FORUM", parentId: "org:saarc" },
    { text: "Ministers prepared the plan for the ASEAN Leaders' Summit, which endorsed it in Vientiane.", name: "ASEAN Leaders' Summit", kind: "FORUM", parentId: "org:asean" },
    { text: "Foreign ministers met at the 49th ASEAN Ministerial Meeting in Vientiane in 2016.", name: "ASEAN Ministerial Meeting", kind: "FORUM", parentId: "org:asean" },
  ],
  negative: [
    { text: "The ECOWAS Commission drafted the fisheries protocol in Abuja.", name: "ECOWAS Commission", notKind: "FORUM" },
    { text: "Kenya Summit organisers booked the hall in Nairobi.", name: "Kenya Summit" },
    { text: "The ECOWAS summit of 2009 was held in Abuja.", name: "ECOWAS summit" },
    { text: "Delegates of ECOWAS met at a Summit in Abuja.", name: "ECOWAS Summit" },
  ],
};

const HEADS = new Set(BODY_SUMMITS.words);

/** Whether a name made of an organization's prefix and `local` is that organization's summits (BODY_SUMMITS). */
export function isBodySummit(prefix: Hit | undefined, local: string, text: string): boolean {
  if (!prefix || prefix.kind !== "ORGANIZATION" || !HEADS.has(local)) return false;
  // The organization and the head are one name only when nothing but a space parts them.
  return /^ +$/.test(text.slice(prefix.end, text.indexOf(local, prefix.end)));
}

/** "ASEAN Summit": a series named by one organization's name and a summit head alone (BODY_SUMMITS). */
export function isBodySummitName(name: string): boolean {
  const at = name.indexOf(" ");
  return at > 0 && HEADS.has(name.slice(at + 1));
}

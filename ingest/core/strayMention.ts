import { servedOwnerAt } from "./supportProject.js";
import type { Hit } from "./nameTrim.js";
import { campaignObjectAt, purposeObjectAt } from "./purposeMeeting.js";
import type { PassageScan } from "./PassageScan.js";
import { isTitledBeforeState } from "./titledStateScope.js";

/**
 * Whether a mention already read inside a candidate name (other than its parent) shows it is no single name. A
 * country inside a name ("the Internal Migration in India Initiative") or closing its complement ("the Coordination
 * Platform for Refugees and Migrants from Venezuela") stays a mention of its own; so do bodies joined by hyphens that
 * open it (`joined`, the end of that first word: "the EU-CELAC Summit", HYPHENATED_OWNERS) and the object of a
 * meeting's purpose ("the Conference to Adopt the Global Compact for X"). `own`, a state the name absorbs ("Statistics
 * Norway"), is part of it.
 */
export function strayMention(scan: PassageScan, local: string, words: string[], start: number, end: number, innerStart: number, joined: number, own?: Hit): boolean {
  const inside = scan.mentions.filter((x) => innerStart < x.localEnd && x.localStart < end && !(own && x.localStart === own.start && x.localEnd === own.end));
  if (inside.length === 0) return false;
  const objectAt = Math.max(purposeObjectAt(local), campaignObjectAt(local));
  const opensName = (x: { localStart: number; localEnd: number }) => (x.localStart >= start && x.localEnd <= joined) || (objectAt > 0 && x.localStart >= start + objectAt && x.localEnd <= end);
  // "Facility for Refugees in Turkey": the state a titled fund serves closes its name too (TITLED_STATE_SCOPE).
  const closesComplement = (x: { localStart: number }) => / (?:from|for|of)\s+(?:the\s+)?$/.test(scan.text.slice(start, x.localStart)) || isTitledBeforeState(scan.text.slice(start, x.localStart));
  // "the Support Project of the Rabat Process": the owner closing a service-only programme name is part of it (SUPPORT_PROJECTS).
  const servedAt = servedOwnerAt(local);
  const servedOwner = (x: { localStart: number }) => servedAt > 0 && x.localStart >= start + servedAt;
  return inside.some((x) => !opensName(x) && !servedOwner(x) && (x.kind !== "COUNTRY" || x.localStart < innerStart || (x.localStart === innerStart && words.length < 3) || (x.localEnd >= end && !closesComplement(x))));
}

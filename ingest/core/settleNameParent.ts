import { allowsEndpoints } from "../../src/ontology/ontology.js";
import { backReference } from "./backReference.js";
import { isBodySummit } from "./bodySummits.js";
import { governingBodyAfterOwner, governingBodyOfDescription, governingBodyOfIts, governingBodyOfPossessor, topicGoverningBody } from "./governingBody.js";
import { headWord, isSubunitHead } from "./headKind.js";
import type { NameDraft, NameReading } from "./nameDraft.js";
import { BODY_HEADS } from "./namePatterns.js";
import { isGeneric } from "./nameTrim.js";
import { officeHolderBody } from "./officeHolderBody.js";
import { isOrganTitle, organTitleOwner } from "./organTitles.js";
import { isOwnedUnit } from "./ownedUnit.js";
import { strayMention } from "./strayMention.js";
import { subunitOwnerBefore } from "./subunitOwnerBefore.js";
import { isServiceOnly } from "./supportProject.js";
import { translatedMention } from "./translatedName.js";
import { ownedByTreaty } from "./treatyOwnedBody.js";

/** A first word made of capitalised parts joined by hyphens: "EU-CELAC", "UNESCO-UN-Habitat". */
const HYPHEN_JOINED = /^[A-Z][\p{L}\p{N}&]*(?:[-–][A-Z][\p{L}\p{N}&]*)+$/u;

/** How a settled draft relates to the name that opens it or owns it. */
export interface NameSettling {
  /** The prefixed forum's or organization's name is part of the draft's name ("the GMG Working Group on Data"). */
  part: boolean;
  /** A standing part of its parent that keeps its own kind ("the Parliamentary Assembly of the Council of Europe"). */
  ownedPart: boolean;
}

/**
 * Whether the draft's owner is its parent body, a part of its name or neither, and the parent a generic name
 * needs (a forum's governing body, a body named before, the chapter's agency). Undefined when the draft is no new
 * name: another name's translation, a stray catalog name inside it, a joint thing, or a generic name with no parent.
 */
export function settleNameParent(d: NameDraft, reading: NameReading): NameSettling | undefined {
  const { scan, prefix, owner, start, end, local } = d;
  const { words, kind, stateOffice } = reading;
  const text = scan.text;
  // "the South American Conference on X - the Conferencia … -": the name in its own language is the same body's.
  const translated = !d.parent && !prefix ? translatedMention(scan, words, start, kind) : undefined;
  if (translated) {
    scan.push({ localStart: start, localEnd: end, kind, key: translated.key, method: "name-pattern", confidence: 0.7 });
    return undefined;
  }
  // "the Office of Legal Affairs – Division for Ocean Affairs": the division of the body before the dash.
  // "two ILO branches, the Labour Migration Branch and …": the body whose parts the sentence lists (OWNED_PARTS_LEAD_IN).
  const listedOwner = !d.parent && isSubunitHead(local) ? subunitOwnerBefore(scan, start) : undefined;
  if (listedOwner) [d.parent, d.method] = [listedOwner, "subunit-prefix"];
  // Any catalog mention left inside the name (other than its parent) means this is not one name.
  const innerStart = prefix ? prefix.end : start;
  // "the EU-CELAC Summit of Heads of State and Government": bodies joined by hyphens open the name (HYPHENATED_OWNERS).
  const joined = !prefix && HYPHEN_JOINED.test(words[0]!) && words.length >= 2 ? start + words[0]!.length : -1;
  if (strayMention(scan, local, words, start, end, innerStart, joined, stateOffice ?? d.beneficiary)) return undefined;
  // "the EU–UN Joint Programme": acronyms of bodies before generic words describe a joint thing, they do not name it.
  // A summit or conference of the two is a forum of its own ("the AU-EU Summit").
  if (joined > 0 && kind !== "FORUM" && isGeneric(words.slice(1).join(" ")) && words[0]!.split(/[-–]/).every((w) => /^[A-Z&]+$/.test(w))) return undefined;
  if (scan.taken.some(([a, b]) => innerStart < b && a < end && !scan.mentions.some((x) => x.localStart === a && x.localEnd === b && innerStart < x.localEnd && x.localStart < end))) return undefined;
  // "the Authority of Heads of State and Government": a generic organ title is the organ of the one organization its
  // sentence names, a standing part of it that keeps its kind (ORGAN_TITLES).
  if (!d.parent && !prefix && isOrganTitle(local)) {
    const organOwner = organTitleOwner(scan, start, end);
    if (organOwner) {
      [d.parent, d.method] = [organOwner, "governing-body"];
      // The title as the page writes it is how the page goes on naming the organ.
      d.written ??= local;
      return { part: false, ownedPart: true };
    }
  }
  let part = false;
  const parent = d.parent;
  // "the Parliamentary Assembly of the Council of Europe", "the Council's Working Group on X": a standing part of the
  // body named after "of" or by its possessive keeps its own kind (OWNED_UNITS).
  const ownedPart = !prefix && !!parent && (d.method === "subunit-suffix" || (!!owner && parent === owner)) && (isOwnedUnit(local, kind, parent.kind, false) || (d.method === "subunit-suffix" && isServiceOnly(local) && allowsEndpoints("PART_OF", kind, parent.kind)));
  // "the Rabat Process Steering Committee": the forum's one governing body (GOVERNING_BODIES).
  if (prefix && prefix.kind !== "ORGANIZATION" && prefix.kind !== "COUNTRY" && governingBodyAfterOwner(scan, text.slice(prefix.end, end).trim(), prefix, end)) return undefined;
  // "the ASEAN Summit": the organization's summits, named with it and a part of it (BODY_SUMMITS).
  if (kind === "FORUM" && isBodySummit(prefix, local, text)) {
    [d.parent, d.method] = [prefix, "part-prefix"];
    return { part: true, ownedPart: false };
  }
  if (prefix && prefix.kind !== "ORGANIZATION") {
    // "the GMG Working Group on Data": a body of the forum, named with it.
    if (kind === "ORGANIZATION") d.parent = undefined;
    part = true;
    d.method = "part-prefix";
  } else if (parent && kind !== "ORGANIZATION" && !ownedPart) {
    // "the IOM Migration Data Portal", "the UN Trust Fund for X": the organization's name is part of the name.
    if (prefix) part = true;
    d.parent = undefined; // "the African Union’s Migration Policy Framework": an owner, not a parent body
    d.method = undefined;
  }
  const needsParent = isGeneric(local) || isSubunitHead(local) || words.length < 2;
  if (needsParent && !d.parent && !hasOwnParent(d, kind)) return undefined;
  return { part, ownedPart };
}

/**
 * A generic name with no parent yet: true when the chapter's agency becomes its parent; false when a rule read it
 * as another body's (a governing body, a back reference, an office holder's body) or nothing owns it.
 */
function hasOwnParent(d: NameDraft, kind: NameReading["kind"]): boolean {
  const { scan, possessive, owner, phraseStart, start, end, local } = d;
  // "Its Steering Committee": the one forum the passage named before (SUB_BODIES).
  // A possessor other than "its" says whose body it is: never the page's topic by that alone ("the Process's Steering
  // Group" on a dialogue's page, "UNHCR's Steering Committee").
  const possessor = possessive && !owner && !/^\s*[Ii]ts\s*$/.test(possessive[1]!);
  if (governingBodyOfIts(scan, local, start, end) || governingBodyOfDescription(scan, local, start) || (!possessor && topicGoverningBody(scan, local, start))) return false;
  // "the Process's Steering Committee": the possessor is the head word of a forum named before, and a word of the
  // body's mention as the forum's name is in "the X Process Steering Committee" (GOVERNING_BODIES).
  if (possessive && !owner && governingBodyOfPossessor(scan, local, possessive[1]!, phraseStart, end)) return false;
  if (kind === "ORGANIZATION" && backReference(scan, local, start, end)) return false;
  // "the Secretary General’s Policy Committee": an office holder's body, named with the holder, never the chapter's (OFFICE_HOLDER_BODY).
  if (possessive && !owner && kind === "ORGANIZATION" && officeHolderBody(scan, possessive[1]!, phraseStart, local, end)) return false;
  // "the Monitoring Committee of the X Convention" is the treaty's body, not the chapter agency's (TREATY_OWNED_BODY).
  const treatyOwned = ownedByTreaty(scan.text.slice(end, end + 160));
  const chapterOwnerId = scan.passage.chapterOwnerId;
  if (!(kind === "ORGANIZATION" && chapterOwnerId && !treatyOwned && BODY_HEADS.has(headWord(local) ?? "") && !/\b(?:UN|United Nations)\b/.test(local))) return false;
  d.parent = { start: -1, end: -1, id: chapterOwnerId, kind: "ORGANIZATION" };
  d.method = "subunit-chapter";
  return true;
}

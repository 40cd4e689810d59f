import { allowsEndpoints } from "../../src/ontology/ontology.js";
import { isBeneficiaryAcronym } from "./beneficiaryAcronym.js";
import { governingBody, governingBodyAfterOwner, governingTail } from "./governingBody.js";
import { headKind, headWord } from "./headKind.js";
import { seriesOfNumberedMeeting } from "./meetingOfSeries.js";
import type { NameDraft } from "./nameDraft.js";
import { BODY_HEADS } from "./namePatterns.js";
import { isOwnedUnit } from "./ownedUnit.js";
import type { PassageScan } from "./PassageScan.js";
import { campaignObjectAt, purposeObjectAt } from "./purposeMeeting.js";
import { SEATED_BODY_OF } from "./subBodyRules.js";
import { isServiceOnly } from "./supportProject.js";

/** An owner written by its acronym alone: "SAVEC", "ECO-WAS" (SEATED_BODIES). */
const ACRONYM_OWNER = /^[A-Z][A-Z&-]{1,11}$/;

/** nameCandidate itself, passed in: a name found inside the draft is read as a phrase of its own. */
type ReadName = (scan: PassageScan, phrase: string, phraseStart: number) => void;

/**
 * A draft with no owner yet may end in another name: a catalog name it is a complement of, a forum it is a
 * numbered meeting or a body of. Cuts the draft to its own words, reading the other name on its own.
 * False when the draft turns out to be that name's governing body or meeting, which other steps name.
 */
export function cutNameComplement(d: NameDraft, readName: ReadName): boolean {
  if (d.parent || d.prefix) return true;
  return cutCatalogTail(d) && cutNumberedMeeting(d, readName) && cutBodyOfName(d, readName) && cutGoverningTail(d, readName);
}

// "the Global Campaign for Ratification of the Convention on X": a catalog name closing the phrase is a
// complement of the name, not part of it; the name ends before it.
function cutCatalogTail(d: NameDraft): boolean {
  const { scan, start, end } = d;
  const { catalog, discovered } = scan.doc;
  const text = scan.text;
  const tail = scan.hits.find((h) => h.start > start && h.end === end && h.kind !== "COUNTRY");
  const cut = tail ? /\s+(?:of|for|on|to|against|at|in)(?:\s+the)?\s+$/.exec(text.slice(start, tail.start)) : null;
  // "the Steering Committee of the Global Forum on X": the forum's one governing body (GOVERNING_BODIES).
  if (tail && cut && governingBody(scan, text.slice(start, start + cut.index), start, scan.mentions.find((x) => x.localStart === tail.start))) return false;
  // "the Business Mechanism of the Global Forum on X": a standing part of the forum or programme (OWNED_UNITS).
  const unit = tail && cut ? text.slice(start, start + cut.index) : "";
  const unitKind = unit ? headKind(unit) : null;
  const ownerIsEvent = !!tail && !!(catalog.byId.get(tail.id)?.isEvent ?? discovered.get(tail.id)?.isEvent);
  // "the Support Project of the Rabat Process" is the forum's own project too, named by what it does for it (SUPPORT_PROJECTS).
  const served = !!unitKind && isServiceOnly(unit) && !ownerIsEvent && allowsEndpoints("PART_OF", unitKind, tail!.kind);
  if (tail && cut && unitKind && (tail.kind === "FORUM" || tail.kind === "INITIATIVE") && (isOwnedUnit(unit, unitKind, tail.kind, ownerIsEvent) || served)) {
    d.written = text.slice(start, end);
    d.parent = tail;
    d.method = "subunit-suffix";
    d.end = start + cut.index;
    d.local = unit;
  } else if (tail && cut && unitKind === "INITIATIVE" && isBeneficiaryAcronym(unit, cut[0], tail, text.slice(tail.start, tail.end))) {
    // "the Fisheries Statistics Database for ECOWAS": the body it serves is part of its title (BENEFICIARY_ACRONYM).
    d.beneficiary = tail;
  } else if (tail && cut && purposeObjectAt(d.local) < 0 && campaignObjectAt(d.local) < 0) {
    d.end = start + cut.index;
    d.local = text.slice(start, d.end);
  }
  return true;
}

// "the 12th Ministerial Conference of the Coastal Process": the forum is the name; meetings.ts reads the meeting.
function cutNumberedMeeting(d: NameDraft, readName: ReadName): boolean {
  if (d.parent) return true;
  const { scan, start, local } = d;
  const at = seriesOfNumberedMeeting(local, scan.text.slice(Math.max(0, start - 30), start));
  if (at === null) return true;
  readName(scan, local.slice(at), start + at);
  return false;
}

// "the International Steering Committee of the Global Campaign for X": a body of another named thing; both are names.
function cutBodyOfName(d: NameDraft, readName: ReadName): boolean {
  if (d.parent) return true;
  const { scan, start, local } = d;
  // "the Authority of Heads of State and Government of SAVEC": a body named by who sits on it, then its owner, written
  // whole or by its acronym (SEATED_BODIES); the "of" inside the body's own name is no owner's.
  const seated = SEATED_BODY_OF.exec(local);
  const of = seated ? null : /\s+of\s+the\s+(?=[A-Z])/.exec(local);
  const head = seated ? seated[1]! : of ? local.slice(0, of.index) : "";
  const rest = seated ? seated[2]! : of ? local.slice(of.index + of[0].length) : "";
  const acronym = !!seated && ACRONYM_OWNER.test(rest);
  if (seated ? !(acronym || (headKind(rest) && rest.split(/\s+/).length >= 2)) : !(of && BODY_HEADS.has(headWord(head) ?? "") && headWord(head) === head.split(/\s+/).pop() && headKind(rest) && rest.split(/\s+/).length >= 2)) return true;
  const restStart = start + local.length - rest.length;
  readName(scan, rest, restStart);
  // An acronym names an owner only when the page defined it or the catalog knows it: a mention of it stands there.
  if (acronym && !scan.mentions.some((x) => x.localStart === restStart && x.localEnd === restStart + rest.length)) return true;
  // "the Human Rights Centre of the National University of X": a centre of that university.
  const body = headKind(rest) === "ORGANIZATION" || acronym ? scan.mentions.find((x) => x.localStart === restStart && x.kind === "ORGANIZATION") : undefined;
  if (body) {
    d.parent = { start: body.localStart, end: body.localEnd, id: body.key, kind: "ORGANIZATION" };
    d.method = "subunit-suffix";
    d.written = scan.text.slice(start, body.localEnd);
  } else if (governingBody(scan, head, start, scan.mentions.find((x) => x.localStart === restStart))) return false;
  d.local = head;
  d.end = start + head.length;
  return true;
}

// "the Khartoum Process Steering Committee": the forum, a name of its own, and its governing body (GOVERNING_BODIES).
function cutGoverningTail(d: NameDraft, readName: ReadName): boolean {
  if (d.parent) return true;
  const { scan, start } = d;
  const tail = governingTail(d.local);
  if (!tail) return true;
  readName(scan, tail.owner, start);
  const named = scan.mentions.find((x) => x.localStart === start && x.localEnd === start + tail.owner.length);
  return !(named && governingBodyAfterOwner(scan, tail.head, { id: named.key, start, end: named.localEnd }, d.end));
}

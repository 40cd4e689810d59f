import { cutShort } from "./foreignHeads.js";
import { apposedDescription } from "./apposedDescription.js";
import { forumOrganisationKind } from "./forumOrganisation.js";
import { isOneContract } from "./agreementTitles.js";
import { headKind, headWord } from "./headKind.js";
import { isBodySummit } from "./bodySummits.js";
import { appositiveNameKind, calledNameKind, isClassName, kindAfter } from "./kindRules.js";
import type { NameDraft, NameReading } from "./nameDraft.js";
import { nameTail } from "./nameTail.js";
import { ORGAN_TITLES, isOrganTitle, organTitleOwner } from "./organTitles.js";
import { isGenericOffice, isVenue } from "./nameShapes.js";
import type { Hit } from "./nameTrim.js";
import { nationalBody } from "./nationalBody.js";
import { PERSON_WORDS } from "./personTitles.js";
import { stateNamedOffice } from "./stateNamedOffice.js";
import { isActionOfTitle, titleBeforeNounKind } from "./titleBeforeNoun.js";
import { isCountedClass, isRoleAgency, isFieldInstrument, isNationalOffice, isObservanceDate, isProposedBody, ordinalBefore } from "./titleShapes.js";

const NOT_AN_ACTOR = /^(Government|Governments|Ministry|Ministries|Minister|Department|State|States)\b/;

/**
 * The draft's words completed (a tail, a number or ordinal before it, its state) and its kind read from its head
 * noun, a title's noun after it, or the words beside it. Undefined when the words name no entity of their own:
 * one of many offices, a person, a class of things, a proposed body, a place.
 */
export function readNameKind(d: NameDraft): NameReading | undefined {
  const { scan, possessive, prefix, phraseStart } = d;
  const { text, hits } = scan;
  const { catalog } = scan.doc;
  // "HIV/AIDS", "No. 26", "Safer Harbours (Horn of Africa)": what follows the name and still belongs to it (nameTail.ts).
  const more = nameTail(text, d.local, d.end, (a, b) => scan.overlaps(a, b), scan.doc.isPlace);
  [d.local, d.end] = [d.local + more, d.end + more.length];
  const words = d.local.split(/\s+/);
  if (isGenericOffice(d.local)) return undefined; // "the UNFPA Regional Office": one of many; the mention stays the body's
  // "the 27th ASEAN Summit": one head word after an organization names its summits (BODY_SUMMITS).
  if (words.length < 2 && !isBodySummit(prefix, d.local, text)) return undefined;
  // "Kenya's State Department for X", "the Ministry of Manpower of Indonesia": a ministry named with its state (NATIONAL_BODIES).
  const ownState = possessive ? hits.find((h) => h.kind === "COUNTRY" && h.end === phraseStart + possessive[1]!.length) : undefined;
  const national = !d.parent && !prefix ? nationalBody(text, d.local, d.start, hits, ownState, d.countryCut, catalog.demonyms, scan.doc.shortName, scan.doc.pageState, catalog.cities, catalog.seatCities) : null;
  // "the Secretaría de Gobernación (SEGOB), Mexico's Ministry of the Interior": the named body described (APPOSED_DESCRIPTION).
  if (national && ownState && apposedDescription(text, ownState.start, d.end, scan.mentions.map((m) => ({ start: m.localStart, end: m.localEnd, kind: m.kind })))) return undefined;
  // A university's "Department of Social Sciences" is a body: the institution says whose (unitOfInstitution.ts).
  if (PERSON_WORDS.test(d.local) || (NOT_AN_ACTOR.test(d.local) && !national && !d.institution)) return undefined;
  // "Claims Programmes" names a class of things; "X Network, Inc." is a company; "X of this window" a part of something unnamed (kindRules.ts).
  // A class noun of its own after it makes the words a title ("the Building Fishers Partnerships project").
  const around = [text.slice(d.end, d.end + 16), catalog.demonyms, text.slice(Math.max(0, d.start - 8), d.start)] as const;
  if (isClassName(headWord(d.local)) && !titleBeforeNounKind(d.local, ...around)) return undefined;
  // "the Better Migration Management programme": a title whose head noun follows it in lower case (TITLE_BEFORE_NOUN).
  const titled = titleBeforeNounKind(d.local, ...around);
  // "UNFPA’s 7 Billion Actions campaign": a number before the title belongs to it (a year, as in "the 2007–2008 X
  // project", dates it).
  const count = titled ? /(?<![\w.,–-])\d{1,3}\s+$/.exec(text.slice(Math.max(0, d.start - 8), d.start)) : null;
  if (count && !scan.overlaps(d.start - count[0].length, d.start)) {
    d.start -= count[0].length;
    d.local = text.slice(d.start, d.end);
  }
  // "the Eleventh General Programme of Work": an ordinal numbering a series of plans is part of the name (ORDINAL_TITLES).
  const ordinal = !prefix ? ordinalBefore(text, d.start, headWord(d.local)) : null;
  if (ordinal && !scan.overlaps(ordinal.start, d.start)) {
    d.local = `${ordinal.word} ${d.local}`;
    d.start = ordinal.start;
  }
  // "called for a Permanent Forum on X": a body that does not exist yet (PROPOSED_BODIES).
  // "a Group of Five": a group counted by its size that anyone may form (COUNTED_CLASSES).
  // "UNHCR as Cluster Lead Agency": a role held, no body (ROLE_AGENCIES).
  if (isProposedBody(text, d.start, d.end) || isObservanceDate(text, d.start, d.local) || isCountedClass(text, d.start, d.local) || isRoleAgency(text, d.start, d.local)) return undefined;
  // "the Bureau of Statistics": one of every country's offices; "Tinland's Bureau of Statistics" names it (NATIONAL_OFFICES).
  // "the Immigration Regulation" is every state's own instrument in the same way (FIELD_INSTRUMENTS).
  let absorbed: Hit | undefined;
  if (national) {
    d.countryWritten ??= national.written;
    d.bareWritten ??= national.bare;
    [d.local, d.start, d.end] = [national.name, national.start, national.end];
  }
  if (!d.parent && !prefix && !national && (isNationalOffice(d.local) || isFieldInstrument(d.local))) {
    if (!ownState) return undefined;
    [d.local, d.start, absorbed] = [`${scan.doc.shortName(ownState.id)} ${d.local}`, ownState.start, ownState];
  }
  // "Statistics Norway", "Global Affairs Canada": the state closing the office's name is part of it (STATE_NAMED_OFFICES).
  const stateOffice = !d.parent && !prefix && !national && !absorbed ? stateNamedOffice(text, d.start, d.end, hits) : undefined;
  if (stateOffice) absorbed = stateOffice;
  // "SEAVILLE, a network of port towns", "a network called Harbour Voices": the words beside a headless name say what it is.
  const { local, start, end } = d;
  const headless = !!headWord(local) && local.split(/\s+/).length >= 2;
  // "the Council of Ministers" of the one organization its sentence names: a forum of its members (ORGAN_TITLES). With
  // no such owner the title may be a state's cabinet, and its head noun reads it as before.
  const organ = !d.parent && !prefix && isOrganTitle(local) && !!organTitleOwner(scan, start, end);
  // "a Free Movement of Persons campaign": the programme noun after an action's title types it, not the title's head (TITLE_BEFORE_NOUN).
  const actionTitled = titled && isActionOfTitle(local) ? titled : null;
  // "SEAVILLE, a network of port towns", "a network called Harbour Voices": only a name without a head noun.
  const described = headless
    ? appositiveNameKind(text.slice(end, end + 80)) ?? calledNameKind(text.slice(Math.max(0, start - 60), start))
    : null;
  const stated = stateOffice ? "ORGANIZATION" : organ ? ORGAN_TITLES.kind : null;
  const read = stated ?? actionTitled ?? headKind(local) ?? titled ?? described;
  // "signed a Postal Services Agreement with a firm": an agreement named with "a" or "an" is one contract, not a treaty (AGREEMENT_TITLES).
  if (read === "CONVENTION" && isOneContract(headWord(local), text.slice(Math.max(0, start - 4), start))) return undefined;
  const after = kindAfter(read ?? "FORUM", text.slice(end, end + 60), text.slice(Math.max(0, start - 40), start));
  // NGO_FORUMS: "the Harbour Forum, a charity", "… and its founder Dr X spoke": an organization, not a forum.
  const stop = text.lastIndexOf(". ", start);
  const sentenceStart = Math.max(stop < 0 ? 0 : stop + 2, text.lastIndexOf("\n", start) + 1);
  const sentenceEnd = text.indexOf(". ", end);
  const kind = read && after && forumOrganisationKind(after, text.slice(end, end + 60), text.slice(Math.max(0, start - 40), start), text.slice(end, sentenceEnd < 0 ? undefined : sentenceEnd), /^\s*(?:The\s+)?$/.test(text.slice(sentenceStart, start)));
  if (!kind || kind === "COUNTRY" || isVenue(local)) return undefined;
  if (cutShort(words, text.slice(end, end + 8))) return undefined;
  return { words, kind, read: read!, stateOffice, absorbed };
}

import type { EntityKind } from "../../src/ontology/ontology.js";
import { datedVenueCut } from "./datedVenue.js";
import { headKind } from "./headKind.js";
import { type Hit, SERIES_KIND_TAIL, trimName } from "./nameTrim.js";
import { nameOpeningAuxiliary } from "./capitalisedAuxiliary.js";
import { collectiveOpening } from "./collectivePossessor.js";
import { imperativeOpening } from "./imperativeOpening.js";
import { adjectiveEndCut } from "./adjectiveEnd.js";
import type { ownerAfterAcronym } from "./ownedUnit.js";
import type { ParentLink, PassageScan } from "./PassageScan.js";

/**
 * One name phrase on its way to becoming a mention: where the name sits in the passage, and the owner or parent
 * read around it. The steps of nameCandidate.ts read and narrow it in turn.
 */
export interface NameDraft {
  scan: PassageScan;
  phraseStart: number;
  /** "UNICEF’s Division of X": the possessive the name follows; group 1 is the possessor. */
  possessive: RegExpExecArray | null;
  /** The trimmed name as first read, before any owner or complement is cut from it. */
  name: string;
  /** The name as it stands now, and its span in the passage. */
  local: string;
  start: number;
  end: number;
  /** A catalog hit opening the name ("the IOM Regional Office for X"). */
  prefix?: Hit;
  owner?: Hit;
  parent?: Hit;
  method?: ParentLink["method"];
  /** "the African, Caribbean and Pacific (ACP) Observatory": the bracketed acronym, its hit and its expansion. */
  bracket: RegExpExecArray | null;
  bracketOwner?: Hit;
  expansion: RegExpExecArray | null;
  /** A forum, initiative or bracketed acronym that owns the name without being its parent body. */
  possessor?: Hit;
  /** How the text wrote a sub-unit named with its parent after it ("the Labour Mobility Unit of the ILO"). */
  written?: string;
  acronymOwner?: ReturnType<typeof ownerAfterAcronym>;
  countryWritten?: string;
  /** A state's ministry the text wrote bare, its state read from around it (NationalBody.bare). */
  bareWritten?: string;
  countryCut?: Hit;
  /** "Institute of Geography, University of X": the institution a unit named by its field belongs to (unitOfInstitution.ts). */
  institution?: Hit;
  /** "the Statistics Database for ECOWAS": the body a programme serves, written in its title (BENEFICIARY_ACRONYM). */
  beneficiary?: Hit;
}

/** What the words and their surroundings say the draft is (readNameKind.ts). */
export interface NameReading {
  /** The name's words before any number, ordinal or state was joined to it. */
  words: string[];
  kind: EntityKind;
  /** The kind the name's own words gave, before the words after it had their say. */
  read: EntityKind;
  /** A state closing an office's name ("Statistics Norway"). */
  stateOffice?: Hit;
  /** A hit that became part of the name and is no mention of its own. */
  absorbed?: Hit;
}

// "to" only before "the": "… Approach to Address Refugees" goes on with a verb, not a name.
const LEADING_COMPLEMENT = /^.*?\s(?:of|for|on|to(?=\s+the\s)|from|at|against)(?:\s+the)?\s+(?=[A-Z])/;

/** The phrase trimmed to a name, after any possessive, with its span; undefined when no name is left. */
export function nameDraft(scan: PassageScan, phrase: string, phraseStart: number): NameDraft | undefined {
  // "UNICEF’s Division of X": the name starts after the possessive, which may be its parent; a group word
  // opening the name is none (COLLECTIVE_POSSESSOR).
  const group = collectiveOpening(phrase);
  if (group > 0) return nameDraft(scan, phrase.slice(group), phraseStart + group);
  const possessive = group === 0 ? null : /^(.*)[’']s\s+/.exec(phrase);
  const afterPossessive = possessive ? phrase.slice(possessive[0].length) : phrase;
  const raw = afterPossessive.replace(/[’']s$/, "");
  // "…, Can Tho University": a capitalised auxiliary in mid-sentence is a word of the name (CAPITALISED_AUXILIARY).
  const kept = possessive ? "" : nameOpeningAuxiliary(scan.text, raw, phraseStart);
  // "Take the X Meeting of …" at a sentence's start: an imperative and its article (IMPERATIVE_OPENING).
  const verb = possessive || kept ? "" : imperativeOpening(scan.text, raw, phraseStart);
  if (verb) return nameDraft(scan, raw.slice(verb.length), phraseStart + verb.length);
  const isState = (words: string) => scan.doc.matcher.findAll(words).some((h) => h.start === 0 && h.end === words.length && scan.doc.catalog.byId.get(h.entityId)?.kind === "COUNTRY");
  let name = kept ? kept + trimName(raw.slice(kept.length), scan.doc.isPlace, isState) : trimName(raw, scan.doc.isPlace, isState);
  // "Staff of the Nordic Institute for X": a phrase headed by a common noun may end in a name.
  while (name && !headKind(name) && !/^Friends of /.test(name) && LEADING_COMPLEMENT.test(name)) name = name.replace(LEADING_COMPLEMENT, "");
  if (!name) return undefined;
  // "the Second Coral Sea Process Ministerial Conference": a series' name and the kind of one of its meetings (SERIES_KIND_TAIL);
  // the series may be one the catalog or the passage already read, which then stays that mention.
  const series = SERIES_KIND_TAIL.exec(name);
  if (series) name = series[1]!;
  const start = phraseStart + (possessive ? possessive[0].length : 0) + raw.indexOf(name);
  // "the Commission on the European side": no name ends on an adjective whose noun follows in lower case (ADJECTIVE_END);
  // the cut keeps the name's start.
  name = name.slice(0, adjectiveEndCut(name, scan.text.slice(start + name.length, start + name.length + 30), scan.doc.catalog.demonyms));
  // "its 6th Annual Meeting in Yogyakarta, 11–13 November 2009": the place before the date is the sitting's venue (DATED_VENUE).
  // So for a body a meeting noun is "of": "the informal meeting of the X Council in Granada on 6 October 2023" (DATED_VENUE_OF_BODY).
  name = name.slice(0, datedVenueCut(name, scan.text.slice(start + name.length, start + name.length + 40), scan.text.slice(Math.max(0, start - 60), start), isState));
  if (series && scan.mentions.some((m) => m.localStart === start && m.localEnd === start + name.length)) return undefined;
  // A catalog series the longer phrase kept from being read ("Prague Process" in "Prague Process Ministerial Conference").
  const listed = series ? scan.doc.matcher.findAll(name).find((m) => m.start === 0 && m.end === name.length) : undefined;
  const entity = listed ? scan.doc.catalog.byId.get(listed.entityId) : undefined;
  if (entity?.kind === "FORUM" && !entity.isEvent) {
    if (!scan.overlaps(start, start + name.length)) scan.push({ localStart: start, localEnd: start + name.length, kind: "FORUM", key: entity.id, method: "catalog", confidence: 0.95 });
    return undefined;
  }
  return { scan, phraseStart, possessive, name, local: name, start, end: start + name.length, bracket: null, expansion: null };
}

import { nameCandidate } from "./nameCandidate.js";
import { NAME_PHRASE } from "./namePatterns.js";
import { splitCoordinated } from "./nameTrim.js";
import { singleWordName } from "./singleWordName.js";
import { plusName } from "./plusName.js";
import { listedActors } from "./listedActor.js";
import { listedDefinitions } from "./listedDefinitions.js";
import { listedNames } from "./listedNames.js";
import type { PassageScan } from "./PassageScan.js";
import { nameAfterKnown } from "./knownBeforeComplement.js";
import { protocolOfYearMentions } from "./protocolOfYear.js";
import { treatyPartiesMentions } from "./treatyParties.js";
import { dashedPartyTreatyMentions } from "./dashedPartyTreaty.js";
import { gerundTitleTail } from "./gerundTitle.js";

const MAX_NAME_WORDS = 24;
/** NAME_PHRASE's own copy for this scan (global: exec walks it along the passage). */
const PHRASES = new RegExp(NAME_PHRASE);
/** What splitCoordinated splits at ("and", "&"), without its global flag. */
const COORDINATION = /\s+(?:and|&)\s+/;

/**
 * Step 4 of recognition: open-set names without an acronym, read by their head noun (nameRules.ts) and
 * kept whole, with sub-units tied to their parent body; "X and the Y" may be two names.
 */
export function openSetNames(scan: PassageScan): void {
  // Read with exec on one copy of the pattern: matchAll would copy the long pattern once per passage. Only recognise()
  // calls this, once per passage and never from inside itself, so the copy's lastIndex is this loop's alone.
  PHRASES.lastIndex = 0;
  for (let m = PHRASES.exec(scan.text); m; m = PHRASES.exec(scan.text)) {
    // One word is a name only where an apposition or copula after it says what it is (SINGLE_WORD_NAMES).
    if (!/\s/.test(m[0])) {
      // "mobility actions under Erasmus+": a coined name closed by a plus sign (PLUS_NAMES).
      if (!plusName(scan, m[0], m.index!)) singleWordName(scan, m[0], m.index!);
      continue;
    }
    if (m[0].split(/\s+/).length > MAX_NAME_WORDS) continue; // never keep a cut-off name
    // "the project, Enhancing Land Use Efficiency as a Conflict-Resolution Strategy for …": the tail of a gerund title (gerundTitle.ts).
    if (gerundTitleTail(scan.text, m.index!)) continue;
    // "Refugees and Migrants in Distress at Sea", "Safety and Health at Work": "at" before a capitalised common
    // noun goes on with the name; "at Geneva", "at UNHCR" name a venue or another body (AT_IN_NAME).
    const endAt = m.index! + m[0].length;
    const at = /^\s+at\s+([A-Z][a-z]+)\b(?![\w-]|\s+[A-Z])/.exec(scan.text.slice(endAt, endAt + 30));
    const phrase = at && !scan.doc.isPlace(at[1]!) && !scan.hits.some((h) => h.start < endAt + at[0].length && h.end > endAt) ? m[0] + at[0] : m[0];
    // A name an earlier step read (a definition: "the Nigeria Immigration Service (NIS)") opens a name after "and".
    // Only a coordination is split, so the names are gathered only for a phrase that holds one.
    const named = COORDINATION.test(phrase) ? [...scan.hits, ...scan.mentions.map((x) => ({ start: x.localStart, end: x.localEnd, id: x.key, kind: x.kind }))] : [];
    for (const whole of splitCoordinated(phrase, m.index!, named)) {
      // "worked with UNICEF on the Coastal Scheme": a name read before closes ahead of "on the" (KNOWN_BEFORE_COMPLEMENT).
      const known = whole.text.includes(" the ") ? nameAfterKnown(whole.text, whole.start, [...scan.hits, ...scan.mentions.map((x) => ({ start: x.localStart, end: x.localEnd, id: x.key, kind: x.kind }))], scan.doc.isPlace) : -1;
      const seg = known > 0 ? { text: whole.text.slice(known), start: whole.start + known } : whole;
      nameCandidate(scan, seg.text, seg.start);
      // "the Ghana-based NGO, Migration Policy and Advocacy Network": when the comma ends a name, what follows
      // it may be a name of its own (parts already taken are skipped).
      const segEnd = seg.start + seg.text.length;
      for (const c of seg.text.matchAll(/,\s+(?=[A-Z])/g)) {
        // Only a name or a class word ("NGO") ends at the comma; "to Address Refugees, Asylum-Seekers and …" is a list.
        if (!/\b[A-Z]{2,}s?$/.test(seg.text.slice(0, c.index!)) && !scan.mentions.some((x) => x.localEnd === seg.start + c.index!)) continue;
        nameCandidate(scan, seg.text.slice(c.index! + c[0].length), seg.start + c.index! + c[0].length);
      }
      // "the Centre for X of the University of Ghana, FORIM and ICMC Europe": when the whole read as no name and a
      // body read after the comma closes it, the comma ended a list item, not a list inside a name (LISTED_ACTORS).
      const comma = seg.text.search(/,\s+[A-Z]/);
      const cut = seg.start + comma;
      const closed = comma > 0 && scan.mentions.some((x) => x.localEnd === segEnd && x.localStart > cut && x.kind === "ORGANIZATION");
      if (closed && !scan.mentions.some((x) => x.localStart >= seg.start && x.localStart < cut && x.kind !== "COUNTRY")) nameCandidate(scan, seg.text.slice(0, comma), seg.start);
    }
  }
  // "Expertise France (EF), the Spanish Agency … (AECID)": a defined name no word gives a kind, of its list's kind (LISTED_DEFINITIONS).
  listedDefinitions(scan);
  // "funded by Statmark, the OECD and UNICEF": a word listed among organizations, once every other name is read (LISTED_ACTORS).
  listedActors(scan);
  // "co-chaired by UNHCR, Statistics Norway and the OECD": a kindless name listed among organizations (LISTED_NAMES).
  listedNames(scan);
  // "the Protocol of 2014 to the Reef Divers Convention": a protocol's title holding the treaty read in it (PROTOCOL_OF_YEAR).
  protocolOfYearMentions(scan);
  // "the Agreement between the Government of A and the Government of B on X": a treaty named by its parties (TREATY_PARTIES).
  treatyPartiesMentions(scan);
  // "the Greece–Turkey readmission agreement": a treaty named by its two parties joined by a dash (DASHED_PARTY_TREATIES).
  dashedPartyTreatyMentions(scan);
}

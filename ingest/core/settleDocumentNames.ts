import type { DocumentScan } from "./PassageScan.js";
import type { NumberedMeetingYears } from "./numberedMeetingYears.js";
import { undateSeries } from "./oneOffMeeting.js";
import { dropPublicationTitles } from "./publicationSubtitle.js";
import { classNounNames } from "./classNounName.js";
import { sameWorkUnits } from "./sameWorkUnit.js";
import { foldCitySessions } from "./citySession.js";
import { agreeKinds } from "./agreeKinds.js";
import type { Mention, StructuredDocument } from "./types.js";

/** What the passage-by-passage reading of a document gathered about its meetings, settled once every passage is read. */
export interface MeetingReadings {
  numberedYears: NumberedMeetingYears;
  /** Dated one-offs, by key. */
  datedOneOffs: Set<string>;
  /** Dated one-offs a paragraph calls the first meeting of a standing forum, by key: the forum (oneOffSeries.ts). */
  firstMeetings: Map<string, string>;
}

/**
 * The document-wide passes over the names recognise found, once every passage is read: meeting years and series,
 * publication titles, other names of one thing, one kind for one name.
 */
export function settleDocumentNames(doc: StructuredDocument, state: DocumentScan, mentions: Mention[], read: MeetingReadings): void {
  const { catalog, discovered } = state;
  const { numberedYears, datedOneOffs, firstMeetings } = read;
  numberedYears.apply(discovered);
  undateSeries(discovered, datedOneOffs, mentions);
  // "… and it became the first meeting of the X Process": a one-off still dated is X's meeting (oneOffSeries.ts); the
  // parent is set once the documents' readings of the name are compared (oneOffAcrossDocuments.ts).
  for (const [oneOff, forum] of firstMeetings) {
    const d = discovered.get(oneOff);
    if (d?.isEvent && !d.parentId) d.firstOf = forum;
  }
  // A name written as a publication's subtitle is that work wherever the document cites it (publicationSubtitle.ts).
  dropPublicationTitles(state, discovered, mentions);
  // "the Development Account project" as another name of the titled project (classNounName.ts).
  const texts = new Map(doc.passages.map((p) => [p.id, p.text]));
  classNounNames(texts, mentions, discovered, catalog);
  // A unit credited with a titled work and the unit a citation of that work names are one (sameWorkUnit.ts).
  const passages = new Map(doc.passages.map((p) => [p.id, p]));
  const sentenceOf = (m: Mention) => passages.get(m.passageId)?.sentences.find((x) => m.localStart >= x.localStart && m.localStart < x.localEnd)?.text ?? "";
  sameWorkUnits(texts, sentenceOf, mentions, discovered);
  // "the Durban Climate Change Conference in November 2011" is that year's session of the treaty's COP (citySession.ts).
  foldCitySessions(texts.values(), discovered);
  // One name, one kind: a kind the text states beside one mention holds for the document (kindRules.ts).
  agreeKinds(mentions, discovered);
}

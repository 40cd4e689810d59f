import type { EntityKind } from "../../src/ontology/ontology.js";
import { demonstrativeGeneric } from "./demonstrativeName.js";
import type { M } from "./mentionLists.js";
import { notAnEnd } from "./notAnEnd.js";
import { numberedAcronymMeeting } from "./numberedAcronymMeeting.js";
import { titleAcronymMentions } from "./titleAcronym.js";
import type { EntityRecord, Mention, Sentence } from "./types.js";

/** What the page gives every sentence's own ends: its entities, the ids its names go by, and its title lines. */
export interface OwnEndsPage {
  entities: ReadonlyMap<string, EntityRecord>;
  /** An entity the page names by another's name (namesGoneBy.ts): the id it goes by. */
  sameAs: ReadonlyMap<string, string>;
  /** The page's title and the section's heading, whose acronym the sentence may use. */
  titles: Array<string | null | undefined>;
  /** The body a title's whole name names (titleBody.ts). */
  titleBody: (name: string) => { id: string; kind: EntityKind } | null;
}

/**
 * The mentions a sentence makes itself, as relation ends in text order with offsets in the sentence: not a name used
 * otherwise than as an end (notAnEnd.ts), not a generic group the text described ("as members of that Core Group"),
 * each under the id the page lets it go by. Added to them: a title's acronym used in the text ("the CSM" under "South
 * American Conference on Migration (CSM)"), and a series' numbered meeting where the page knows it ("ARMD 11").
 */
export function sentenceOwnEnds(sentence: Sentence, inSentence: readonly Mention[], page: OwnEndsPage): M[] {
  const text = sentence.text;
  const { entities } = page;
  const own: M[] = inSentence
    .filter((m, k) => m.localStart >= sentence.localStart && !notAnEnd(m, text, m.localStart - sentence.localStart, m.localEnd - sentence.localStart, inSentence[k - 1]))
    .filter((m) => !demonstrativeGeneric(entities.get(m.entityId!), text.slice(0, m.localStart - sentence.localStart)))
    .map((m) => {
      const id = page.sameAs.get(m.entityId!) ?? m.entityId!;
      return { id, kind: entities.get(id)?.kind ?? m.kind, isEvent: entities.get(id)?.isEvent === true, start: m.localStart - sentence.localStart, end: m.localEnd - sentence.localStart };
    });
  own.push(...titleAcronymMentions(text, own, page.titles, page.titleBody));
  for (const m of own) {
    const meeting = numberedAcronymMeeting(text, m, entities);
    if (meeting) Object.assign(m, { id: meeting, isEvent: true });
  }
  own.sort((a, b) => a.start - b.start);
  return own;
}

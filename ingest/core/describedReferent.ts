import type { EntityKind } from "../../src/ontology/ontology.js";
import { carriesHead, headFor } from "./descriptionHeads.js";
import { NUMBERED_NAME } from "./descriptionNumber.js";
import { descriptionKinds } from "./descriptionKinds.js";
import type { EntityReading } from "./EntityReading.js";
import type { Salient } from "./Salient.js";
import { soleReferent } from "./soleReferent.js";
import { programmeHeadFit } from "./programmeHeadFit.js";

/** What a description may refer to: the scope's salient entities and how an entity reads (coreference.ts). */
export interface Referents {
  history: readonly Salient[];
  nameOf: (id: string) => EntityReading | undefined;
  salient: (id: string) => Salient | null;
  pageStateBody: string | null;
  /** The scope's text after sentence n, up to the description (coreference.ts). */
  textAfter?: (n: number) => string;
}

/**
 * "The Coastal Strategy ran to 2020. A new strategy is being drafted. Ghana funds the strategy": an indefinite new one of
 * the head written after the named one is what the description speaks of, and it has no name.
 */
const RENEWED_HEADS = new Set(["strategy", "mechanism", "statute", "action plan"]);
const newOne = (word: string) => new RegExp(`\\b(?:[Aa]n?\\s+(?:new|second|separate|another|further)|[Aa]nother)\\s+(?:[a-z-]+\\s+)?${word.replace(/ /g, "\\s+")}\\b`);

/** What "the <head>" refers to (descriptionHeads.ts), or null where nothing or more than one thing fits. */
export function describedReferent(r: Referents, phrase: string, ownerId: string | null, named?: (kind: EntityKind) => string | null, pageEvent?: () => string | null, after = ""): Salient | null {
  const head = headFor(phrase);
  if (!head) return null;
  const word = phrase.toLowerCase().replace(/\s+/g, " ");
  const kinds = descriptionKinds(head, phrase);
  const fits = (h: Salient) => kinds.includes(h.kind) && (r.nameOf(h.id)?.isEvent === true) === (head.event === true);
  // "XIII Conference" read as a name is one numbered meeting, not the body "the Conference" speaks of.
  const body = (h: Salient) => !(head.carries && !head.event && NUMBERED_NAME.test(h.name));
  const own = r.pageStateBody && /^[A-Z]/.test(phrase.trim()) ? r.salient(r.pageStateBody) : null;
  if (own && fits(own) && carriesHead(own.name, word)) return own;
  const carrying = [...r.history].reverse().filter((h) => fits(h) && carriesHead(h.name, word) && body(h));
  if (carrying.length) {
    const [first, second] = carrying;
    if (second && second.sentence === first!.sentence) return null;
    // "the agreement" after two agreements: the section's or page's own one if it was named last, else neither.
    if (head.unique && second && !kinds.some((k) => named?.(k) === first!.id)) return null;
    if (RENEWED_HEADS.has(word) && r.textAfter && newOne(word).test(r.textAfter(first!.sentence ?? 0))) return null;
    return first!;
  }
  // "the group" for the one forum the section has named, whose name lacks the word (soleReferent).
  if (head.sole) {
    const sole = soleReferent(r, head.kinds, after, word);
    if (sole) return sole;
  }
  // "the workshop" is only a meeting that says so; another kind of sitting named last is not it. Where the section has
  // named none, on the page of one meeting (pageMeeting.ts) it is that meeting when its own name carries the word: the
  // page titled with a symposium speaks of it as "the symposium" in any later section.
  if (head.event && head.carries) {
    if ([...r.history].some(fits)) return null;
    const ownId = pageEvent?.();
    const own = ownId ? r.salient(ownId) : null;
    return own && carriesHead(own.name, word) ? own : null;
  }
  // "the meeting" after "The fourth Ministerial Consultation of X took place …": the last meeting named, whatever
  // its own head word, unless two were named in that sentence.
  if (head.event) {
    const events = [...r.history].reverse().filter(fits);
    const [first, second] = events;
    if (first) return !(second && second.sentence === first.sentence) ? first : null;
    // No meeting named in this section: on a meeting's own page, the one its title names (pageMeeting.ts).
    const own = pageEvent?.();
    return own ? r.salient(own) : null;
  }
  // "the Programme" written capitalised is a short name: it is one whose name says "Programme", never merely the latest initiative.
  if (head.carries || /^[A-Z]/.test(phrase.trim())) {
    // "the Division" in the Division's own chapter; "the Task Force" under a page titled with its name.
    const owner = ownerId ? r.salient(ownerId) : null;
    if (owner && kinds.includes(owner.kind) && carriesHead(owner.name, word) && body(owner)) return owner;
    for (const kind of kinds) {
      const id = named?.(kind);
      const t = id ? r.salient(id) : null;
      if (t && carriesHead(t.name, word) && body(t)) return t;
    }
    return null;
  }
  const kind = head.kinds[0]!;
  // The latest initiative whose name fits the word; one headed by an interchangeable noun only where none fits
  // (programmeHeadFit.ts), and none headed by another sort of thing ("the platform" is no "Response Plan").
  let near: Salient | null = null;
  for (const h of [...r.history].reverse()) {
    if (h.kind !== kind || r.nameOf(h.id)?.isEvent) continue;
    const fit = programmeHeadFit(h.name, word);
    if (fit === "fits") return h;
    if (fit === "near") near ??= h;
  }
  // Under a new subheading ("Where it works"), "the project" is still the one the page's title names.
  const titled = named?.(kind);
  const title = titled ? r.salient(titled) : null;
  const titleFit = title ? programmeHeadFit(title.name, word) : "other";
  if (title && titleFit === "fits") return title;
  return near ?? (titleFit === "near" ? title : null);
}

/** A sitting of a known year is not what a sentence speaks of when that sentence states years and none is its own. */
export function otherYear(year: number | null, sentence: string): boolean {
  const stated = sentence.match(/\b(?:19|20)\d\d\b/g);
  return year !== null && !!stated && !stated.includes(String(year));
}

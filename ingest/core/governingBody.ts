import { entityId } from "../../src/ontology/ids.js";
import { headKind, headWord } from "./headKind.js";
import type { PassageScan } from "./PassageScan.js";
import { GOVERNING_BODY, GOVERNING_TAIL, isSubBodyHead, plannedBody } from "./subBodyRules.js";
import type { Mention } from "./types.js";

/** "… of the Network's trust fund": a possessive and a lower-case noun phrase after the owner's name own the body instead. */
const POSSESSED_AFTER = /^['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:fund|facility|board|programme|program|project|platform|mechanism|secretariat|office|network|initiative|trust)\b/;
/** "the Executive Committee of the Network": a governing body of a forum or initiative named by its head word. */
const OF_DESCRIPTION = /^(.+?)\s+of\s+the\s+([A-Z][a-z]+)$/;

/**
 * "the Executive Committee of the United Nations Network on Migration": the one governing body of a named
 * forum or initiative is a body of its own, named whole, and the forum stays a mention of its own
 * (GOVERNING_BODIES). Offices and groups a body may have many of ("the Secretariat of X", "a Working Group of X")
 * are not: the mention stays the forum's. Returns whether the name was taken.
 */
export function governingBody(scan: PassageScan, head: string, start: number, owner: Mention | undefined): boolean {
  if (!owner || (owner.kind !== "FORUM" && owner.kind !== "INITIATIVE")) return false;
  return discoverBody(scan, head, scan.text.slice(start, owner.localEnd), owner.key, start, owner.localEnd);
}

/**
 * "… the United Nations Network on Migration … The Executive Committee of the Network": the body of the one forum
 * or initiative the passage named before with that head word (two such make the description ambiguous: none).
 * Its name is written with the forum's, so both writings are one body.
 */
export function governingBodyOfDescription(scan: PassageScan, name: string, start: number): boolean {
  const of = OF_DESCRIPTION.exec(name);
  if (!of || !GOVERNING_BODY.test(of[1]!)) return false;
  return bodyOfDescribed(scan, of[1]!, of[2]!, start, start + name.length);
}

/**
 * "The Colombo Process … the Process's Steering Committee": a governing body whose possessor is the head word of the
 * one forum or programme the passage named before is that forum's, as "the Steering Committee of the Process" is.
 */
export function governingBodyOfPossessor(scan: PassageScan, name: string, possessor: string, start: number, end: number): boolean {
  const word = /^(?:[Tt]he\s+)?([A-Z][a-z]+)$/.exec(possessor.trim());
  return !!word && GOVERNING_BODY.test(name) && bodyOfDescribed(scan, name, word[1]!, start, end);
}

/** The body of the one forum or programme named before whose name ends in the head word (two such: none). */
function bodyOfDescribed(scan: PassageScan, head: string, word: string, start: number, end: number): boolean {
  const candidates = new Set(
    scan.mentions
      .filter((m) => m.localEnd <= start && (m.kind === "FORUM" || m.kind === "INITIATIVE"))
      .filter((m) => headWord(scan.doc.catalog.byId.get(m.key)?.name ?? scan.doc.discovered.get(m.key)?.name ?? "") === word)
      .map((m) => m.key),
  );
  // "… the Dialogue's Advisory Committee" in a passage that names no dialogue: the one the page names (pageNamed).
  if (candidates.size === 0) for (const key of pageNamed(scan, word)) candidates.add(key);
  if (candidates.size !== 1) return false;
  const key = [...candidates][0]!;
  const ownerName = scan.doc.catalog.byId.get(key)?.name ?? scan.doc.discovered.get(key)!.name;
  return discoverBody(scan, head, `${head} of the ${ownerName}`, key, start, end);
}

/**
 * The standing forums and programmes whose name ends in `word` that the page has named before this passage: its topic
 * (which alone answers when its head word is `word`), the catalog's names in the page's text before the passage, the
 * names discovered so far. More than one leaves the head word nobody's; a forum the page names only later is nobody's
 * owner here.
 */
function pageNamed(scan: PassageScan, word: string): Set<string> {
  const { catalog, discovered } = scan.doc;
  const topic = pageOwner(scan);
  if (topic && headWord(topic.name) === word) return new Set([topic.id]);
  const out = new Set<string>();
  const page = pageHits(scan.doc);
  const before = page ? passageAt(page, scan.text) : -1;
  for (const h of before < 0 ? [] : page!.hits) {
    if (h.end > before) break;
    const e = catalog.byId.get(h.id);
    if (e && headWord(e.name) === word) out.add(e.id);
  }
  for (const d of discovered.values()) {
    if ((d.kind === "FORUM" || d.kind === "INITIATIVE") && !d.isEvent && !d.owner && headWord(d.name) === word) out.add(d.key);
  }
  return out;
}

interface PageHits {
  text: string;
  hits: Array<{ id: string; end: number }>;
  /** Where each passage asked about is first written in the page's text: searched once per passage and document. */
  at: Map<string, number>;
}

/** Where the passage's text is first written in the page's text (-1: nowhere). */
function passageAt(page: PageHits, passage: string): number {
  let at = page.at.get(passage);
  if (at === undefined) page.at.set(passage, (at = page.text.indexOf(passage)));
  return at;
}

/** The catalog's standing forums and programmes the page's text names, in page order: matched once per document. */
const PAGE_HITS = new WeakMap<PassageScan["doc"], PageHits | null>();
function pageHits(doc: PassageScan["doc"]): PageHits | null {
  if (!PAGE_HITS.has(doc)) {
    const text = doc.pageText?.();
    const hits = text === undefined ? null : doc.matcher
      .findAll(text)
      .filter((m) => { const e = doc.catalog.byId.get(m.entityId); return !!e && (e.kind === "FORUM" || e.kind === "INITIATIVE") && !e.isEvent; })
      .map((m) => ({ id: m.entityId, end: m.end }))
      .sort((a, b) => a.end - b.end);
    PAGE_HITS.set(doc, text === undefined ? null : { text, hits: hits!, at: new Map() });
  }
  return PAGE_HITS.get(doc)!;
}

/**
 * "European Migration Network (EMN)" … "The Steering Board sets the work programme": on a page about one forum or
 * programme (its title or defining heading), a governing body named alone is that topic's, when the passage names no
 * other forum or programme before it. Its name is written with the topic's, and with the topic's acronym too.
 */
/**
 * "The Budapest Process meets every year. Its Steering Committee is chaired by Hungary.": a governing body or part after
 * "its" is the one forum or programme the passage named before it (its own bodies and meetings aside); two such leave
 * "its" unresolved, and the body nobody's.
 */
export function governingBodyOfIts(scan: PassageScan, name: string, start: number, end: number): boolean {
  if (!/\b[Ii]ts\s+$/.test(scan.text.slice(Math.max(0, start - 5), start)) || !isSubBodyHead(name)) return false;
  const { catalog, discovered } = scan.doc;
  const candidates = new Set(
    scan.mentions
      .filter((m) => m.localEnd <= start && (m.kind === "FORUM" || m.kind === "INITIATIVE"))
      .map((m) => m.key)
      .filter((key) => !(catalog.byId.get(key)?.isEvent ?? discovered.get(key)?.isEvent) && !discovered.get(key)?.owner),
  );
  if (candidates.size !== 1) return false;
  const key = [...candidates][0]!;
  const ownerName = catalog.byId.get(key)?.name ?? discovered.get(key)!.name;
  return discoverBody(scan, name, `${name} of the ${ownerName}`, key, start, end, `${ownerName} ${name}`);
}

/** The page's topic, else the one forum or programme its title or headline names (PassageScan `pageBody`). */
export function pageOwner(scan: PassageScan): PassageScan["doc"]["topic"] {
  return scan.doc.topic ?? scan.doc.pageBody;
}

/**
 * "EXPERT GROUP ON X (EGX)" … "The IDP subgroup … is led by JIPS": on a page about one forum or programme, a part named by
 * its own modifier and a part noun (PART_BODIES) is that topic's, when the passage names no other forum or programme
 * before it (its own meetings and bodies aside). Its name is written with the topic's.
 */
export function topicPart(scan: PassageScan, part: string, start: number, end: number): boolean {
  const topic = pageOwner(scan);
  if (!topic || (topic.kind !== "FORUM" && topic.kind !== "INITIATIVE")) return false;
  const own = (key: string) => {
    const d = scan.doc.discovered.get(key);
    return key === topic.id || d?.owner?.id === topic.id || d?.parentId === topic.id;
  };
  if (scan.mentions.some((m) => m.localEnd <= start && (m.kind === "FORUM" || m.kind === "INITIATIVE") && !own(m.key))) return false;
  return discoverBody(scan, part, `${part} of the ${topic.name}`, topic.id, start, end, `${topic.acronym ?? topic.name} ${part}`);
}

export function topicGoverningBody(scan: PassageScan, name: string, start: number): boolean {
  // A page whose title or headline names one forum or programme among other words ("Bali Process > Events", a breadcrumb
  // over the headline "KHARTOUM PROCESS (…)") is about that body as much as one titled by its name alone (SUB_BODIES).
  const topic = pageOwner(scan);
  if (!topic || (topic.kind !== "FORUM" && topic.kind !== "INITIATIVE") || !GOVERNING_BODY.test(name)) return false;
  // Another forum named before takes the body, or makes it ambiguous; the topic's own bodies named before do not.
  const ownBody = (key: string) => scan.doc.discovered.get(key)?.owner?.id === topic.id;
  if (scan.mentions.some((m) => m.localEnd <= start && (m.kind === "FORUM" || m.kind === "INITIATIVE") && m.key !== topic.id && !ownBody(m.key))) return false;
  return discoverBody(scan, name, `${name} of the ${topic.name}`, topic.id, start, start + name.length, `${topic.acronym ?? topic.name} ${name}`);
}

/** "Khartoum Process Steering Committee": a forum's or initiative's name (two words or more) and a governing body after it. */
export function governingTail(name: string): { owner: string; head: string } | null {
  const body = GOVERNING_TAIL.exec(name);
  if (!body || body[1]!.split(/\s+/).length < 2) return null;
  const kind = headKind(body[1]!);
  return kind === "FORUM" || kind === "INITIATIVE" ? { owner: body[1]!, head: body[2]! } : null;
}

/**
 * "the Rabat Process Steering Committee", "the Nansen Initiative Steering Group": the governing body written after its
 * forum's or initiative's name is the one "the Steering Committee of the X" names, so both writings are one body, with
 * the written one as another name. The forum's mention is a word of the name.
 */
export function governingBodyAfterOwner(scan: PassageScan, head: string, owner: { id: string; start: number; end: number }, end: number): boolean {
  const { catalog, discovered } = scan.doc;
  const ownerName = catalog.byId.get(owner.id)?.name ?? discovered.get(owner.id)?.name;
  if (!ownerName || !isSubBodyHead(head) || plannedBody(scan.text, owner.start, end)) return false;
  const i = scan.mentions.findIndex((x) => x.localStart === owner.start && x.localEnd === owner.end);
  if (i !== -1) scan.mentions.splice(i, 1);
  return discoverBody(scan, head, `${head} of the ${ownerName}`, owner.id, owner.start, end, scan.text.slice(owner.start, end));
}

function discoverBody(scan: PassageScan, head: string, name: string, ownerId: string, start: number, end: number, alias?: string): boolean {
  // "the Steering Committee of the Network's trust fund": the nearest owner is what the possessive names, not the Network.
  if (POSSESSED_AFTER.test(scan.text.slice(end, end + 40))) return false;
  return isSubBodyHead(head) && discoverPart(scan, head, name, ownerId, start, end, alias);
}

/**
 * The part `head` of `ownerId`, named `name`, mentioned at [start, end): a forum within a forum or programme, PART_OF it.
 * The caller has read that the words name one of the owner's parts (a governing body, a listed working group).
 */
export function discoverPart(scan: PassageScan, head: string, name: string, ownerId: string, start: number, end: number, alias?: string): boolean {
  // "Ministers plan to create an Ad Hoc Group of X": a body still to be set up is none yet (SUB_BODIES).
  if (plannedBody(scan.text, start, end)) return false;
  // The governing body of a forum or programme is a forum within it (PART_OF), whatever its head noun: its members
  // sit on it as they do in a forum.
  const ownerKind = scan.doc.catalog.byId.get(ownerId)?.kind ?? scan.doc.discovered.get(ownerId)?.kind;
  const kind = ownerKind === "FORUM" || ownerKind === "INITIATIVE" ? "FORUM" : headKind(head) ?? "ORGANIZATION";
  const id = entityId(kind, name);
  if (scan.doc.catalog.byId.has(id)) return false;
  scan.discover({ key: id, kind, name, acronym: null, owner: { id: ownerId, local: head }, ...(alias ? { alias } : {}) });
  const mention = scan.push({ localStart: start, localEnd: end, kind, key: id, method: "name-pattern", confidence: 0.7 });
  // The name states whose body it is ("the Steering Committee of the X", "the X Steering Committee"): PART_OF the owner.
  scan.doc.parents.push({ mention, parentId: ownerId, method: "governing-body", confidence: 0.8 });
  return true;
}

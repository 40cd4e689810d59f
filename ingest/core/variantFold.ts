import { foldWords, nameKey, withoutUnOwner } from "./fold.js";
import { BODY_WORD_HEADS, CUT_COMPLEMENT } from "./identityRules.js";
import { NAME_CONNECTORS } from "./nameRules.js";
import { BODY_HEADS } from "./namePatterns.js";
import { listShape, sameTopics } from "./listItemFold.js";
import { isGeneric } from "./nameTrim.js";
import { foldInnerAcronym } from "./innerAcronym.js";
import { foldConventionShortTitle } from "./conventionShortTitle.js";
import { foldNumberedTreaty } from "./numberedTreatyFold.js";
import { foldOwnerTwoWays } from "./ownerTwoWays.js";
import { foldJointSides } from "./jointSidesFold.js";
import { foldSummitConference } from "./summitConferenceFold.js";
import { foldDeclarationWithPlan } from "./declarationPlanFold.js";
import { foldMiddleCut } from "./middleCutFold.js";
import { foldHeadCut } from "./headCutFold.js";
import { foldInnerCut } from "./innerCutFold.js";
import { foldSynonyms, LONGER_OWNER } from "./synonymRules.js";
import { foldCutComplement } from "./cutComplementFold.js";
import type { DiscoveredName } from "./types.js";

/**
 * Name variants of one discovered thing that nameKey (fold.ts) keeps apart, as identityRules.ts states them:
 *   BODY_WORD_ORDER – "Labour X Academy" / "Academy on Labour X", lists in another order, an owner
 *                     ("GMG", "UN", a country) before it or absent, one owner only; a variant with no owner
 *                     under an organ's head (office, unit, board …) takes one only in a document that writes an
 *                     owned variant;
 *   UN_PREFIX       – "UN X" / "X" and "<Country> X" / "X" for names of three words or more;
 *   CUT_COMPLEMENT  – "X" / "X of Y" in one document, when that document holds one such longer name;
 *   LONGER_OWNER    – "X" / "<Owner Words> X" in one document, X of five words or more, one such longer name;
 *   OWNER_TWO_WAYS  – "<Owner A> X" / "<Owner B> X" or "<fewer owner words> X cut before 'including'" (ownerTwoWays.ts);
 *   INNER_ACRONYM   – "X and Y (XY) Coast – Subtitle" / "XY Coast" in one document (innerAcronym.ts);
 *   CONVENTION_SHORT_TITLE – "<Topic> Convention" / "<Owner> Convention on … <Topic> …" (conventionShortTitle.ts);
 *   MIDDLE_CUT      – "X for Y in Z" / "X in Z" in one document, when that document holds one such longer name (middleCutFold.ts);
 *   HEAD_CUT        – "X of Y Head" / "X Head" in one document, when that document holds one such longer name (headCutFold.ts);
 *   INNER_CUT       – "X" / "W for the X of Y": X is "X of Y" where every document writing X holds that one (innerCutFold.ts);
 *   JOINT_SIDES     – "Africa-EU Summit" / "AU-EU Summit" / "EU-Africa Summit": two sides and a head (jointSidesFold.ts);
 *   SUMMIT_CONFERENCE – "X Summit Conference" / "X Summit" in one document (summitConferenceFold.ts);
 *   DECLARATION_WITH_PLAN – "X Declaration and Action Plan" / "X Declaration" in the run (declarationPlanFold.ts);
 *   SYNONYM_PHRASES – "Trafficking in Persons" / "Human Trafficking" read as one phrase by the folds above.
 * A folded variant takes the target's name, kind, parent and acronym, so that resolve groups them by
 * nameKey; its own spelling is returned to be kept as an alias. Names the catalog knows are never
 * renamed (the catalog decides their identity), and meetings are left to meetings.ts.
 */
export interface FoldContext {
  /** Whether the words are a country's name ("Yemen", "Sri Lanka"). */
  isCountry: (words: string) => boolean;
  /** Whether the word is a city's name ("Tidewater"). */
  isCity?: (word: string) => boolean;
  /** Whether the name's identity key is a catalog name's. */
  isCatalogName: (name: string) => boolean;
  /** The documents (indexes) that wrote the variant. */
  documentsOf: (key: string) => Set<number>;
  /** Two names that stay two whatever their words (two states' bodies, STATE_BODY_APART in stateBodyApart.ts). */
  apart?: (a: DiscoveredName, b: DiscoveredName) => boolean;
  /** The sentences that name the variant, across the run (a year stated beside a name tells which text it is). */
  sentencesOf?: (key: string) => string[];
}

const CONNECTORS = new Set([...NAME_CONNECTORS.words, ","]);
const singular = (w: string) => (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w) ? w.slice(0, -1) : w);

interface Shape {
  d: DiscoveredName;
  /** "un", an acronym, or "country:<words>"; "" when none is written. */
  owner: string;
  /** The folded words after the owner. */
  rest: string[];
}

function shapeOf(d: DiscoveredName, ctx: FoldContext): Shape {
  const written = d.name.split(/\s+/);
  let words = foldWords(d.name);
  let owner = "";
  const un = withoutUnOwner(words);
  if (un.un) [owner, words] = ["un", un.rest];
  else if (/^[A-Z][A-Z0-9]{1,7}$/.test(written[0]!) && written.length >= 3) [owner, words] = [words[0]!, words.slice(1)];
  else {
    for (let n = 3; n >= 1 && !owner; n--) {
      if (written.length > n + 1 && ctx.isCountry(written.slice(0, n).join(" "))) [owner, words] = [`country:${foldWords(written.slice(0, n).join(" ")).join(" ")}`, foldWords(written.slice(n).join(" "))];
    }
  }
  return { d, owner, rest: foldSynonyms(words) };
}

/** The written name after its owner, commas kept (the list's items are cut there). */
function writtenRest(s: Shape): string {
  const words = s.d.name.split(/\s+/);
  if (!s.owner) return s.d.name;
  if (s.owner === "un") return s.d.name.replace(/^(?:UN|United\s+Nations)\s+/, "");
  if (s.owner.startsWith("country:")) return words.slice(s.owner.slice("country:".length).split(" ").length).join(" ");
  return words.slice(1).join(" ");
}

/** "group|data research working": the body's head and its other content words, in no order. */
function bodyKey(s: Shape): string | null {
  const prep = s.rest.findIndex((w, i) => i > 0 && (w === "on" || w === "for" || w === "of"));
  const head = prep > 0 ? s.rest[prep - 1]! : s.rest[s.rest.length - 1]!;
  if (!BODY_WORD_HEADS.has(head)) return null;
  const content = [...new Set(s.rest.filter((w, i) => !CONNECTORS.has(w) && !(w === head && (i === prep - 1 || (prep < 0 && i === s.rest.length - 1)))).map(singular))].sort();
  return content.length >= 2 ? `${s.d.kind}|${head}|${content.join(" ")}` : null;
}

/** Heads of a body's own organs and parts in lower case: names any agency may give one of its own. */
const ORGAN_HEAD_WORDS: ReadonlySet<string> = new Set([...BODY_HEADS].map((w) => w.toLowerCase()));

/**
 * A group's ownerless variants that may take its owner. Under a head any agency may give one of its own organs
 * ("the Regional Office for X", "the Unit for X"), those written in a document that also writes an owned variant:
 * such a name bare on one page is that page's own body, not the body another page names with its owner (identity is
 * corpus-wide, but whose body it is stays a page-local reading). Under another head ("Working Group on X") the
 * content words name one body wherever they are written, so every variant may take the one owner.
 */
function ownedOnItsPage(key: string, group: Shape[], ctx: FoldContext): Shape[] {
  const owned = group.filter((s) => s.owner);
  if (owned.length === 0 || !ORGAN_HEAD_WORDS.has(key.split("|")[1]!)) return group;
  const ownedDocs = new Set(owned.flatMap((s) => [...ctx.documentsOf(s.d.key)]));
  return group.filter((s) => s.owner || [...ctx.documentsOf(s.d.key)].some((doc) => ownedDocs.has(doc)));
}

function rename(d: DiscoveredName, target: DiscoveredName, folded: Array<{ key: string; bare: string }>): void {
  if (d === target || d.name === target.name) return;
  folded.push({ key: d.key, bare: d.name });
  d.name = target.name;
  d.kind = target.kind;
  if (target.parentId) d.parentId = target.parentId;
  if (!d.acronym && target.acronym) d.acronym = target.acronym;
}

interface FoldOptions {
  /** The group's name is its first variant, the most mentioned, which takes the one parent the group states. */
  mostMentioned: boolean;
  /** Two variants this says are apart (two states' bodies) stay two. */
  apart: FoldContext["apart"];
}

/**
 * Folds owner and word-order variants into one name: the first owned variant, else the first (variants arrive
 * ranked); with `mostMentioned`, the first, which takes the one parent the group states.
 */
function foldGroups(groups: Map<string, Shape[]>, folded: Array<{ key: string; bare: string }>, { mostMentioned, apart }: FoldOptions): void {
  for (const shapes of groups.values()) {
    if (shapes.length < 2) continue;
    const owners = new Set(shapes.map((s) => s.owner).filter(Boolean));
    const parents = new Set(shapes.map((s) => s.d.parentId).filter(Boolean));
    if (owners.size > 1 || parents.size > 1) continue; // two owners: the bare name does not say whose it is
    const target = (mostMentioned ? shapes[0]! : (shapes.find((s) => s.owner) ?? shapes[0]!)).d;
    if (mostMentioned && !target.parentId && parents.size === 1) target.parentId = [...parents][0];
    for (const s of shapes) if (!apart?.(s.d, target)) rename(s.d, target, folded);
  }
}

export function foldNameVariants(variants: Iterable<DiscoveredName>, ctx: FoldContext): Array<{ key: string; bare: string }> {
  const every = [...variants];
  const all = every.filter((d) => !d.isEvent && !ctx.isCatalogName(d.name));
  const folded: Array<{ key: string; bare: string }> = [];
  const shapes = all.map((d) => shapeOf(d, ctx));

  // UN_PREFIX: exact words after a "UN" or country owner.
  const exact = new Map<string, Shape[]>();
  for (const s of shapes) {
    if (s.rest.length < 3 || (s.owner && s.owner !== "un" && !s.owner.startsWith("country:")) || isGeneric(s.d.name)) continue;
    const k = `${s.d.kind}|${s.rest.map(singular).join(" ")}`;
    exact.set(k, [...(exact.get(k) ?? []), s]);
  }
  foldGroups(exact, folded, { mostMentioned: false, apart: ctx.apart });
  // A two-word name with and without "UN" is one thing only where one document writes both ("the UN Development
  // Account project" and "the Development Account project"); across documents two words say too little.
  const pairs = new Map<string, Shape[]>();
  for (const s of shapes) {
    if (s.rest.length !== 2 || (s.owner && s.owner !== "un") || isGeneric(s.d.name)) continue;
    const k = `${s.d.kind}|${s.rest.map(singular).join(" ")}`;
    pairs.set(k, [...(pairs.get(k) ?? []), s]);
  }
  const sameDocument = (group: Shape[]) => [...ctx.documentsOf(group[0]!.d.key)].some((doc) => group.every((g) => ctx.documentsOf(g.d.key).has(doc)));
  foldGroups(new Map([...pairs].filter(([, group]) => group.some((g) => g.owner === "un") && sameDocument(group))), folded, { mostMentioned: false, apart: ctx.apart });
  // So for an acronym owner ("the MMD Grant Facility" / "the Grant Facility"), read after the UN folds, when no other
  // owner (the UN's included) writes the two words.
  const acronymPairs = new Map<string, Shape[]>();
  for (const s of shapes.map((x) => shapeOf(x.d, ctx))) {
    if (s.rest.length !== 2 || isGeneric(s.d.name)) continue;
    const k = `${s.d.kind}|${s.rest.map(singular).join(" ")}`;
    acronymPairs.set(k, [...(acronymPairs.get(k) ?? []), s]);
  }
  foldGroups(new Map([...acronymPairs].filter(([, group]) => group.some((g) => !g.owner) && group.some((g) => g.owner) && group.every((g) => !g.owner || (g.owner !== "un" && /^[a-z0-9]+$/.test(g.owner))) && sameDocument(group))), folded, { mostMentioned: false, apart: ctx.apart });

  // BODY_WORD_ORDER: the same content words around a body head.
  const bodies = new Map<string, Shape[]>();
  for (const s of shapes.map((x) => shapeOf(x.d, ctx))) {
    const k = bodyKey(s);
    if (k) bodies.set(k, [...(bodies.get(k) ?? []), s]);
  }
  foldGroups(new Map([...bodies].map(([k, group]) => [k, ownedOnItsPage(k, group, ctx)])), folded, { mostMentioned: false, apart: ctx.apart });

  // LIST_ITEM_HEADS: the same topics, in any order, with a topic's modifiers written in one name only.
  const lists = new Map<string, Shape[]>();
  const listShapes = new Map<Shape, NonNullable<ReturnType<typeof listShape>>>();
  for (const s of shapes.map((x) => shapeOf(x.d, ctx))) {
    const l = listShape(s.d, writtenRest(s));
    if (!l) continue;
    listShapes.set(s, l);
    lists.set(l.key, [...(lists.get(l.key) ?? []), s]);
  }
  foldGroups(new Map([...lists].filter(([, group]) => group.every((a) => group.every((b) => sameTopics(listShapes.get(a)!, listShapes.get(b)!))))), folded, { mostMentioned: true, apart: ctx.apart });

  // CUT_COMPLEMENT: a name cut before "of/for/in …", in a document that writes the whole one, a sitting's included (cutComplementFold.ts).
  foldCutComplement(all, every.filter((d) => d.isEvent), ctx, (d, target) => rename(d, target, folded));
  foldMiddleCut(all, ctx.documentsOf, (d, target) => rename(d, target, folded));
  foldHeadCut(all, ctx.documentsOf, (d, target) => rename(d, target, folded));
  foldInnerCut(all, ctx.documentsOf, new Set(folded.map((f) => f.key)), (d, target) => rename(d, target, folded));
  foldLongerOwner(all, ctx, folded);
  foldOwnerTwoWays(all, ctx.documentsOf, (d, target) => rename(d, target, folded));
  foldInnerAcronym(all, ctx.documentsOf, (d, target) => rename(d, target, folded));
  foldConventionShortTitle(all, ctx.documentsOf, (d, target) => rename(d, target, folded));
  if (ctx.sentencesOf) foldNumberedTreaty(all, ctx.documentsOf, ctx.sentencesOf, (d, target) => rename(d, target, folded));
  foldJointSides(all, (d, target) => rename(d, target, folded));
  foldSummitConference(all, ctx.documentsOf, (d, target) => rename(d, target, folded));
  foldDeclarationWithPlan(all, ctx.isCatalogName, (d, target) => rename(d, target, folded), ctx.sentencesOf);
  return folded;
}

const POSSESSIVE = /['’]s$/;
/** The written words of `long` before the words of `short`. */
const leadOf = (long: DiscoveredName, short: DiscoveredName) => long.name.split(/\s+/).slice(0, long.name.split(/\s+/).length - short.name.split(/\s+/).length);

/**
 * LONGER_OWNER: a name of five words or more written after capitalised owner words in one other name of its document;
 * of three words or more where those owner words close on a possessive ("Harbour Master's").
 */
function foldLongerOwner(all: DiscoveredName[], ctx: FoldContext, folded: Array<{ key: string; bare: string }>): void {
  const { minWords, minWordsAfterPossessive } = LONGER_OWNER.words;
  const words = new Map(all.map((d) => [d, foldSynonyms(foldWords(d.name))]));
  // A longer name shares the shorter one's kind and last word: only those are compared, in their order in `all`.
  const byEnding = new Map<string, DiscoveredName[]>();
  const endingOf = (d: DiscoveredName) => `${d.kind}|${words.get(d)!.at(-1)}`;
  for (const d of all) (byEnding.get(endingOf(d)) ?? byEnding.set(endingOf(d), []).get(endingOf(d))!).push(d);
  for (const d of all) {
    const w = words.get(d)!;
    if (w.length < minWordsAfterPossessive || isGeneric(d.name) || d.parentId) continue;
    const docs = ctx.documentsOf(d.key);
    const longer = byEnding.get(endingOf(d))!.filter((b) => {
      const bw = words.get(b)!;
      if (b === d || b.kind !== d.kind || bw.length <= w.length || !w.every((x, i) => bw[bw.length - w.length + i] === x)) return false;
      // The words before the shared ending are an owner's name: capitalised, no complement ("of", "for") among them.
      const lead = leadOf(b, d);
      return lead.length > 0 && lead.every((x) => /^[A-Z]/.test(x)) && [...ctx.documentsOf(b.key)].some((doc) => docs.has(doc));
    });
    // Every owned form counts towards "exactly one"; a short name needs a possessive owner.
    if (new Set(longer.map((b) => nameKey(b.name))).size !== 1) continue;
    if (w.length >= minWords || POSSESSIVE.test(leadOf(longer[0]!, d).at(-1)!)) rename(d, longer[0]!, folded);
  }
}

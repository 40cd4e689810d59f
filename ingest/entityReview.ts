import { foldWords, nameKey } from "./core/fold.js";
import { headWord } from "./core/headKind.js";
import { MEETINGS, NAME_CONNECTORS } from "./core/nameRules.js";
import { nameSimilarity } from "./core/resolve.js";
import type { EntityRecord } from "./core/types.js";
import { meetingNounsWhere, MEETS_NOUNS } from "./core/meetingNouns.js";

/**
 * Entities to review by eye (`npm run ingest:report`, or with --dry-run --report):
 * likely duplicates — one acronym on two ids, identity keys (fold.ts) that
 * nearly agree, one name a prefix of another of the same kind — and
 * fragment-like names (ending in a connector or a number, starting lower case,
 * very short, or cut at a comma) — and name variants the resolver's folds
 * (variantFold.ts) left apart: the same content words in another order, a name
 * that is another cut before a complement or a comma, one name's content words
 * all inside the other's. Pure: reads the extracted entities only.
 */
export interface EntityReview {
  sameAcronym: Array<{ acronym: string; ids: string[] }>;
  nearNames: Array<{ a: EntityRecord; b: EntityRecord; why: string }>;
  fragments: Array<{ entity: EntityRecord; why: string }>;
}

const FRAGMENT_RULES: Array<[RegExp, string]> = [
  [/\s(?:of|for|and|on|the|in|to|from|at|&)$/, "ends in a connector"],
  [/^(?:of|for|and|on|the|in|to|from|at|its|their)\s/, "starts with a function word"],
  [/\b(?:No|Nos?\.)$/, "ends in 'No'"],
  [/,$/, "ends in a comma"],
  [/^[A-Z][a-z]+ (?:Plan|Programme|Report|Convention|Covenant)$/, "two words, maybe a cut-off name"],
];

/** Edit distance over short strings, for near-identical identity keys. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

export function reviewEntities(all: Iterable<EntityRecord>): EntityReview {
  const entities = [...all].filter((e) => e.kind !== "COUNTRY");
  const byAcronym = new Map<string, Set<string>>();
  for (const e of entities) if (e.acronym && !e.isEvent) byAcronym.set(e.acronym, (byAcronym.get(e.acronym) ?? new Set()).add(e.id));
  const sameAcronym = [...byAcronym].filter(([, ids]) => ids.size > 1).map(([acronym, ids]) => ({ acronym, ids: [...ids].sort() }));

  const nearNames: EntityReview["nearNames"] = [];
  const keyed = entities.filter((e) => !e.isEvent).map((e) => ({ e, key: nameKey(e.name), words: e.name.split(/\s+/) }));
  // Sorted by key, so near-identical keys and prefixes sit next to each other.
  keyed.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  for (let i = 0; i < keyed.length; i++) {
    for (let j = i + 1; j < keyed.length && j <= i + 3; j++) {
      const x = keyed[i]!;
      const y = keyed[j]!;
      if (x.e.kind !== y.e.kind) continue;
      if (x.key === y.key) nearNames.push({ a: x.e, b: y.e, why: "same identity key" });
      else if (x.key.length > 8 && distance(x.key, y.key) <= 2) nearNames.push({ a: x.e, b: y.e, why: "names differ by a letter or two" });
      else if (y.key.startsWith(x.key) && x.words.length >= 2 && nameSimilarity(x.e.name, y.e.name) >= 0.5) nearNames.push({ a: x.e, b: y.e, why: "one name begins the other" });
    }
  }
  const listed = new Set(nearNames.map((n) => [n.a.id, n.b.id].sort().join(" ")));
  for (const n of variantPairs(entities.filter((e) => !e.isEvent))) {
    const k = [n.a.id, n.b.id].sort().join(" ");
    if (!listed.has(k)) nearNames.push(n), listed.add(k);
  }
  for (const n of meetingPairs(entities)) {
    const k = [n.a.id, n.b.id].sort().join(" ");
    if (!listed.has(k)) nearNames.push(n), listed.add(k);
  }
  const fragments: EntityReview["fragments"] = [];
  for (const e of entities) {
    if (e.origin !== "discovered") continue;
    const rule = FRAGMENT_RULES.find(([re]) => re.test(e.name));
    if (rule) fragments.push({ entity: e, why: rule[1] });
    else if (e.isEvent && ORDINAL_SLUG.test(e.id) && !MEETING_NOUNS.has(ORDINAL_SLUG.exec(e.id)![1]!)) fragments.push({ entity: e, why: "an ordinal id keyed by a word that is no meeting noun" });
  }
  return { sameAcronym, nearNames, fragments };
}

export function printEntityReview(review: EntityReview, out: (line: string) => void): void {
  out(`\n== likely duplicates: ${review.sameAcronym.length} shared acronyms, ${review.nearNames.length} near-identical names`);
  for (const d of review.sameAcronym) out(`  acronym ${d.acronym}: ${d.ids.join(", ")}`);
  for (const d of review.nearNames) out(`  ${d.why}: ${d.a.id} “${d.a.name}” ~ ${d.b.id} “${d.b.name}”`);
  out(`\n== fragment-like names: ${review.fragments.length}`);
  for (const f of review.fragments) out(`  ${f.why}: ${f.entity.id} “${f.entity.name}”`);
}

const STOP = new Set([...NAME_CONNECTORS.words, "un", "united", "nations"]);
const CUT_AFTER = new Set([",", "of", "for", "on", "in", "at", "to", "including"]);
/** Folded words with commas kept, for "cut at a comma". */
const tokens = (name: string) => name.replace(/[,/]/g, " , ").split(/\s+/).flatMap((t) => (t === "," ? [","] : foldWords(t)));
const content = (name: string) => new Set(foldWords(name).filter((w) => !STOP.has(w)));

/** Pairs of one kind whose names are variants the folds did not join (word order, a cut, contained words). */
function variantPairs(entities: EntityRecord[]): EntityReview["nearNames"] {
  const out: EntityReview["nearNames"] = [];
  const all = entities.map((e) => ({ e, words: content(e.name), tokens: tokens(e.name), key: nameKey(e.name) }));
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [x, y] = [all[i]!, all[j]!];
      if (x.e.kind !== y.e.kind || x.key === y.key) continue;
      const [short, long] = x.tokens.length <= y.tokens.length ? [x, y] : [y, x];
      const same = x.words.size === y.words.size && [...x.words].every((w) => y.words.has(w));
      if (same && x.words.size >= 2) out.push({ a: x.e, b: y.e, why: "same content words in another order" });
      else if (short.tokens.length >= 2 && short.tokens.every((t, k) => long.tokens[k] === t) && CUT_AFTER.has(long.tokens[short.tokens.length]!))
        out.push({ a: short.e, b: long.e, why: "one name is the other cut at a comma, slash or complement" });
      // A sub-unit holds its parent's words ("Statistics Division of UN DESA"): that is no duplicate.
      else if (short.words.size >= 3 && long.e.parentId !== short.e.id && [...short.words].every((w) => long.words.has(w))) out.push({ a: short.e, b: long.e, why: "one name's content words are all in the other" });
      // "X Mechanism Thematic Working Group on A including B" / "X Conference Thematic Working Group on A including B".
      else if (sharedEnding(x.tokens, y.tokens) >= 6) out.push({ a: x.e, b: y.e, why: "one body written after two owners" });
    }
  }
  return out;
}

/** How many folded words two names end on together, after owners of two words or more, when that ending holds a complement. */
function sharedEnding(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  // One name the other's tail is the owner-prefix folds' case; a one-word difference is two units of one body
  // ("Population Division of X" / "Statistics Division of X"): owners are names of two words or more.
  if (a.length - n < 2 || b.length - n < 2) return 0;
  return a.slice(a.length - n).some((w) => w === "on" || w === "for" || w === "of") ? n : 0;
}

/** "forum:x-8-rights": a numbered meeting's id should end in its ordinal and a meeting noun ("-8-conference"). */
const ORDINAL_SLUG = /-\d+-([a-z]+)$/;
const MEETING_NOUNS = new Set([...MEETINGS.words, ...meetingNounsWhere(() => true, ["plenary"]), "group"]);
const MEETING_HEAD_WORDS = new Set(MEETS_NOUNS);

/**
 * Meetings and series that may be one: two meetings of one series with the same year; two series whose names differ
 * only in their meeting head ("Ibero-American Forum on X" / "Ibero-American Meeting on X").
 */
function meetingPairs(entities: EntityRecord[]): EntityReview["nearNames"] {
  const out: EntityReview["nearNames"] = [];
  const byYear = new Map<string, EntityRecord[]>();
  for (const e of entities) if (e.isEvent && e.year && e.parentId) byYear.set(`${e.parentId}|${e.year}`, [...(byYear.get(`${e.parentId}|${e.year}`) ?? []), e]);
  for (const group of byYear.values()) for (let i = 1; i < group.length; i++) out.push({ a: group[0]!, b: group[i]!, why: "two meetings of one series in one year" });
  const byFrame = new Map<string, EntityRecord[]>();
  for (const e of entities) {
    if (e.kind !== "FORUM" || e.isEvent) continue;
    const head = headWord(e.name);
    if (!head || !MEETING_HEAD_WORDS.has(head.toLowerCase())) continue;
    const frame = foldWords(e.name.replace(new RegExp(`\\b${head}\\b`), "*")).join(" ");
    byFrame.set(frame, [...(byFrame.get(frame) ?? []), e]);
  }
  for (const group of byFrame.values()) for (let i = 1; i < group.length; i++) out.push({ a: group[0]!, b: group[i]!, why: "one series name with another meeting head" });
  return out;
}

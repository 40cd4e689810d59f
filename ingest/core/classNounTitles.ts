import type { EntityKind } from "../../src/ontology/ontology.js";
import { headKind } from "./headKind.js";
import type { NameRule } from "./NameRule.js";
import { HEAD_NOUNS } from "./nameRules.js";
import { entityId } from "../../src/ontology/ids.js";
import type { PassageScan } from "./PassageScan.js";
import { laterAcronymUses } from "./laterAcronymUses.js";
import { PROGRAMME_NOUNS } from "./programmeNouns.js";
import { titleRunPattern } from "./titleRun.js";
import { isStageLabel } from "./stageLabel.js";
import { knownNameAtEdge, titleAcronym } from "./titleMention.js";

/**
 * A title whose kind is stated by a class noun the writer puts beside it, not by a head noun of its own:
 *   - the class noun before the title, the acronym closing it: "the project Migration, Environment and Climate
 *     Change: Evidence for Policy (MECLEP)";
 *   - the acronym first, its expansion in brackets, a classifying "is a …": "MIEUX (Migration EU Expertise) is a
 *     peer-to-peer facility";
 *   - a title opening its sentence and classified by "is a …": "Safe and Fair: Realizing … region is a programme of
 *     the ILO" (the words before the colon are its short name);
 *   - a title in single quotes before a class noun: "the ‘I am a migrant’ campaign".
 * Such titles ("Safe and Fair", "Towards …") are often no noun phrase at all, so only the class noun types them.
 * The class noun is a head noun of nameRules.ts (HEAD_NOUNS, lower case), so its kind is the name's.
 */
export const CLASS_NOUN_TITLES: NameRule = {
  id: "class-noun-titles",
  what: "A title typed by the class noun beside it: 'the project <Title> (ACR)', 'ACR (<Title>) is a … facility', 'ACR (<Title>), a joint UN programme' (the acronym in capitals and opening with the title's first letter; it then names the title's later uses in the passage too, laterAcronymUses.ts), '<Title>[: subtitle] is a … programme' opening a sentence, and a title in single quotes before a programme noun. A title that needs no class noun (its own head), a title with no closing acronym after a class noun, a descriptive copula ('is a priority', 'is a member') and a person's title name nothing new.",
  words: ["is", "was", "has been", "became"],
  positive: [
    { text: "The project Fishers, Ports and Climate: Evidence for Coastal Policy (FPCE) was funded by Norway.", name: "Fishers, Ports and Climate: Evidence for Coastal Policy", kind: "INITIATIVE" },
    { text: "COSTEX (Coastal Skills Exchange) is a peer-to-peer facility financed by Norway.", name: "Coastal Skills Exchange", kind: "INITIATIVE" },
    { text: "Safe Harbours: Protecting fishers on the move in West Africa is a programme of the ILO financed by Norway.", name: "Safe Harbours: Protecting fishers on the move in West Africa", kind: "INITIATIVE" },
    { text: "In 2014 it was renamed. Coastal Statistics Norway is an agency that gathers data on fishers.", name: "Coastal Statistics Norway", kind: "ORGANIZATION" },
    { text: "The ‘Fish Fair’ campaign was started by IOM in 2015.", name: "Fish Fair", kind: "INITIATIVE" },
    { text: "Coastal Voices Together is a regional network of fishers' groups.", name: "Coastal Voices Together", kind: "INITIATIVE" },
    // Coordinated or comma-listed premodifiers before the class noun.
    { text: "Harbours, Fisheries and Climate: Evidence for Coastal Policy (HFCE) was a four-year research and capacity-building project run by UNEP.", name: "Harbours, Fisheries and Climate: Evidence for Coastal Policy", kind: "INITIATIVE" },
    { text: "Coastal Work Routes (CWR) is a two-year, multi-country training programme of the ILO.", name: "Coastal Work Routes", kind: "INITIATIVE" },
    { text: "Safe Decks Together was a small or medium-sized grant scheme for crews' unions.", name: "Safe Decks Together", kind: "INITIATIVE" },
    // The acronym first and an apposed class noun, mid-sentence; an acronym in capitals may premodify it ("a joint UN programme").
    { text: "Most of the work was paid for by DELTA (Decent Employment for Lagoon Traders in Africa), a joint UN programme run by the ILO.", name: "Decent Employment for Lagoon Traders in Africa", kind: "INITIATIVE" },
    { text: "Harbour clinics joined SHORE (Seafarers' Health on Return), an ILO project for crews.", name: "Seafarers' Health on Return", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Coastal Migration is a priority for the ILO.", name: "Coastal Migration" },
    { text: "Ghana and Togo is a pairing that works, IOM said.", name: "Ghana and Togo" },
    { text: "The project Fishers and Ports was funded by Norway.", name: "Fishers and Ports" },
    { text: "Ana Lopes Ferreira is a member of the board.", name: "Ana Lopes Ferreira" },
    { text: "In 2016 Norway is a donor to the fund.", name: "In 2016 Norway" },
    { text: "This Coastal Programme is a project of the ILO.", name: "This Coastal Programme" },
    { text: "As the UK is a centre of learning, IOM opened an office there.", name: "As the UK" },
    { text: "The ‘fish fair’ campaign was started by IOM in 2015.", name: "fish fair" },
    // A coordinated chain whose head is no class noun, or a second noun phrase after "and a".
    { text: "Coastal Migration Research was a long-term and urgent priority for the ILO.", name: "Coastal Migration Research" },
    { text: "Harbour Crew Welfare is a partner and a project donor in Ghana.", name: "Harbour Crew Welfare" },
    { text: "Ana Lopes Ferreira was a researcher and project officer at the ILO.", name: "Ana Lopes Ferreira" },
    // Apposed after an acronym: letters that do not open the title, or an apposition with no class noun.
    { text: "Funds reached CARE (Delta Women Traders), a network of market groups.", name: "Delta Women Traders" },
    { text: "Aid went to MIRA (Migrant Inland Road Aid), a priority for donors.", name: "Migrant Inland Road Aid" },
  ],
};

/** Class nouns, lower case, with their kinds (HEAD_NOUNS). */
const CLASS = new Map<string, EntityKind>();
for (const [kind, words] of Object.entries(HEAD_NOUNS.words) as Array<[EntityKind, string[]]>) for (const w of words) CLASS.set(w.toLowerCase(), kind);
CLASS.set("ngo", "ORGANIZATION");
/**
 * Class nouns that name a programme, as a writer puts them before a title ("the project X (ACR)"): a programme's own
 * (PROGRAMME_NOUNS), and the platforms, partnerships, networks, mechanisms and portals a title before its acronym also
 * names as an initiative.
 */
const CLASS_NOUNS = [...PROGRAMME_NOUNS, "platform", "partnership", "network", "mechanism", "portal"].join("|");

/**
 * The title run (titleRun.ts) with digits in its words, "into" and "&" among its small words, and a comma or a colon
 * between words: "Migration, Environment and Climate Change: Evidence for Policy".
 */
const TITLE = titleRunPattern({ addSmall: ["into", "&"], digits: true, punctuation: "[,:]" });
const ACRONYM = "[A-Z][A-Za-z.\\-]{1,12}";
/** A sentence's start: the passage start, a line break or a full stop. */
const OPENS = "(?:^|(?<=\\n)|(?<=[.!?]\\s+))";
/** "is a", "was an", "has been a", "became a"; the words after it are read by `classKind`. */
const IS_A = "\\s+(?:is|was|has\\s+been|became)\\s+(?:a|an)\\s+([^.;:()\\n]{2,80})";

const AFTER_CLASS = new RegExp(`\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+(?:new\\s+|joint\\s+|regional\\s+|global\\s+)?(?:${CLASS_NOUNS})\\s+(${TITLE})\\s*\\((${ACRONYM})\\)`, "gu");
const ACRONYM_FIRST = new RegExp(`${OPENS}(${ACRONYM})\\s+\\((${TITLE})\\)${IS_A}`, "gu");
/** "… backed by GOALS (Governance of …), a joint UN programme": a coined acronym in capitals, its expansion, an apposed "a …". */
const ACRONYM_FIRST_APPOSED = new RegExp(`(?<![\\p{L}\\p{N}])([A-Z][A-Z0-9\\-]{1,12})\\s+\\((${TITLE})\\),\\s+(?:a|an)\\s+([^.;:()\\n]{2,80})`, "gu");
/** The subtitle after a colon may be in sentence case: it runs to "is a", never over a bracket or a full stop. */
const TITLE_FIRST = new RegExp(`${OPENS}(${TITLE}(?::\\s+[^.;()\\n]{3,120}?)?)(?:\\s*\\((${ACRONYM})\\))?,?${IS_A}`, "gu");
/** The words of IS_A alone, for the gate before ACRONYM_FIRST and TITLE_FIRST. */
const IS_A_WORDS = /\s(?:is|was|been|became)\s+an?\s/;
const SINGLE_QUOTED = new RegExp(`(?<![\\p{L}\\p{N}])[‘']([A-Z][^’'\\n]{2,80}?)[’']\\s+(${CLASS_NOUNS})\\b`, "gu");

/** Words that open a sentence without naming anything: determiners, pronouns, conjunctions, prepositions, titles of persons. */
const NOT_A_TITLE_START = /^(?:The|This|That|These|Those|It|Its|Their|Our|His|Her|We|They|He|She|You|I|A|An|Each|Every|Such|Another|All|Both|Some|Many|Most|In|On|At|By|For|From|Since|During|After|Before|With|As|If|When|While|Whereas|Although|Though|Because|Unless|Once|Where|Whether|So|Yet|But|And|Or|Today|Now|Here|There|Mr|Mrs|Ms|Dr)\b/;
/** Words between the article and the class noun that make it a role, not a class ("a member", "a donor" are not class nouns anyway). */
const MODIFIER = /^[\p{Ll}][\p{Ll}\-]*$|^[\p{L}]+-[\p{Ll}\-]+$|^[A-Z]{2,5}$/u;

export interface ClassNounTitle {
  name: string;
  start: number;
  kind: EntityKind;
  acronym: string | null;
  acronymStart: number;
  /** The short name before a subtitle's colon ("Safe and Fair"). */
  short: string | null;
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/** Words that close the noun phrase after "is a": a preposition, a relative, a participle. */
const STOP = /^(?:of|for|on|in|at|to|from|with|by|under|between|among|that|which|who|whose|and|or|based|run|led|set|[a-z]+ed)$/;

/** A conjunction joining two premodifiers of one head ("a research and capacity-building project"). */
const JOIN = /^(?:and|or)$/;
/** A word that opens a second noun phrase, not a premodifier: an article or a possessive. */
const OPENS_PHRASE = /^(?:a|an|the|its|their|his|her|our|this|that|these|those)$/;

/**
 * The kind of the noun phrase after "is a": its head is the last word before a preposition, a relative or a
 * participle ("a peer-to-peer facility financed by", "a regional network of", "a trust fund that"), and every word
 * before the head is a lower-case modifier. "a priority for", "a member of" have no class noun for a head.
 * Premodifiers may be coordinated or listed with commas ("a three-year research and capacity-building project",
 * "a three-year, multi-country research project"): the chain is read on over "and", "or" or a comma while the next
 * word is a lower-case modifier, and where that longer reading has no class noun for a head, the phrase is read as
 * before, up to the first conjunction or comma ("a donor and partner of").
 */
export function classKind(after: string): EntityKind | null {
  const raws = after.split(/\s+/);
  const read = (chain: boolean): EntityKind | null => {
    const run: string[] = [];
    for (let i = 0; i < raws.length; i++) {
      const raw = raws[i]!;
      const w = raw.replace(/[,’']+$/, "");
      const next = raws[i + 1]?.replace(/[,’']+$/, "") ?? "";
      const goesOn = chain && MODIFIER.test(next) && !STOP.test(next) && !OPENS_PHRASE.test(next);
      if (JOIN.test(w) && goesOn && run.length > 0) continue;
      if (STOP.test(w) || !w) break;
      run.push(w);
      if ((raw !== w && !(raw.endsWith(",") && goesOn)) || run.length > (chain ? 7 : 5)) break;
    }
    const head = run.pop();
    if (!head || !run.every((w) => MODIFIER.test(w))) return null;
    return CLASS.get(head === "NGO" ? "ngo" : head) ?? null;
  };
  return read(true) ?? read(false);
}

/** A title a class noun must type: two words or more, not opening like a clause, not already headed by a kind noun. */
function titleNeedsClass(title: string): boolean {
  const short = title.split(":")[0]!;
  // STAGE_LABELS: "Phase II was a single meeting" gives a stage, not a name, whatever the class noun says.
  if (words(short).length < 2 || NOT_A_TITLE_START.test(title) || isStageLabel(title)) return false;
  return !headKind(short);
}

/** Titles typed by a class noun in a passage (CLASS_NOUN_TITLES); the caller skips those over known names. */
export function classNounTitles(text: string): ClassNounTitle[] {
  const out: ClassNounTitle[] = [];
  const acronymAt = (from: number, acronym: string | undefined) => (acronym ? text.indexOf(`(${acronym})`, from) + 1 : -1);
  // Each pattern tries a title at every capital or quote; cheap tests of what each needs skip most passages.
  const bracket = text.includes("(");
  const isA = IS_A_WORDS.test(text);
  for (const m of bracket ? text.matchAll(AFTER_CLASS) : []) {
    const name = m[1]!;
    if (words(name).length < 3 || headKind(name)) continue;
    const start = m.index! + m[0].lastIndexOf(name, m[0].length - m[2]!.length - 2);
    out.push({ name, start, kind: "INITIATIVE", acronym: m[2]!, acronymStart: acronymAt(start + name.length, m[2]), short: null });
  }
  for (const m of bracket && isA ? text.matchAll(ACRONYM_FIRST) : []) {
    const [whole, acronym, name, after] = m as unknown as string[];
    const kind = classKind(after!);
    if (!kind || kind === "COUNTRY" || words(name!).length < 2) continue;
    const start = m.index! + whole!.indexOf(`(${name}`) + 1;
    out.push({ name: name!, start, kind, acronym: acronym!, acronymStart: m.index!, short: null });
  }
  // The apposed form: the acronym spells from the title's first letter ("GOALS (Governance …)"), so a place or body
  // before a bracketed note ("UNHCR (Geneva Office), an agency …") is no definition.
  for (const m of bracket && /\),\s+an?\s/.test(text) ? text.matchAll(ACRONYM_FIRST_APPOSED) : []) {
    const [whole, acronym, name, after] = m as unknown as string[];
    const kind = classKind(after!);
    if (!kind || kind === "COUNTRY" || words(name!).length < 2 || acronym![0] !== name![0]) continue;
    out.push({ name: name!, start: m.index! + whole!.indexOf(`(${name}`) + 1, kind, acronym: acronym!, acronymStart: m.index!, short: null });
  }
  for (const m of isA ? text.matchAll(TITLE_FIRST) : []) {
    const [, name, acronym, after] = m as unknown as Array<string | undefined>;
    const kind = classKind(after!);
    if (!kind || kind === "COUNTRY" || !titleNeedsClass(name!)) continue;
    const colon = name!.indexOf(":");
    const short = colon > 0 ? name!.slice(0, colon) : null;
    out.push({ name: name!, start: m.index!, kind, acronym: acronym ?? null, acronymStart: acronymAt(m.index! + name!.length, acronym), short });
  }
  for (const m of /[‘']/.test(text) ? text.matchAll(SINGLE_QUOTED) : []) {
    const name = m[1]!.replace(/[,.;:]+$/, "").trim();
    if (words(name).length > 12) continue;
    out.push({ name, start: m.index! + 1, kind: "INITIATIVE", acronym: null, acronymStart: -1, short: null });
  }
  return out;
}

/** The titles classNounTitles reads in a passage, as mentions and discovered names (recognise.ts, step 3d). */
export function classNounTitleMentions(scan: PassageScan): void {
  const { text } = scan;
  const { catalog } = scan.doc;
  for (const t of classNounTitles(text)) {
    const end = t.start + t.name.length;
    // A known name opening the title, or running past its edges, is that name, not a new title; one inside it is
    // a word of the title ("Statistics Norway", "Migration EU Expertise"), no mention of its own.
    if (knownNameAtEdge(scan, t.start, end)) continue;
    const inside = scan.mentions.filter((m) => m.localStart < end && m.localEnd > t.start);
    for (const m of inside) scan.mentions.splice(scan.mentions.indexOf(m), 1);
    const key = entityId(t.kind, t.name);
    if (catalog.byId.has(key)) continue;
    scan.discover({ key, kind: t.kind, name: t.name, acronym: t.acronym, ...(t.short ? { alias: t.short } : {}), kindStated: true });
    scan.push({ localStart: t.start, localEnd: end, kind: t.kind, key, method: "name-pattern", confidence: 0.75 });
    if (t.acronym && t.acronymStart >= 0 && titleAcronym(scan, t.acronym, t.acronymStart, key, t.kind, 0.75)) {
      laterAcronymUses(scan, t.acronym, end, { id: key, kind: t.kind });
    }
  }
}

import type { EntityKind, RelationType } from "../../src/ontology/ontology.js";
import { escapeRegExp } from "./escapeRegExp.js";
import { SAME_THING_MODIFIERS } from "./meetingNouns.js";
import { remembered } from "./remembered.js";

/**
 * Definite descriptions as data: "the Task Force", "the centre", "the event", "this window".
 * A head word names what kind of thing is meant; coreference.ts resolves the description to an
 * entity named earlier in the same section (or, failing that, the chapter's agency or the page's
 * topic).
 *  - `carries`: the entity's own name must contain the head word ("the Task Force" is the
 *    "… Task Force on …" named before, never any forum). A bare head word like "group" or
 *    "centre" says too little about the kind to be taken on kind alone.
 *  - `event`: the description speaks of a dated meeting ("the event", "the meeting"); only a
 *    meeting already named can be meant.
 *  - Heads without `carries` or `event` (programme, treaty …) take the most recent entity of their
 *    kind: a page about one programme says "the programme" for it even where the name lacks the word.
 * When two entities that carry the head word were named in the same sentence ("the Bali Process
 * and the Colombo Process"), "the Process" after it is ambiguous and resolves to neither.
 */
export interface DescriptionHead {
  /** Head, one or two words; alternatives spelled out ("organization organisation"). Written capitalised, a head is read only so ("the Convention", not "the convention"). */
  words: string[];
  kinds: EntityKind[];
  carries?: boolean;
  event?: boolean;
  /** Names a part of another entity (a programme's phase), never a class a body is defined as (definedClass.ts). */
  part?: boolean;
  /** Where no name in reach carries the head, the only body of the head's own kinds named in the section (describedReferent.ts). */
  sole?: boolean;
}

export const DESCRIPTION_HEADS: DescriptionHead[] = [
  // Capitalised "the Conference", like "the Consultation", names the standing body whose name carries it
  // ("the South American Conference on Migration … the Conference gathers"); lower-case "the conference" is a meeting.
  { words: ["forum", "process", "dialogue", "Consultation", "Consultations", "Conference"], kinds: ["FORUM"], carries: true },
  // "the group", "the body" say what sort of thing by their class alone: a name that carries the word is meant first
  // ("the Contact Group"); where none does, the one forum (or, for "the body", the one forum or organization) the section
  // has named ("The Pacific Rim Consultation … the group was chaired by Chile"), and none where two are in reach.
  { words: ["group"], kinds: ["FORUM"], carries: true, sole: true },
  { words: ["body"], kinds: ["FORUM", "ORGANIZATION"], carries: true, sole: true },
  { words: ["task force", "working group", "steering committee", "core group", "network", "alliance"], kinds: ["FORUM", "INITIATIVE", "ORGANIZATION"], carries: true },
  { words: ["programme", "program", "project", "initiative", "facility", "platform", "campaign", "partnership"], kinds: ["INITIATIVE"] },
  { words: ["database", "observatory", "academy", "scheme", "compact", "Pact", "framework", "agenda", "window", "trust fund"], kinds: ["INITIATIVE"], carries: true },
  // Capitalised "the Fund" is the fund or the body named before whose name carries it ("the EU Regional Trust Fund for X …
  // the Fund works in"; "the International Fund for Y … the Fund's board"); lower-case "the fund" may be any money.
  { words: ["Fund"], kinds: ["INITIATIVE", "ORGANIZATION"], carries: true },
  // "The third phase is funded by …": a programme's phase the text named ("… Phase III", programmePhases.ts), by its number.
  { words: ["phase"], kinds: ["INITIATIVE"], carries: true, part: true },
  { words: ["treaty", "Convention", "Protocol", "Covenant", "instrument"], kinds: ["CONVENTION"] },
  {
    words: ["division", "office", "unit", "agency", "centre", "center", "committee", "commission", "department", "secretariat", "board", "council", "institute", "bank", "organization", "organisation"],
    kinds: ["ORGANIZATION"],
    carries: true,
  },
  // Capitalised "the Community", "the Union", "the Association" name the regional body whose name carries it ("the Andean
  // Community … the Community's committee"); lower-case "the community" is people, "the association" any club.
  { words: ["Community", "Union", "Association"], kinds: ["ORGANIZATION"], carries: true },
  // An office named by the title of the one who heads it ("Office of the UN High Commissioner for Refugees"): "the High
  // Commissioner" convening or opening a meeting is that office acting through its head, as "IOM Director General X
  // attended" is IOM. Capitalised only, and only an office whose name carries the title ("the high commissioner of a
  // state's mission" is nobody's office).
  { words: ["High Commissioner"], kinds: ["ORGANIZATION"], carries: true },
  // Lower-case "the consultation", "the session" speak of one meeting; "the Consultation" names the standing forum.
  // News wording too: "Malta hosted the talks", "the gathering was attended by" speak of the meeting named before.
  { words: ["event", "meeting", "summit", "conference", "consultation", "session", "talks", "gathering"], kinds: ["FORUM"], event: true },
  // "the workshop", "the retreat": a meeting whose own name or description says so (a described meeting, describedMeeting.ts);
  // never the last meeting of another kind ("the workshop" after a conference is some other sitting).
  { words: ["workshop", "seminar", "retreat", "round table"], kinds: ["FORUM"], event: true, carries: true },
];

/** Spellings that name the same head: a name with "Center" carries "the centre". */
const SPELLINGS: Record<string, string> = { center: "centre", organisation: "organization", program: "programme", consultations: "consultation" };
export const spelling = (w: string): string => w.split(" ").map((x) => SPELLINGS[x] ?? x).join(" ");

// A head is looked up as written first ("Consultation" and "consultation" are two heads), then in lower case.
const byWord = new Map<string, DescriptionHead>(DESCRIPTION_HEADS.flatMap((h) => h.words.map((w) => [w, h] as const)));
for (const h of DESCRIPTION_HEADS) for (const w of h.words) if (!byWord.has(w.toLowerCase())) byWord.set(w.toLowerCase(), h);
export const headFor = (phrase: string): DescriptionHead | undefined => {
  const written = phrase.replace(/\s+/g, " ");
  return byWord.get(written) ?? byWord.get(written.toLowerCase());
};

// Longest heads first, so "the working group" is not read as "the group".
const caseOf = (w: string) => (/^[A-Z]/.test(w) ? w : w.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`));
const alternatives = DESCRIPTION_HEADS.flatMap((h) => h.words)
  .sort((a, b) => b.length - a.length)
  .map((w) => caseOf(w).replace(/ /g, "\\s+"))
  .join("|");
const ORDINAL = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|next|previous|last|same|\\d{1,2}(?:st|nd|rd|th))";

/**
 * "Wednesday's talks", "Friday's two-day meeting": in a news report the day names the meeting it reports as "the" does;
 * only before a meeting's head ("Monday's programme" is no description).
 */
const EVENT_WORDS = DESCRIPTION_HEADS.filter((h) => h.event).flatMap((h) => h.words);
const WEEKDAY_OWNER = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s(?=\\s+(?:${SAME_THING_MODIFIERS}\\s+)?(?:${EVENT_WORDS.join("|")})\\b)`;
/**
 * "the Task Force", "the second Forum", "this window": an article or demonstrative, an optional
 * ordinal, the head; not followed by "of"/"for"/"on" or a capitalised word, which make it the start
 * of a name or of a new phrase ("the organization of the meeting", "the Forum on Remittances"). A possessive
 * description is its owner ("the project's donors include A"), except before a capitalised name, which is the
 * owner's own body ("the Process's Steering Committee").
 */
export const DEFINITE_DESCRIPTION = new RegExp(`\\b(?:[Tt]he|[Tt]his|[Tt]hat|${WEEKDAY_OWNER})\\s+(?:${ORDINAL}\\s+)?(?:${SAME_THING_MODIFIERS}\\s+)?(${alternatives})\\b(?!\\s+(?:of|for|on|[A-Z0-9]))(?!-|[’']s?\\s+[A-Z])(?![’'](?!s?\\s))`, "g");
/**
 * "the diplomatic treaty", "the territorial convention": a lower-case word of one entity's name before a head tells
 * which of several entities of that kind is meant (coreference.ts resolves it only where exactly one name has the word).
 */
const MODIFIABLE = DESCRIPTION_HEADS.filter((h) => !h.event).flatMap((h) => h.words).filter((w) => !w.includes(" ")).map((w) => w.toLowerCase());
export const MODIFIED_DESCRIPTION = new RegExp(`\\b[Tt]he\\s+([a-z][a-z-]{3,})\\s+(${[...new Set(MODIFIABLE)].join("|")})\\b(?!\\s+(?:of|for|on|[A-Z0-9]))`, "g");
/**
 * "This research and advocacy project", "the pilot programme": words that say what sort of programme it is, not which
 * one, before a head that takes the latest programme named ("the project"). Unlike a word of one name
 * (MODIFIED_DESCRIPTION), they pick no name: the description is the head's, as if they were not written. A word that
 * could tell two programmes apart ("the second project", "the regional programme" beside a national one) is no sort.
 */
export const PROGRAMME_SORTS = ["research", "advocacy", "pilot", "training", "exchange", "mapping", "multi-year", "two-year", "three-year", "four-year", "five-year"];
const PROGRAMME_HEADS = DESCRIPTION_HEADS.filter((h) => h.kinds.length === 1 && h.kinds[0] === "INITIATIVE" && !h.carries && !h.event).flatMap((h) => h.words);
const SORT = `(?:${PROGRAMME_SORTS.join("|")})`;
export const SORTED_DESCRIPTION = new RegExp(`\\b(?:[Tt]he|[Tt]his|[Tt]hat)\\s+${SORT}(?:(?:,\\s*|\\s+and\\s+)${SORT})*\\s+(${PROGRAMME_HEADS.join("|")})\\b(?!\\s+(?:of|for|on|[A-Z0-9]))(?!-|[’']s?\\s+[A-Z])`, "g");

/** "the Forum in Mexico" is one of the Forum's meetings, not the Forum; "the conference in Yemen" may be any conference held there. */
export const VENUE_AFTER = /^\s+in\s+[A-Z]/;

// Asked for every salient entity at every description: the answer depends on the two strings alone (remembered.ts).
const carried = remembered((key) => {
  const at = key.indexOf("\u0000");
  return readCarriesHead(key.slice(at + 1), key.slice(0, at));
}, 100_000);

/** Does an entity's name (or one of its aliases, "|"-joined) carry the head word? */
export function carriesHead(names: string, head: string): boolean {
  return carried(`${head}\u0000${names}`);
}

/**
 * Words that may follow a name's own head: "Global Forum on Migration", "Programme of Action", "Fund for Africa", and
 * a number ("Phase II"). Any other word after the head word means it modifies a later head ("Bali Process Steering
 * Group" is a group). A comma ends the words that may follow the head: each comma-parted field of a name is read as a
 * name of its own ("Tasman Labour Process meeting, Wellington, 3 March 2021" is headed by "meeting").
 */
const AFTER_HEAD = new Set(["of", "on", "for", "in", "against", "to", "and", "between", "with", "among", "from"]);

/**
 * The head word must be the name's own head: not a word of another body's name inside it, whether that name comes
 * after "of the" ("Steering Group of the Bali Process" is no process) or before the head ("Bali Process Steering
 * Group"), so that a generic body named after its owner does not answer for the owner.
 */
function readCarriesHead(names: string, head: string): boolean {
  const h = spelling(head.toLowerCase()).split(" ");
  return names.toLowerCase().split("|").some((alias) => {
    // A comma right after the head closes the name's own words: "X meeting, Wellington, 3 March 2021" (a meeting's
    // occasion name) is headed by "meeting" as "X meeting, 3 March 2021" is.
    alias = alias.replace(/,.*$/, (rest) => (new RegExp(`\\b${escapeRegExp(h[h.length - 1]!)}s?\\s*$`).test(alias.slice(0, alias.length - rest.length)) ? "" : rest));
    const words = alias.replace(/[^a-z0-9]+/g, " ").trim().split(" ").map(spelling);
    for (let i = 0; i + h.length <= words.length; i++) {
      const last = words[i + h.length - 1]!;
      if (!h.every((w, k) => (k === h.length - 1 ? last === w || last === `${w}s` : words[i + k] === w))) continue;
      const next = words[i + h.length];
      if (next !== undefined && !AFTER_HEAD.has(next) && !/^(?:[ivx]+|\d+)$/.test(next)) continue;
      if (words.slice(0, i).join(" ").match(/\bof the\b/)) continue;
      return true;
    }
    return false;
  });
}

export interface DescriptionExample {
  text: string;
  /** The relation the description makes readable ([type, sourceId, targetId]). */
  expect: [RelationType, string, string];
}

/** Sentences every head reading must get right; test/unit/descriptionHeads.test.ts runs them through the whole pipeline. */
export const DESCRIPTION_EXAMPLES: { positive: DescriptionExample[]; negative: DescriptionExample[] } = {
  positive: [
    // "the Pact" is the pact named before, whose name carries the word.
    {
      text: "Ministers agreed the Lagoon Pact on Crew Welfare in 2021.\n\nThe European Union Agency for Asylum supports the Pact with training.",
      expect: ["SUPPORTS", "org:euaa", "ini:lagoon-pact-on-crew-welfare"],
    },
    // An office named by its head's title: "the High Commissioner" acts for the office whose name carries the title.
    {
      text: "The UN High Commissioner for Refugees set up the Reef Protection Forum in 2009.\n\nThe High Commissioner chairs the Reef Protection Forum every year.",
      expect: ["CHAIRED", "org:unhcr", "forum:reef-protection-forum"],
    },
    {
      text: "UNDP runs the Coastal Fisheries Programme.\n\nPhase II, 2018-2022. The second phase is funded by Norway.",
      expect: ["FUNDS", "ctry:no", "ini:coastal-fisheries-programme-phase-ii"],
    },
    {
      text: "The United Nations Task Force on Transnational Organized Crime was set up in 2011. The Task Force is co-chaired by UNODC and the United Nations Department of Political Affairs (DPA).",
      expect: ["CHAIRED", "org:unodc", "forum:united-nations-task-force-on-transnational-organized-crime"],
    },
    {
      text: "The International Centre for Migration Policy Development (ICMPD) works in Vienna. The centre supports the Budapest Process.",
      expect: ["SUPPORTS", "org:icmpd", "forum:budapest-process"],
    },
    { text: "The Colombo Process brings together countries of origin. IOM supports the Process.", expect: ["SUPPORTS", "org:iom", "forum:colombo-process"] },
    { text: "Ministers gathered for the 5th Ministerial Meeting of the Colombo Process. The meeting was hosted by Sri Lanka.", expect: ["HOSTED", "ctry:lk", "forum:colombo-process-5-meeting"] },
    { text: "Officials prepared the third Ministerial Consultation of the Abu Dhabi Dialogue. Delegations from Nepal and India attended the consultation.", expect: ["PARTICIPATES_IN", "ctry:np", "forum:abu-dhabi-dialogue-3-consultation"] },
    // "the meeting" is the last meeting named, also when its own head word is another ("Consultation").
    { text: "Officials prepared the third Ministerial Consultation of the Abu Dhabi Dialogue. Kuwait hosted the meeting.", expect: ["HOSTED", "ctry:kw", "forum:abu-dhabi-dialogue-3-consultation"] },
    { text: "Officials prepared the third Ministerial Consultation of the Abu Dhabi Dialogue. Kuwait hosted the third consultation.", expect: ["HOSTED", "ctry:kw", "forum:abu-dhabi-dialogue-3-consultation"] },
    // A news report's day names the meeting it reports: "Wednesday's talks".
    { text: "Ministers gathered on Wednesday for the 4th Ministerial Meeting of the Colombo Process. Sri Lanka chaired Wednesday's talks.", expect: ["CHAIRED", "ctry:lk", "forum:colombo-process-4-meeting"] },
    // A modifier that keeps it the same meeting: "the two-day session".
    { text: "Officials prepared the third Ministerial Consultation of the Abu Dhabi Dialogue. Kuwait hosted the two-day session.", expect: ["HOSTED", "ctry:kw", "forum:abu-dhabi-dialogue-3-consultation"] },
    // Capitalised "the Conference" is the standing body whose name carries it.
    { text: "The Andean Conference on Mobility met in Lima. The Conference brings together Peru, Chile and Bolivia.", expect: ["MEMBER_OF", "ctry:cl", "forum:andean-conference-on-mobility"] },
    // A numbered one is the body's meeting of the year stated, here by the paragraph's dateline.
    { text: "The Andean Conference on Mobility meets every year.\n\nQuito, 2015. Ecuador hosted the ninth Conference.", expect: ["HOSTED", "ctry:ec", "forum:andean-conference-on-mobility-2015"] },
    // A capitalised "the Community" or "the Union" is the regional body named before whose name carries the word.
    {
      text: "The Southern African Development Community was founded in 1992. The Community supports the Migration Dialogue for Southern Africa.",
      expect: ["SUPPORTS", "org:sadc", "forum:midsa"],
    },
    {
      text: "The African Union was founded in 2002. The Union supports the Khartoum Process.",
      expect: ["SUPPORTS", "org:african-union", "forum:khartoum-process"],
    },
    { text: "The South Asian Association for Regional Cooperation met in Kathmandu. Bhutan is a founding member of the Association.", expect: ["MEMBER_OF", "ctry:bt", "org:saarc"] },
    { text: "The Coastal Relief Trust Fund for West Africa was set up in 2015. The Fund works in Ghana and Togo.", expect: ["OPERATES_IN", "ini:coastal-relief-trust-fund-for-west-africa", "ctry:gh"] },
  ],
  negative: [
    // Lower-case "the pact" may be any agreement (here an unnamed one), never a named pact before it.
    { text: "The Atoll Pact for Fishing Crews was signed in 2016. Later, Palau and Nauru struck a short pact on labour. Italy pays for the pact.", expect: ["FUNDS", "ctry:it", "ini:atoll-pact-for-fishing-crews"] },
    // "the Pact" is the pact named nearest before it, in its own sentence too, not the first one on the page.
    { text: "The Atoll Pact for Fishing Crews was signed in 2016. The Delta Pact on Harbour Work created the Port Skills Network; IOM backs the Pact.", expect: ["SUPPORTS", "org:iom", "ini:atoll-pact-for-fishing-crews"] },
    // "the pact" is no compact: the name must carry the word itself, not inside another.
    {
      text: "Ministers agreed the Lagoon Compact on Crew Welfare in 2021.\n\nThe European Union Agency for Asylum supports the pact with training.",
      expect: ["SUPPORTS", "org:euaa", "ini:lagoon-compact-on-crew-welfare"],
    },
    // "the Fund" is only a name that carries "Fund"; lower-case "the fund" is any money.
    { text: "The Coastal Relief Programme was set up in 2015. The Fund works in Ghana and Togo.", expect: ["OPERATES_IN", "ini:coastal-relief-programme", "ctry:gh"] },
    { text: "The Coastal Relief Trust Fund for West Africa was set up in 2015. Spain keeps a fund of its own; the fund works in Ghana.", expect: ["OPERATES_IN", "ini:coastal-relief-trust-fund-for-west-africa", "ctry:gh"] },
    // Lower-case, "the community" is people, not the body named before.
    {
      text: "The Southern African Development Community was founded in 1992. The local community supports the Migration Dialogue for Southern Africa.",
      expect: ["SUPPORTS", "org:sadc", "forum:midsa"],
    },
    // Lower-case, "the association" may be any club, not the body named before.
    { text: "The South Asian Association for Regional Cooperation met in Kathmandu. Bhutan is a founding member of the association of hill farmers.", expect: ["MEMBER_OF", "ctry:bt", "org:saarc"] },
    { text: "The South Asian Association for Regional Cooperation met in Kathmandu. Bhutan is a founding member of the association.", expect: ["MEMBER_OF", "ctry:bt", "org:saarc"] },
    // A name that does not carry the word is not "the Union".
    {
      text: "The African Development Bank was founded in 1964. The Union supports the Khartoum Process.",
      expect: ["SUPPORTS", "org:afdb", "forum:khartoum-process"],
    },
    // Lower-case, a state's envoy: "high commissioner" names no office, so the office named before is not meant.
    {
      text: "The UN High Commissioner for Refugees set up the Reef Protection Forum in 2009.\n\nThe Kenyan high commissioner chairs the Reef Protection Forum every year.",
      expect: ["CHAIRED", "org:unhcr", "forum:reef-protection-forum"],
    },
    // A body named after its owner is not the owner: "the Process" is no steering group or core group of one.
    { text: "The Bali Process Steering Group met in Bangkok in 2019. The Process is co-chaired by Australia and Indonesia.", expect: ["CHAIRED", "ctry:au", "forum:steering-group-of-the-bali-process"] },
    { text: "The Prague Process Core Group met in Vienna. The Process is chaired by Poland.", expect: ["CHAIRED", "ctry:pl", "forum:core-group-of-the-prague-process"] },
    // A phase is the one of its number: "the third phase" is not Phase II, the one named last.
    {
      text: "UNDP runs the Coastal Fisheries Programme.\n\nPhase II, 2018-2022. The third phase is funded by Norway.",
      expect: ["FUNDS", "ctry:no", "ini:coastal-fisheries-programme-phase-ii"],
    },
    // Two processes named together: "the Process" could be either.
    { text: "The Bali Process and the Colombo Process are dialogues. The Process is co-chaired by Indonesia.", expect: ["CHAIRED", "ctry:id", "forum:colombo-process"] },
    // A head word in a name that does not carry it: the Task Force is not the GMG.
    { text: "The Global Migration Group met in 2012. The Task Force is chaired by UNODC.", expect: ["CHAIRED", "org:unodc", "forum:gmg"] },
    // "the meeting" is the meeting named before; membership is in the Process, never in a meeting.
    {
      text: "Ministers gathered for the 5th Ministerial Meeting of the Colombo Process. The meeting admitted Cambodia as a new member of the Process.",
      expect: ["MEMBER_OF", "ctry:kh", "forum:colombo-process-5-meeting"],
    },
    // Two meetings named in one sentence: "the meeting" could be either.
    {
      text: "Officials compared the second Ministerial Consultation of the Abu Dhabi Dialogue with the third Ministerial Consultation of the Abu Dhabi Dialogue. Kuwait hosted the meeting.",
      expect: ["HOSTED", "ctry:kw", "forum:abu-dhabi-dialogue-3-consultation"],
    },
    // A numbered meeting is the one of that number, not the last one named.
    { text: "Officials prepared the third Ministerial Consultation of the Abu Dhabi Dialogue. A year later Kuwait hosted the fourth consultation.", expect: ["HOSTED", "ctry:kw", "forum:abu-dhabi-dialogue-3-consultation"] },
    // A day's side meeting is another event; a day's programme is no meeting.
    { text: "Ministers gathered on Wednesday for the 4th Ministerial Meeting of the Colombo Process. Sri Lanka chaired Wednesday's side meeting.", expect: ["CHAIRED", "ctry:lk", "forum:colombo-process-4-meeting"] },
    { text: "IOM runs the Coastal Skills Programme. Ministers gathered for the 4th Ministerial Meeting of the Colombo Process. Norway funded Monday's programme.", expect: ["FUNDS", "ctry:no", "ini:coastal-skills-programme"] },
    // A side meeting is another event than the consultation.
    { text: "Officials prepared the third Ministerial Consultation of the Abu Dhabi Dialogue. Kuwait hosted the side meeting.", expect: ["HOSTED", "ctry:kw", "forum:abu-dhabi-dialogue-3-consultation"] },
    // A numbered meeting with no year known is no body: Brazil chaired that meeting, not the Conference for good.
    { text: "The Andean Conference on Mobility meets every year. Brazil chaired the eleventh Conference.", expect: ["CHAIRED", "ctry:br", "forum:andean-conference-on-mobility"] },
    // "XIII Conference" read as a name is a meeting, not what "the Conference" speaks of.
    { text: "The XIII Conference met in Quito. Ecuador chaired the Conference.", expect: ["CHAIRED", "ctry:ec", "forum:xiii-conference"] },
    // "the organization of the meeting" is an act, not a body.
    { text: "The International Organization for Migration met the Colombo Process. UNHCR supported the organization of the meeting.", expect: ["SUPPORTS", "org:unhcr", "org:iom"] },
  ],
};

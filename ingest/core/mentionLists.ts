import { STATE_STYLE_BEFORE, stateStyleSource } from "./stateStyle.js";
import { relativeAsideAntecedent } from "./relativeAside.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import { opensNewClause } from "./newClause.js";
import { FORMER_AFTER_POSSESSIVE } from "./stateOffices.js";
import { unnamedItemsBetween, unnamedItemsLead } from "./unnamedListItems.js";

/**
 * A mention as the relation stages see it: offsets inside one sentence.
 * `via` marks a mention that coreference supplied ("It", "the Forum"), not the text itself.
 */
export interface M {
  id: string;
  kind: EntityKind;
  isEvent: boolean;
  start: number;
  end: number;
  via?: "coref";
}

/** A clause ends at ; or :, a full stop, a subordinate clause, or where someone else's role begins. */
export function endOfClause(text: string, from: number): number {
  const m = /[;:]|\.\s|\s(?:while|whereas|but|which)\s|,\s+with\s|\bwith the (?:support|help|assistance) of\b/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** Entities in a list starting at `from`: "A, B and C" (separators only); the first may follow a short lead-in. */
export function listAt(ms: M[], text: string, from: number, to: number, maxLead = 12): M[] {
  const out: M[] = [];
  let cursor = from;
  for (const m of ms) {
    if (m.start < from || m.end > to) continue;
    // "the Steering Committee of the Rabat Process": a name inside the item before is a word of it, no item of its own.
    // Mentions sharing one span ("both instruments" standing for two treaties) are items each.
    const prev = out[out.length - 1];
    if (prev && m.start >= prev.start && m.end <= prev.end && !(m.start === prev.start && m.end === prev.end)) continue;
    // "IFAD, through its Financing Facility, OSAA and the World Bank": the means an item acts through is an aside
    // inside the list; the list goes on after the aside's closing comma.
    if (out.length > 0) {
      const aside = THROUGH_ASIDE.exec(text.slice(cursor, to));
      if (aside && m.start < cursor + aside[0].length) continue;
      if (aside) cursor += aside[0].length - 1;
    }
    const gap = text.slice(cursor, m.start);
    if (out.length > 0 && !joinsItems(text, gap, out[0]!, m.end)) break;
    // "support to the Budapest Process, and the Prague Process receives …": a comma before "and", and a verb after
    // the next name, join a new clause, whose subject that name is (newClause.ts).
    if (out.length > 0 && opensNewClause(text, gap, m.end)) break;
    // "the United Kingdom’s Joint Council …": a possessive name before the first item is part of its phrase.
    // "co-hosted by the Governments of Ghana and the Republic of Moldova": the plural names each country after it.
    if (out.length === 0 && !/^\s*(?:the\s+)?(?:Governments? of\s+)?$/i.test(gap) && !/^\s*(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+(?:the\s+)?$/.test(gap) && gap.length > maxLead && !unnamedItemsLead(gap)) break;
    out.push(m);
    cursor = m.end;
  }
  return out;
}

/** The holder of a body's or a state's top office, named by the office before the body: "the President of the", "the Secretary-General of". */
const OFFICE_HOLDER = /^\s*the\s+(?:(?:acting|then|current|incoming|outgoing)\s+)?(?:President|Vice-President|Chair|Chairperson|Chairman|Chairwoman|Secretary-General|Director-General|Executive Secretary|Prime Minister|Head of State)\s+of\s+(?:the\s+)?(?=[A-Z])/;

/** ", through its X," or ", through the X,": the means a list item acts through, set off by commas. */
const THROUGH_ASIDE = /^\s*,\s*through\s+(?:its|their|the)\s+[^,;:.()]{2,80}?,/i;

/**
 * Whether the gap between a list's item and the next name joins them as items of one list: separators alone; a year
 * or a role in brackets closing the item before ("Burkina Faso and Cyprus (both in 1977), Cameroon", "ESCAP
 * (co-Chair), IOM (co-Chair), ILO"); an acronym in brackets closing it (acronymJoins); the first item's preposition
 * said again (samePreposition); or bodies no reader named, each closed by a comma (unnamedListItems.ts).
 */
function joinsItems(text: string, gap: string, first: M, nextEnd: number): boolean {
  return acronymJoins(gap, text.slice(nextEnd, nextEnd + 30)) || SEPARATOR_GAP.test(gap) || samePreposition(text, first, gap) || unnamedItemsBetween(gap);
}

/** Separators alone ("," "and" "as well as"), or a year or a role in brackets closing the item before. */
const SEPARATOR_GAP = /^(?:\s*\((?:(?:both|all|each)\s+)?(?:in\s+)?(?:19|20)\d{2}\)\s*,?\s*(?:and\s+)?|\s*\((?:co-)?(?:chair|chairs|lead|observer|secretariat|convener|host)\)\s*,?\s*(?:and\s+)?|[\s,;]*(?:and|or|as well as|and the Government of)?\s*)(?:the\s+)?(?:UN\s+)?$/i;

/**
 * An acronym in brackets closing the item before, where the list goes on after the next item ("OCHA (OCHA), UNDP,
 * UNESCO", "the UN Institute for Training and Research (UNITAR), IOM and …"), not in "In collaboration with X (ACR),
 * IFAD financed". `after` is the text after the next name.
 */
function acronymJoins(gap: string, after: string): boolean {
  return (
    /^\s*\([A-Z][A-Za-z.&-]{1,14}\)\s+(?:and|as well as)\s+(?:the\s+)?$/.test(gap) ||
    (/^\s*\([A-Z][A-Za-z-]{1,10}\)\s*,\s*(?:and\s+)?(?:the\s+)?$/.test(gap) && /^\s*(?:[,;.]|and\b|\(|$)/.test(after.slice(0, 6))) ||
    (/^\s*\([A-Z][A-Za-z.&-]{1,14}\)\s*(?:,\s*|\s+)(?:and\s+|as well as\s+)?(?:the\s+)?$/i.test(gap) && /^\s*(?:\([^()]{1,20}\)\s*)?(?:,|and\b|or\b|as well as\b)/.test(after))
  );
}

/**
 * "support to the RCP and to the RMCC": the second item repeats the preposition that introduced the first. A comma
 * alone may stand before the repeated preposition ("a member of A, of B and of C"), though not before "in" or "at",
 * which after a comma more often add a place to the item before ("the Forum, in Quito").
 */
function samePreposition(text: string, first: M, gap: string): boolean {
  // "a member of ECRE (ECRE) and of PICUM": the acronym in brackets closes the item before, as in a plain list.
  const rest = gap.replace(/^\s*\([A-Z][A-Za-z.&-]{1,14}\)/, "");
  const again = (/^[\s,]*(?:and|or)\s+(to|for|with|in|of|at)\s+(?:the\s+)?$/i.exec(rest) ?? /^\s*,\s*(to|for|with|of)\s+(?:the\s+)?$/i.exec(rest))?.[1]?.toLowerCase();
  if (!again) return false;
  const lead = /\b(to|for|with|in|of|at)\s+(?:the\s+)?$/i.exec(text.slice(Math.max(0, first.start - 12), first.start))?.[1]?.toLowerCase();
  return lead === again;
}

/** The collective nouns of classes of actors that every class pattern below reads ("countries", "agencies", …). */
const ACTOR_CLASSES = "countries|states|governments|organi[sz]ations|agencies";

/**
 * A class named, then its members listed: "partners such as A and B", "other UN agencies (for example,
 * A, B and C)", "its partner, A". The class word must be a collective noun, so a list after
 * "issues such as" or "regions including" is not read as the trigger's object.
 */
const EXEMPLIFIED = new RegExp(
  String.raw`^\s*(?:(?:(?!(?:of|on|for|in|to|by|with|from|about|at)\s)[\w-]+\s+){0,5}?(?:${ACTOR_CLASSES}|partners?|members|entities|bodies|institutions|stakeholders|actors|donors|initiatives|programmes|programs|projects|events|meetings|forums|fora|processes|dialogues|conferences)\s*(?:,\s*|\(\s*)?(?:such as|including|like|for example|for instance|e\.g\.|notably|in particular|particularly|especially|namely)|(?:its|their)\s+(?:[\w-]+\s+)?partners?\s*,)\s*,?\s*`,
  "i",
);

export function exemplifiedList(ms: M[], text: string, from: number, to: number): M[] {
  let cursor = from;
  // Two steps at most: "development partners, including other UN agencies (for example, A, B)".
  for (let step = 0; step < 2; step++) {
    const m = EXEMPLIFIED.exec(text.slice(cursor, to));
    if (!m) return [];
    cursor += m[0].length;
    const list = listAt(ms, text, cursor, to, 6);
    if (list.length) return list;
  }
  return [];
}

/**
 * The organizations (or countries) right before the verb: "IOM and UNDP launched".
 * A chain introduced by a preposition ("with the support of UN Women and IOM")
 * is not the subject; the search goes on to the left of it.
 */
/** A title and a person's name between a body and its verb: "IOM Director General William Lacy Swing", "UNHCR Representative Ana Ruiz". */
const OFFICER_AFTER = /^\s+(?:Deputy\s+|Assistant\s+|Acting\s+)?(?:Director[- ]General|Director|Secretary[- ]General|Executive Director|High Commissioner|Chief of Mission|Head of Office|Representative|Ambassador|Minister(?:\s+of\s+[A-Z][a-z]+)?)\s+(?:[A-Z][\p{L}.'’-]+\s+){1,4}(?:also\s+|then\s+)?$/u;

/** The people a body sends, in the singular: "an official of", "Representatives of", "delegates from". */
const ENVOY = "(?:official|representative|delegate|delegation)";

/** An officer named by the body it serves, before the body's name: "an official of the", ", Director General of the", "the leaders of". */
const OFFICER_OF = new RegExp(String.raw`(?:(?<!\b(?:with|by|from|of|to|for|and|support|help)\s+)\b(?:an?|the|one|two|three|several)\s+(?:senior\s+|high-level\s+|deputy\s+)?|,\s*(?:the\s+)?(?:Deputy\s+|Assistant\s+|Acting\s+)?)(?:${ENVOY}s?|head|leaders?|Director[- ]General|Secretary[- ]General|Executive Director|High Commissioner|Chief of Mission)\s+of\s+(?:the\s+)?$`, "i");

/** The people bodies sent, opening a clause: "Representatives of the", "Senior officials from", "…: delegates of". */
const SENT_PEOPLE_OPEN = new RegExp(String.raw`(?:^|[.;:]\s*)\s*(?:the\s+)?(?:senior\s+|high-level\s+)?(?:${ENVOY}s|ministers)\s+(?:from|of)\s+(?:the\s+)?$`, "i");

/** A class of actors, then its named members: "30 countries, including", "Participating States, such as". */
const CLASS_EXAMPLES_BEFORE = new RegExp(String.raw`\b(?:${ACTOR_CLASSES}|delegations|members|participants)\b[^,;:]{0,30},\s*(?:including|such as|notably|for example|e\.g\.)\s+(?:the\s+)?$`, "i");
/** ", with further states and agencies following its work as observers": "with" opens a clause whose subject is that class. */
const CLASS_AFTER_WITH = new RegExp(String.raw`,\s*with\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:${ACTOR_CLASSES}|delegations|bodies|partners|donors)\b`);
/**
 * Between two coordinated subjects: an acronym in brackets after the first name (or the bracket closing it), a comma,
 * "and", and a state's style before the second ("IOM and the Government of Chile").
 */
const COORDINATED_GAP = new RegExp(String.raw`^\s*(?:\([A-Za-z][\w.&'’ -]{0,15}\)|\))?[\s,]*(?:and|as well as)?\s*(?:the\s+)?(?:${stateStyleSource()})?$`, "i");
/** What may stand before a clause's subject: the sentence's start, a stop, a comma or a fronted time ("In 2015"). */
const CLAUSE_OPENS = /(?:^|[.;:,]\s*|\b(?:In|in)\s+(?:19|20)\d{2}\s+)(?:[Tt]he\s+)?$/;

/** "a Singapore group", "an Ireland-based charity": a name after an indefinite article only modifies the noun after it. */
const modifiesNounAfter = (text: string, m: M) =>
  /\ban?\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start)) && /^(?:-based)?\s+[a-z]/.test(text.slice(m.end, m.end + 12));

export function subjectsBefore(ms: M[], text: string, verbStart: number, kinds: readonly EntityKind[] = ["ORGANIZATION", "COUNTRY"]): M[] {
  // "the EU Trafficking Directive", "the UN System Task Team": a name inside a longer name is not a subject.
  // "IOM Director General William Lacy Swing attended": the body acts through its officer, named with a title after it.
  // "TWC2, a Singapore group, is": a state that only says where an apposition's body is based is no subject.
  // "the Steering Committee of the Rabat Process, which …": the forum is a word of the body's name, no subject beside it.
  const inside = (m: M) => ms.some((o) => o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start && o.end <= verbStart && kinds.includes(o.kind) && o.via !== "coref");
  // "… with further states following its work as observers": there the possessive pronoun only qualifies the noun of
  // a clause whose subject is the class after "with"; elsewhere ("IOM and its partners attend") it stands for its owner.
  const possessive = (m: M) => m.via === "coref" && /^(?:its|their)$/i.test(text.slice(m.start, m.end)) && /^\s+[a-z]/.test(text.slice(m.end, verbStart)) && CLASS_AFTER_WITH.test(text.slice(Math.max(0, m.start - 80), m.start));
  const before = ms.filter((m) => m.end <= verbStart && kinds.includes(m.kind) && !possessive(m) && (!/^\s+[A-Z][a-z]/.test(text.slice(m.end, m.end + 3)) || OFFICER_AFTER.test(text.slice(m.end, verbStart))) && !modifiesNounAfter(text, m) && !inside(m));
  let cursor = verbStart;
  let i = before.length - 1;
  while (i >= 0) {
    const first = before[i]!;
    const gap = text.slice(first.end, cursor);
    // "… and the United States Department of State launched": a name holding "States" is no class of subjects.
    // A class word inside an aside set off by commas ("the LCRP, prepared under the Government of Lebanon, is") is not
    // the verb's subject.
    // "Chile's former envoy chaired": a former holder acts for the state no more, so the state is no subject.
    if (cursor === verbStart && FORMER_AFTER_POSSESSIVE.test(gap)) return [];
    if (gap.length > 80 || /[;:]/.test(gap) || (cursor === verbStart && CLASS_AFTER_WITH.test(gap)) || (cursor === verbStart && /(?<!\bUnited\s)\b(Member States|States|Governments?|partners|donors)\b/.test(gap.replace(/^[\s)]*(?:\([^()]{1,20}\)\s*)?,[^,]{1,70},/, "")))) return [];
    const chain = [first];
    let j = i - 1;
    // "The International Organization for Migration (IOM) and UNHCR attended": an acronym in brackets after a name
    // (or the bracket closing it) stands between two coordinated subjects.
    while (j >= 0 && COORDINATED_GAP.test(text.slice(before[j]!.end, chain[chain.length - 1]!.start))) chain.push(before[j--]!);
    const head = chain[chain.length - 1]!;
    // "The Government of Australia and …": a state's title opening the clause is part of its name, not a preposition's
    // object ("assisted the Government of Mexico in organizing" keeps Mexico the verb's object).
    const titled = STATE_STYLE_BEFORE.exec(text.slice(Math.max(0, head.start - 40), head.start));
    const title = titled && CLAUSE_OPENS.test(text.slice(Math.max(0, head.start - titled[0].length - 24), head.start - titled[0].length)) ? titled : null;
    const lead = text.slice(Math.max(0, head.start - (title?.[0].length ?? 0) - 24), head.start - (title?.[0].length ?? 0));
    // "…, which serves as the Population Division of ECLAC, in coordination with": a name after "as" is a role, not the subject.
    // "ESCAP, on behalf of the all five regional commissions, assumed": quantifiers may stand between the preposition and the name.
    // "launched at the GFR 2013, which was organized by IFAD": a relative pronoun right after the name (or after its
    // place, "in Bangkok, Thailand, which") makes it the relative clause's subject, whatever preposition stands before it.
    if (cursor === verbStart && /^\s*(?:\([^()]{1,20}\)\s*)?(?:\s(?:in|at)\s+[A-Z][\w.-]*(?:,?\s+[A-Z][\w.-]*){0,3})?,\s*(?:which|that|who)\b/.test(gap)) return chain.reverse();
    // "IOM, which runs the X Programme, works in Ghana": a name inside a relative clause set off by commas is no subject
    // of the verb after it; the clause's antecedent is, where it is of the verb's kinds.
    const antecedent = cursor === verbStart ? relativeAsideAntecedent(ms, text, head.start, verbStart) : undefined;
    if (antecedent !== undefined) return antecedent && kinds.includes(antecedent.kind) && before.includes(antecedent) ? [antecedent] : [];
    // "Switzerland, through the SDC, has financed": the body and the means it acts through are both subjects.
    const through = /,\s*through\s+(?:its|their|the)\s+$/i.exec(lead);
    const actor = through ? before.slice(0, j + 1).reverse().find((m) => /^\s*$/.test(text.slice(m.end, head.start - through[0].length))) : undefined;
    if (actor) return [actor, ...chain.reverse()];
    // "…, after Nepal handed over the chairmanship": a conjunction opens a clause whose subject is right before its verb.
    // So does "with" before a gerund: "…, with Bangladesh holding the presidency".
    if (cursor === verbStart && /^\s*$/.test(gap) && (/\b(?:after|before|since|until|once|when|while)\s+(?:the\s+)?$/i.test(lead) || (/\bwith\s+(?:the\s+)?$/i.test(lead) && /^[a-z]+ing\b/.test(text.slice(verbStart))))) return chain.reverse();
    // "Over 150 countries, including Ghana and Kenya, took part": the named members of a class that is the subject act with it.
    if (cursor === verbStart && /^\s*,\s*$/.test(gap) && CLASS_EXAMPLES_BEFORE.test(text.slice(Math.max(0, head.start - 60), head.start))) return chain.reverse();
    if (!/\b(with|by|of|to|from|for|between|among|including|in|on|at|like|unlike|such as|as|since|after|before|during)\s+(?:the\s+)?(?:support of\s+(?:the\s+)?)?(?:(?:all|both|each|several|other|two|three|four|five|six|seven|eight|nine|ten)\s+)*$/i.test(lead)) return chain.reverse();
    // "active in Senegal and Mali, and Norway finances it": past a preposition's list, ", and" then a name with a verb of
    // its own opens a clause, and that name alone is its subject (newClause.ts).
    if (cursor === verbStart && chain.length > 1 && opensNewClause(text, text.slice(chain[1]!.end, chain[0]!.start), chain[0]!.end)) return [chain[0]!];
    // "an official of the European Commission spoke", "W. L. Swing, Director General of IOM, also attended": the body acts through its officer.
    if (OFFICER_OF.test(text.slice(Math.max(0, head.start - 60), head.start))) return chain.reverse();
    // "Representatives of IOM and UNHCR are attending", "Officials from Nepal and India were in attendance": the people a
    // body sent, opening the clause, act for it.
    if (SENT_PEOPLE_OPEN.test(text.slice(0, head.start))) return chain.reverse();
    // "With support from Denmark, IOM launched …": a phrase opening the sentence ends at its comma; the names
    // after that comma are the subject.
    const afterOpening = openingPhraseEnd(text, [...chain].reverse(), head.start);
    if (afterOpening.length) return afterOpening;
    cursor = head.start;
    i = j;
  }
  return [];
}

/** A sentence-opening phrase: a preposition, then no verb-like word and no clause break. */
const OPENING_PHRASE = /^\s*(?:With|In|Through|Under|Thanks to|Following|After|As part of|On behalf of|Within)\b[^,;:]*$/;

/** The names of a chain that follow the comma closing a sentence-opening phrase, if the chain's head is inside one. */
function openingPhraseEnd(text: string, chain: M[], headStart: number): M[] {
  if (!OPENING_PHRASE.test(text.slice(0, headStart))) return [];
  let cut = -1;
  for (let k = 1; k < chain.length; k++) if (/^\s*,\s*(?:the\s+)?$/i.test(text.slice(chain[k - 1]!.end, chain[k]!.start))) cut = k;
  return cut === -1 ? [] : chain.slice(cut);
}

/**
 * Agents of a passive, which may each carry their own "by" and a time phrase:
 * "held by Kazakhstan from 2013, by the Kyrgyz Republic from October 2016, and by Tajikistan in 2019".
 */
export function agentsAt(ms: M[], text: string, from: number, to: number): M[] {
  // "co-chaired by the President of the European Council and by Senegal": an office's holder acts for the body or state it heads.
  const holder = OFFICE_HOLDER.exec(text.slice(from, to));
  const out = listAt(ms, text, holder ? from + holder[0].length : from, to);
  if (out.length === 0) return out;
  for (const m of ms) {
    if (m.start <= out[out.length - 1]!.end || m.end > to) continue;
    if (!/^(?:\s+(?:from|in|since|until|between|during)\s+[^,;:.]{1,40})?\s*,?\s*(?:and\s+)?by\s+(?:the\s+)?$/i.test(text.slice(out[out.length - 1]!.end, m.start))) break;
    out.push(m);
  }
  return out;
}

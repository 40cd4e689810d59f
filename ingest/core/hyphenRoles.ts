import type { RelationType } from "../../src/ontology/ontology.js";
import type { M } from "./mentionLists.js";

/** One role read from a hyphenated modifier. */
export interface HyphenRole {
  type: RelationType;
  actorId: string;
  targetId: string;
}

/** The participle after the hyphen and the role it states. */
const ROLE_OF: Record<string, RelationType> = {
  led: "LEADS", run: "LEADS", implemented: "LEADS", coordinated: "LEADS", managed: "LEADS",
  funded: "FUNDS", financed: "FUNDS", sponsored: "FUNDS",
  hosted: "HOSTED",
  chaired: "CHAIRED",
};
const MODIFIER = /[-–](?:co-)?(led|run|implemented|coordinated|managed|funded|financed|sponsored|hosted|chaired)\b/g;
/** "state-led", "self-funded", "privately funded": no actor of its own is named. */
const GENERIC_ACTOR = /\b(?:state|states|country|countries|community|self|donor|donors|privately|publicly|government|member|members|locally|nationally|jointly|partner|partners|civil society|youth|women|migrant|diaspora)$/i;
/** "to be EU-funded", "not IOM-run", "a planned UN-led programme": a modifier that states no fact. */
const NON_FACT_BEFORE = /(?:\b(?:not|never|no longer)\s+(?:an?\s+|the\s+)?|\bto\s+be(?:come)?\s+(?:an?\s+|the\s+)?|\b(?:will|would|shall|could|might|may|should|must)\s+(?:be|become)\s+(?:an?\s+|the\s+)?|\b(?:planned|proposed|future|prospective|potential|possible|envisaged|intended|new\s+planned)\s+)$/i;
/** Class nouns a copular or apposed "X is a Slovenian-led forum" may end on: the subject is one of them. */
const CLASS_NOUN = /^\s+(?:(?:[a-z]+|[A-Z][a-z]+)\s+){0,2}?(?:forum|process|dialogue|initiative|programme|program|project|platform|network|partnership|mechanism|consultation|scheme|facility|fund|campaign|conference|meeting|summit|workshop|institute|centre|center|coalition|alliance|body|group|series|event|activity|undertaking)\b(?![-–])/;
/** What may stand between the modifier and the named thing: nothing, or a noun phrase and "of" ("second phase of the", "creation of an"). */
const NAMED_AFTER = /^\s+(?:(?:[a-z][\w-]*\s+){1,3}(?:of|for)\s+)?(?:the\s+|an?\s+)?[“"]?$/;
/** "X is a …", "X, a …": the copula or apposition before the modifier's article. */
const COPULA_BEFORE = /(?:\b(?:is|was|remains|has been|became|becomes)|,)\s+(?:also\s+|still\s+)?(?:an?|the)\s+(?:(?:[a-z]+|[A-Z][a-z]+)\s+)?$/;
/** A fronted place or time phrase: "At the GFMD, an IOM-led workshop …". */
const FRONTED_PREPOSITION = /^\s*(?:At|In|During|On|For|With|From|After|Before|Under|Through|Beside|Alongside)\s+(?:the\s+)?$/;
/** Another modifier coordinated with the one before: "European Commission-financed and World Bank-led". */
const COORDINATED = /^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)[^,.;()]{1,60}?[-–](?:co-)?(?:led|run|implemented|coordinated|managed|funded|financed|sponsored|hosted|chaired)\b/;

const fits = (type: RelationType, actor: { kind: string }, target: M): boolean => {
  if (type === "FUNDS") return target.kind === "INITIATIVE";
  if (type === "HOSTED") return actor.kind === "COUNTRY" && target.kind === "FORUM" && target.isEvent;
  if (type === "CHAIRED") return target.kind === "FORUM";
  return target.kind === "INITIATIVE" || target.kind === "FORUM";
};

/**
 * A role written as a hyphenated modifier before the thing: "the EU-funded Coastal Data Programme" (FUNDS),
 * "a Slovenian-led forum" after "The Brdo Process is" (LEADS, the demonym read through the catalog's demonyms),
 * "the Swiss-hosted 2011 meeting" (HOSTED, a state and a meeting only), "-chaired" (CHAIRED). The actor is a name
 * ending at the hyphen or a state's demonym; the object is the name right after the modifier (past "creation of an")
 * or, where the modifier stands before a class noun after "X is a" / "X, a", the subject X. A modifier on a noun that
 * names nothing ("UN-led efforts") links nothing; "state-led", "self-funded", "to be EU-funded" state no actor or fact.
 */
export function hyphenRoles(text: string, ms: M[], demonyms?: ReadonlyMap<string, string>): HyphenRole[] {
  const out: HyphenRole[] = [];
  for (const hit of text.matchAll(MODIFIER)) {
    const at = hit.index!;
    const type = ROLE_OF[hit[1]!]!;
    const before = text.slice(Math.max(0, at - 40), at);
    if (GENERIC_ACTOR.test(before)) continue;
    const actors = ms.filter((m) => m.via !== "coref" && (m.kind === "ORGANIZATION" || m.kind === "COUNTRY"));
    const named = actors.find((m) => m.end === at);
    // "IOM/UNDP-led": every name of the slash chain carries the suffix.
    const chain = named ? [named] : [];
    for (let prev = actors.find((m) => m.end === chain[0]?.start! - 1 && text[m.end] === "/"); prev; prev = actors.find((m) => m.end === chain[0]!.start - 1 && text[m.end] === "/")) chain.unshift(prev);
    let actor: { id: string; kind: string; start: number } | null = named ? { id: named.id, kind: named.kind, start: chain[0]!.start } : null;
    if (!actor && demonyms) {
      const word = /(?:\b([A-Z][a-z]+)\s+)?\b([A-Z][a-z]+)$/.exec(before);
      const two = word?.[1] ? `${word[1]} ${word[2]}` : null;
      const key = two && demonyms.has(two) ? two : word && demonyms.has(word[2]!) ? word[2]! : null;
      if (key) actor = { id: demonyms.get(key)!, kind: "COUNTRY", start: at - key.length };
    }
    if (!actor || ms.some((m) => m.start < at && m.end > at)) continue;
    if (NON_FACT_BEFORE.test(text.slice(Math.max(0, actor.start - 40), actor.start))) continue;
    // Past any modifiers coordinated with this one ("X-financed and Y-led creation of Z").
    let end = at + hit[0].length;
    for (let more = COORDINATED.exec(text.slice(end)); more; more = COORDINATED.exec(text.slice(end))) end += more[0].length;
    const after = ms.filter((m) => m.start >= end).sort((a, b) => a.start - b.start)[0];
    let target = after && NAMED_AFTER.test(text.slice(end, after.start)) ? after : undefined;
    if (!target && CLASS_NOUN.test(text.slice(end, end + 60))) {
      const lead = COPULA_BEFORE.exec(text.slice(Math.max(0, actor.start - 60), actor.start));
      if (lead) {
        const leadAt = actor.start - lead[0].length;
        target = ms.filter((m) => m.end <= leadAt && /^\s*(?:\([^()]{1,20}\)\s*)?$/.test(text.slice(m.end, leadAt))).pop();
        // "At the GFMD, an IOM-led workshop …": a place or time phrase before the comma is no subject.
        if (target && FRONTED_PREPOSITION.test(text.slice(0, target.start))) target = undefined;
      }
    }
    if (!target) continue;
    for (const a of chain.length ? chain : [actor]) if (target.id !== a.id && fits(type, a, target)) out.push({ type, actorId: a.id, targetId: target.id });
  }
  return out;
}

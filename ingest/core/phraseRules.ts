import type { RelationType } from "../../src/ontology/ontology.js";
import { endOfClause, listAt, type M } from "./mentionLists.js";
import type { Add } from "./patternRules.js";
import type { RuleExample } from "./rules/RelationRule.js";

/**
 * Relations read from the shape of a noun phrase around an initiative, where no verb states them:
 * "the Central Asia Regional Programme in Kazakhstan and Tajikistan", "the Sustainable Fisheries
 * Livelihoods Programme of FAO", "its Hydrology Programme" (in the agency's own chapter),
 * "a project entitled “Security in Mobility” in partnership with OCHA and IOM".
 * Each reading is data with positive and negative sentences (test/unit/phraseRules.test.ts).
 */
export interface PhraseRule {
  id: string;
  type: RelationType;
  confidence: number;
  read: (text: string, ms: M[], ownerId: string | null) => Array<[string, string]>;
  examples: { positive: RuleExample[]; negative: RuleExample[] };
}

/** An initiative named as a programme, project or scheme, or introduced as one ("the pilot project on …"). */
const PROGRAMME_HEAD = /\b(?:Programme|Program|Project|Scheme|Initiative|Plan|Survey|Campaign)s?\W*$/i;
const PROGRAMME_BEFORE = /\b(?:programme|program|project|scheme|initiative|survey)\s+(?:on|entitled|called|named)?\s*(?:the\s+)?[“"]?$/i;
const isProgramme = (text: string, m: M) => PROGRAMME_HEAD.test(text.slice(m.start, m.end)) || PROGRAMME_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
/** "presented the … Programme in Mexico", "discussed at …": the country is where something was shown, not where the programme works. */
const VENUE_VERB = /\b(?:present|presented|presents|showcased?|discussed|launched at|held|hosted|organi[sz]ed|reviewed|shared|debated|introduced)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}$/i;
/** What follows an initiative in a longer noun phrase: "the JMDI partners", "its KNOMAD contribution". */
const NOUN_AFTER = /^[”"]?\s+(?:[a-z][\w-]*\s+)?(?:partners?|work|support|contributions?|secretariat|team|members?|events?|meetings?|reports?|workshops?|staff|evaluation|review)\b/;
const own = (m: M) => m.via !== "coref";
const TOPIC_BEFORE = /\b(?:on|about|regarding|concerning)\s+(?:the\s+)?[“"]?$/i;

export const PHRASE_RULES: PhraseRule[] = [
  {
    id: "programme-in-countries",
    type: "OPERATES_IN",
    confidence: 0.7,
    read(text, ms) {
      const out: Array<[string, string]> = [];
      for (const ini of ms.filter((m) => m.kind === "INITIATIVE" && own(m))) {
        const lead = /^[”")]*\s*(?:\([^)]{1,15}\)\s*)?(?:(?:project|programme|scheme|survey)\s+)?,?\s*in\s+/.exec(text.slice(ini.end));
        if (!lead || !isProgramme(text, ini) || VENUE_VERB.test(text.slice(Math.max(0, ini.start - 50), ini.start))) continue;
        const from = ini.end + lead[0].length;
        const countries = listAt(ms.filter((m) => m.kind === "COUNTRY"), text, from, Math.min(endOfClause(text, from), from + 200), 4);
        for (const c of countries) out.push([ini.id, c.id]);
      }
      return out;
    },
    examples: {
      positive: [
        { text: "UN Women works through the Central Asia Regional Programme in Kazakhstan, Kyrgyzstan and Tajikistan.", expect: ["ini:central-asia-regional-programme", "ctry:tj"] },
        { text: "Farm workers come through the Seasonal Agricultural Workers Programme in Canada.", expect: ["ini:seasonal-agricultural-workers-programme", "ctry:ca"] },
      ],
      negative: [
        { text: "The Central Asia Regional Programme was presented in Kazakhstan by its donors.", expect: ["ini:central-asia-regional-programme", "ctry:kz"] },
        { text: "UNDP presented the Central Asia Regional Programme in Kazakhstan last year.", expect: ["ini:central-asia-regional-programme", "ctry:kz"] },
        { text: "A KNOMAD workshop was held in Mauritius.", expect: ["ini:knomad", "ctry:mu"] },
        { text: "The Human Development Report in Mexico drew wide attention.", expect: ["ini:human-development-report", "ctry:mx"] },
      ],
    },
  },
  {
    id: "programme-of-organization",
    type: "LEADS",
    confidence: 0.75,
    read(text, ms) {
      const out: Array<[string, string]> = [];
      for (const ini of ms.filter((m) => m.kind === "INITIATIVE" && own(m) && PROGRAMME_HEAD.test(text.slice(m.start, m.end)))) {
        const org = ms.find((m) => m.kind === "ORGANIZATION" && own(m) && m.start > ini.end && /^[”"]?\s+of\s+(?:the\s+)?$/.test(text.slice(ini.end, m.start)));
        // "the Programme of the UN Office on …": a name inside a longer name is not the owner.
        if (org && !/^(?:\s+[A-Z][a-z]|[’']s)/.test(text.slice(org.end, org.end + 3))) out.push([org.id, ini.id]);
      }
      return out;
    },
    examples: {
      positive: [{ text: "Fishing communities benefit from the Sustainable Fisheries Livelihoods Programme of FAO.", expect: ["org:fao", "ini:sustainable-fisheries-livelihoods-programme"] }],
      negative: [
        { text: "The Sustainable Fisheries Livelihoods Programme of Action was praised by FAO.", expect: ["org:fao", "ini:sustainable-fisheries-livelihoods-programme"] },
        { text: "The evaluation of the Sustainable Fisheries Livelihoods Programme by FAO took a year.", expect: ["org:fao", "ini:sustainable-fisheries-livelihoods-programme"] },
      ],
    },
  },
  {
    id: "its-programme",
    type: "LEADS",
    confidence: 0.7,
    // "its" before a programme is trusted only when it is the chapter's own agency, or the subject
    // the fronted phrase leads to ("Through its … Programme, WMO has …").
    read(text, ms, ownerId) {
      const out: Array<[string, string]> = [];
      for (const its of ms.filter((m) => m.via === "coref" && m.kind === "ORGANIZATION" && /^its$/i.test(text.slice(m.start, m.end)))) {
        const ini = ms.find((m) => m.kind === "INITIATIVE" && own(m) && /^\s+$/.test(text.slice(its.end, m.start)));
        if (!ini || !PROGRAMME_HEAD.test(text.slice(ini.start, ini.end)) || NOUN_AFTER.test(text.slice(ini.end, ini.end + 40))) continue;
        const subject = ms.find((m) => m.kind === "ORGANIZATION" && own(m) && m.start > ini.end && /^[”"]?\s*,\s*(?:the\s+)?$/.test(text.slice(ini.end, m.start)));
        if (its.id === ownerId || subject?.id === its.id) out.push([its.id, ini.id]);
      }
      return out;
    },
    examples: {
      positive: [{ text: "WMO is a specialized agency. Through its Hydrology and Water Resources Programme, WMO has promoted water-resources assessment.", expect: ["org:wmo", "ini:hydrology-and-water-resources-programme"] }],
      negative: [
        { text: "UNEP is a programme. Through its Hydrology and Water Resources Programme, WMO has promoted water-resources assessment.", expect: ["org:unep", "ini:hydrology-and-water-resources-programme"] },
        { text: "UNEP shared its Hydrology and Water Resources Programme partners list with WMO.", expect: ["org:unep", "ini:hydrology-and-water-resources-programme"] },
      ],
    },
  },
  {
    id: "programme-partners",
    type: "PARTICIPATES_IN",
    confidence: 0.7,
    read(text, ms) {
      const out: Array<[string, string]> = [];
      const orgs = ms.filter((m) => m.kind === "ORGANIZATION" || m.kind === "COUNTRY");
      for (const ini of ms.filter((m) => m.kind === "INITIATIVE" && own(m))) {
        // "… “Security in Mobility” in partnership with", "the JMDI, implemented in cooperation with".
        const lead = /^[”")]*\s*(?:(?:project|programme|initiative|scheme)\s*)?,?\s*(?:(?:which\s+)?(?:is|was|has been|were|are)\s+)?(?:(?:implemented|conducted|carried out|developed|run|executed|launched|managed|undertaken|designed|established|created|produced|set up)\s+)?(?:(?:in|since)\s+(?:19|20)\d{2}\s*,?\s*)?(?:in partnership|in collaboration|in cooperation|in coordination|together|jointly)\s+with\s+/.exec(text.slice(ini.end));
        // "A seminar on Migration Profiles was convened in collaboration with …": the initiative is only the topic.
        if (!lead || TOPIC_BEFORE.test(text.slice(Math.max(0, ini.start - 20), ini.start))) continue;
        const from = ini.end + lead[0].length;
        for (const o of listAt(orgs, text, from, Math.min(endOfClause(text, from), from + 200), 6)) out.push([o.id, ini.id]);
      }
      return out;
    },
    examples: {
      positive: [
        { text: "UNEP conducted a project entitled “Security in Mobility” in partnership with OCHA, IOM and the Institute for Security Studies.", expect: ["org:ocha", "ini:security-in-mobility"] },
        { text: "The JMDI, implemented in 2008 in cooperation with UNHCR and UNFPA, ended in 2012.", expect: ["org:unfpa", "ini:jmdi"] },
      ],
      negative: [
        { text: "The JMDI will be implemented in cooperation with UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "UNDP ran the JMDI and, in a separate study in partnership with UNHCR, looked at returns.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "A seminar on Migration Profiles was convened in collaboration with UNITAR and IOM.", expect: ["org:iom", "ini:migration-profiles"] },
      ],
    },
  },
];

export function phraseRules(text: string, ms: M[], ownerId: string | null, add: Add): void {
  for (const rule of PHRASE_RULES) for (const [s, t] of rule.read(text, ms, ownerId)) add(rule.type, s, t, `phrase:${rule.id}`, rule.confidence);
}

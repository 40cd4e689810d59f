import { endOfClause, listAt, subjectsBefore } from "../mentionLists.js";
import type { M } from "../mentionLists.js";
import { NON_FACT, type PhraseRule } from "./PhraseRule.js";

const POSSESSIVE_ROLE = /(?:[’']s|\bits|\btheir)\s+(?:(?:active|continued|strong|technical|financial|ongoing|substantive)\s+(?:and\s+\w+\s+)?)?(participation|involvement|support|contributions?)\s+(?:in|to)\s+(?:the\s+)?/gi;
/** Before the owner: a wish, call or plan ("called for IOM’s participation in …") states no fact. */
const WISHED = /\b(?:call(?:s|ed)? for|ask(?:s|ed)? for|urged?|welcomed?|request(?:s|ed)?|invit(?:es|ed)|seek(?:s|ing)?|hopes? for|will|would|should|could|may|not|no)\b[^.;]*$/i;

/** A sum of money: "CHF 5 million", "EUR 900,000", "3 million dollars". */
const MONEY = /(?:US\$|USD|EUR|CHF|GBP|NOK|SEK|DKK|€|\$|£)\s*\d|\d\s*(?:million|billion|bn)\b|\b(?:dollars|euros?|francs|pounds|kroner|kronor|yen)\b/i;
/**
 * "Switzerland's contribution to the JMDI amounted to CHF 5 million", "Thanks to Sweden's contribution of USD 3
 * million, KNOMAD …": the owner's money given to an initiative. The initiative follows "to"/"for"; or, where the sum
 * itself follows the noun ("contribution of USD 3 million", "its contribution reached EUR 15 million"), it is the one
 * initiative the sentence names.
 */
const POSSESSIVE_MONEY = /(?:[’']s|\bits|\btheir)\s+(?:(?:financial|annual|total|initial|first|latest|voluntary)\s+)?(?:contributions?|donations?|grants?|funding)\s+(?:(to|for|towards)\s+(?:the\s+)?|(?:of|amounted to|amounts to|reached|reaches|totalled|totaled|totals|came to|stood at)\s+(?=(?:some\s+|about\s+|over\s+|nearly\s+|up to\s+)?(?:US\$|USD|EUR|CHF|GBP|NOK|SEK|DKK|€|\$|£|\d)))/gi;

function possessiveMoney(text: string, ms: M[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const p of text.matchAll(POSSESSIVE_MONEY)) {
    const at = p.index!;
    const owner = ms.find((m) => (m.kind === "ORGANIZATION" || m.kind === "COUNTRY") && (m.end === at || (m.via === "coref" && m.start === at + (/^\s/.test(p[0]) ? 1 : 0) && /^its|^their/i.test(text.slice(m.start, m.end)))));
    if (!owner || WISHED.test(text.slice(Math.max(0, owner.start - 60), owner.start))) continue;
    const end = at + p[0].length;
    const clause = text.slice(owner.start, endOfClause(text, end));
    const initiatives = ms.filter((m) => m.kind === "INITIATIVE" && m.via !== "coref");
    const target = p[1]
      ? initiatives.find((m) => m.start >= end && m.start - end <= 12 && /^(?:[\w-]+\s+)?$/.test(text.slice(end, m.start)))
      : new Set(initiatives.map((m) => m.id)).size === 1 ? initiatives[0] : undefined;
    // The money must be named: "its contribution to the JMDI" alone may be work, advice or staff.
    if (target && (MONEY.test(clause) || MONEY.test(text.slice(end, end + 40)))) out.push([owner.id, target.id]);
  }
  return out;
}

function possessiveRole(nouns: RegExp) {
  return (text: string, ms: M[]): Array<[string, string]> => {
    const out: Array<[string, string]> = [];
    for (const p of text.matchAll(POSSESSIVE_ROLE)) {
      if (!nouns.test(p[1]!)) continue;
      const at = p.index!;
      // The owner ends where the possessive begins: "IOM’s", or the pronoun "its" itself.
      const owner = ms.find((m) => (m.kind === "ORGANIZATION" || m.kind === "COUNTRY") && (m.end === at || (m.via === "coref" && m.start === at + (/^\s/.test(p[0]) ? 1 : 0) && /^its|^their/i.test(text.slice(m.start, m.end)))));
      if (!owner || WISHED.test(text.slice(Math.max(0, owner.start - 60), owner.start))) continue;
      const end = at + p[0].length;
      const target = ms.find((m) => (m.kind === "FORUM" || m.kind === "INITIATIVE") && m.start >= end && m.start - end <= 12 && /^(?:[\w-]+\s+)?$/.test(text.slice(end, m.start)));
      if (target && !/^\s+(?:[Ww]orking|[Tt]ask|[Ss]ecretariat|[Cc]hair)/.test(text.slice(target.end, target.end + 12))) out.push([owner.id, target.id]);
    }
    return out;
  };
}

/**
 * An activity item of an agency's own report: "(b) Participation in the GMG and GMG working group meetings", "• Active
 * involvement in the JMDI". Nobody is named as the actor, and in the agency's chapter the report is its own.
 */
const ACTIVITY_ITEM = /^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[).]\s*|[•*–-]\s*)?(?:(?:active|continued|regular|ongoing)\s+)?(?:participation|involvement)\s+in\s+(?:the\s+)?/i;

function activityItem(text: string, ms: M[], ownerId: string | null): Array<[string, string]> {
  const item = ACTIVITY_ITEM.exec(text);
  if (!ownerId || !item) return [];
  const targets = listAt(ms.filter((m) => m.kind === "FORUM" || m.kind === "INITIATIVE"), text, item[0].length, endOfClause(text, item[0].length), 0);
  return targets.filter((t) => t.id !== ownerId).map((t) => [ownerId, t.id]);
}

/** Readings of a partner's or supporter's role stated through a phrase rather than a verb on the relation's target. */
export const ROLE_PHRASE_RULES: PhraseRule[] = [
  {
    id: "partner-on-programme",
    // The verbs of its pattern.
    needs: ["partner", "collaborat", "cooperat", "work"],
    type: "PARTICIPATES_IN",
    confidence: 0.7,
    // "X is partnering with A and B on the … Programme": all of them take part in the programme,
    // except a partner whose name the programme carries (that one leads it).
    read(text, ms) {
      const out: Array<[string, string]> = [];
      for (const v of text.matchAll(/\b(?:partner(?:s|ed|ing)?|collaborat(?:es|ed|ing)|cooperat(?:es|ed|ing)|work(?:s|ed|ing)?)\s+(?:closely\s+)?with\s+/gi)) {
        const subjects = subjectsBefore(ms, text, v.index!, ["ORGANIZATION", "COUNTRY"]);
        if (!subjects.length || NON_FACT.test(text.slice(subjects[subjects.length - 1]!.end, v.index!))) continue;
        const from = v.index! + v[0].length;
        const partners = listAt(ms.filter((m) => m.kind === "ORGANIZATION" || m.kind === "COUNTRY"), text, from, Math.min(endOfClause(text, from), from + 240), 6);
        const after = partners.length ? partners[partners.length - 1]!.end : from;
        // The programme closes the partner list ("… and UNHCR (UNHCR) in the second phase of the JMDI"), in the same clause.
        const ini = ms.find(
          (m) =>
            m.kind === "INITIATIVE" &&
            m.start >= after &&
            m.start - after <= 120 &&
            !/[;:.]|\b(?:which|who|that|while|where|whereas)\b/.test(text.slice(after, m.start)) &&
            /(?:^|[\s)])(?:on|in)\s+(?:the\s+)?(?:(?:first|second|third|new|pilot|current|global|\d+-country)\s+)*(?:phase\s+of\s+(?:the\s+)?)?(?:[\w–-]+\s+){0,2}$/.test(text.slice(after, m.start)) &&
            !/\b(?:on|in)\b/.test(text.slice(after, m.start).replace(/(?:^|[\s)])(?:on|in)\s+(?:the\s+)?(?:(?:first|second|third|new|pilot|current|global|\d+-country)\s+)*(?:phase\s+of\s+(?:the\s+)?)?(?:[\w–-]+\s+){0,2}$/, "")),
        );
        // "on its Development Account project “Strengthening …”": the name qualifies another project, the one the partners work on.
        if (!ini || /^\s+(?:project|programme|program|initiative)\b/.test(text.slice(ini.end, ini.end + 14))) continue;
        const named = text.slice(ini.start, ini.end);
        for (const o of [...subjects, ...partners]) if (!named.includes(text.slice(o.start, o.end))) out.push([o.id, ini.id]);
      }
      return out;
    },
    examples: {
      positive: [
        { text: "UN Women is partnering with ILO and OHCHR on the ILO Global Action Programme on Migrant Domestic Workers and their Families.", expect: ["org:ohchr", "ini:ilo-global-action-programme-on-migrant-domestic-workers-and-their-families"] },
        { text: "UN Women is also partnering with UNDP and IOM in the second phase of the JMDI.", expect: ["org:un-women", "ini:jmdi"] },
        { text: "UN Women is also partnering with UNDP, the UN High Commissioner of Refugees (UNHCR) in the second phase of the JMDI.", expect: ["org:undp", "ini:jmdi"] },
      ],
      negative: [
        { text: "UN Women plans to partner with UNDP on the JMDI.", expect: ["org:un-women", "ini:jmdi"] },
        { text: "UN Women is partnering with UNDP on research, while IOM runs the JMDI.", expect: ["org:undp", "ini:jmdi"] },
        { text: "UNFPA has collaborated with UNDP on its JMDI project “Harbour Data for Towns”.", expect: ["org:undp", "ini:jmdi"] },
        { text: "UN Women is partnering with UNDP on research on returns in the JMDI countries.", expect: ["org:undp", "ini:jmdi"] },
        { text: "UN Women is partnering with ILO and OHCHR on the ILO Global Action Programme on Migrant Domestic Workers and their Families.", expect: ["org:ilo", "ini:ilo-global-action-programme-on-migrant-domestic-workers-and-their-families"] },
      ],
    },
  },
  {
    id: "supports-forum-chair",
    type: "SUPPORTS",
    confidence: 0.7,
    // Supporting or working with a forum meeting's chair supports that meeting. The meeting is named
    // in the chair's phrase ("the Chair-in-Office of the sixth GFMD", "the GFMD chairmanship") or,
    // failing that, in the phrase the sentence opens with ("At the Mexico GFMD 2010, UNICEF …").
    read(text, ms) {
      const out: Array<[string, string]> = [];
      const forums = ms.filter((m) => m.kind === "FORUM");
      // Only a sentence naming a forum and writing a chair's word anywhere can state it.
      if (forums.length === 0 || !/Chair|chairmanship|Presidency/.test(text)) return out;
      for (const v of text.matchAll(/\b(?:support(?:s|ed|ing)?|assist(?:s|ed|ing)?|(?:work(?:s|ed|ing)?|collaborat(?:es|ed|ing)|cooperat(?:es|ed|ing))\s+(?:closely\s+)?with)\s+(?:the\s+)?/gi)) {
        const subjects = subjectsBefore(ms, text, v.index!, ["ORGANIZATION"]);
        if (!subjects.length || NON_FACT.test(text.slice(subjects[subjects.length - 1]!.end, v.index!))) continue;
        const from = v.index! + v[0].length;
        const phrase = text.slice(from, Math.min(endOfClause(text, from), from + 90));
        const chair = /\b(?:Chair|Chairmanship|chairmanship|Chair-in-Office|Presidency)\b/.exec(phrase);
        // Only the object phrase: a chair named before any other verb or clause.
        if (!chair || /\b(?:and then|which|who|that)\b/.test(phrase.slice(0, chair.index))) continue;
        const end = from + chair.index + chair[0].length;
        const inPhrase = forums.find((f) => f.start >= from && f.start <= end + 30 && /^[\s\w,-]*$/.test(text.slice(end, f.start)) === (f.start >= end));
        const fronted = forums.find((f) => f.end <= subjects[0]!.start && /^\s*(?:At|For|During|Under)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?$/.test(text.slice(0, f.start)));
        const forum = inPhrase ?? fronted;
        if (forum) for (const s of subjects) out.push([s.id, forum.id]);
      }
      return out;
    },
    examples: {
      positive: [
        { text: "ECA particularly supported the Government of Mauritius, the Chair-in-Office of the GFMD 2012, in its preparations.", expect: ["org:eca", "forum:gfmd-2012"] },
        { text: "At the Mexico GFMD 2010, UNICEF collaborated closely with the Mexican Chair on two round tables.", expect: ["org:unicef", "forum:gfmd-2010"] },
      ],
      negative: [
        { text: "At the GFMD 2010, UNICEF met the Mexican Chair to discuss data.", expect: ["org:unicef", "forum:gfmd-2010"] },
        { text: "UNICEF will support the Chair-in-Office of the GFMD 2012.", expect: ["org:unicef", "forum:gfmd-2012"] },
        { text: "At the GFMD 2010, UNICEF supported children who migrate, and the Mexican Chair thanked it.", expect: ["org:unicef", "forum:gfmd-2010"] },
      ],
    },
  },
  {
    id: "supports-preparations",
    // The noun of its pattern.
    needs: ["preparation"],
    type: "SUPPORTS",
    confidence: 0.7,
    // "the Division is actively engaged in the preparations for the second HLD": preparing a meeting supports it.
    read(text, ms) {
      const out: Array<[string, string]> = [];
      for (const v of text.matchAll(/\b(?:engaged|involved|participated|participates|participating|took part|takes part|assisted|assists|contributed|contributes)\s+(?:in|to)\s+(?:the\s+)?(?:[a-z-]+\s+)?preparations?\s+(?:of|for)\s+(?:the\s+)?/gi)) {
        const subjects = subjectsBefore(ms, text, v.index!, ["ORGANIZATION", "COUNTRY"]);
        if (!subjects.length || NON_FACT.test(text.slice(subjects[subjects.length - 1]!.end, v.index!))) continue;
        const end = v.index! + v[0].length;
        const forum = ms.find((m) => m.kind === "FORUM" && m.start >= end && m.start - end <= 12 && /^(?:[\w-]+\s+)?$/.test(text.slice(end, m.start)));
        if (forum) for (const s of subjects) out.push([s.id, forum.id]);
      }
      return out;
    },
    examples: {
      positive: [{ text: "Currently, UN DESA is actively engaged in the preparations for the HLD 2013.", expect: ["org:un-desa", "forum:hld-2013"] }],
      negative: [
        { text: "UN DESA will be engaged in the preparations for the HLD 2013.", expect: ["org:un-desa", "forum:hld-2013"] },
        { text: "UN DESA was engaged in the preparations for a report that was presented at the HLD 2013.", expect: ["org:un-desa", "forum:hld-2013"] },
      ],
    },
  },
  {
    id: "possessive-participation",
    // The nouns it keeps.
    needs: ["participation", "involvement"],
    type: "PARTICIPATES_IN",
    confidence: 0.7,
    // "IOM’s participation in the GFMD", "its involvement in the JMDI": the owner of the nominalised role is its actor.
    read: possessiveRole(/^(?:participation|involvement)$/i),
    examples: {
      positive: [{ text: "The report describes IOM’s active participation in the GFMD 2012.", expect: ["org:iom", "forum:gfmd-2012"] }],
      negative: [
        { text: "The Chair called for IOM’s participation in the GFMD 2012.", expect: ["org:iom", "forum:gfmd-2012"] },
        { text: "IOM’s participation in a side event was noted, and the GFMD 2012 closed.", expect: ["org:iom", "forum:gfmd-2012"] },
      ],
    },
  },
  {
    id: "activity-item",
    type: "PARTICIPATES_IN",
    confidence: 0.7,
    read: activityItem,
    examples: {
      positive: [
        { text: "Economic Commission for Africa\n\nThe Commission works on migration.\n\n1. Migration-related activities since the 2006 High-level Dialogue\n\n(b) Participation in the GMG and in the GFMD 2012.", expect: ["org:eca", "forum:gmg"] },
      ],
      negative: [
        // Another's participation, or a participation hoped for, is not the chapter agency's activity.
        { text: "Economic Commission for Africa\n\nThe Commission works on migration.\n\n1. Migration-related activities since the 2006 High-level Dialogue\n\n(b) The participation of civil society in the GMG grew.", expect: ["org:eca", "forum:gmg"] },
        { text: "Economic Commission for Africa\n\nThe Commission works on migration.\n\n1. Migration-related activities since the 2006 High-level Dialogue\n\n(b) Participation in a workshop on data, organized by the GMG.", expect: ["org:eca", "forum:gmg"] },
      ],
    },
  },
  {
    id: "possessive-funding",
    // The nouns of POSSESSIVE_MONEY.
    needs: ["contribution", "donation", "grant", "funding"],
    type: "FUNDS",
    confidence: 0.7,
    read: possessiveMoney,
    examples: {
      positive: [
        { text: "Switzerland's contribution to the JMDI amounted to CHF 5 million.", expect: ["ctry:ch", "ini:jmdi"] },
        { text: "Thanks to Sweden's contribution of USD 3 million, KNOMAD widened its work on remittances.", expect: ["ctry:se", "ini:knomad"] },
      ],
      negative: [
        // No money named: help of another kind.
        { text: "Switzerland's contribution to the JMDI was a study of local authorities.", expect: ["ctry:ch", "ini:jmdi"] },
        { text: "The board asked for Switzerland's contribution to the JMDI of CHF 5 million.", expect: ["ctry:ch", "ini:jmdi"] },
        // Two initiatives named: the sum's destination is not said.
        { text: "Thanks to Sweden's contribution of USD 3 million, KNOMAD and the JMDI held a joint meeting.", expect: ["ctry:se", "ini:knomad"] },
      ],
    },
  },
  {
    id: "possessive-support",
    // The nouns it keeps.
    needs: ["support", "contribution"],
    type: "SUPPORTS",
    confidence: 0.7,
    // "UNICEF’s support to the GFMD 2010", "its technical contribution to the JMDI"; money given to an initiative is
    // funding it (possessive-funding), not support besides.
    read: (text, ms) => {
      const funded = new Set(possessiveMoney(text, ms).map(([s, t]) => `${s} ${t}`));
      return possessiveRole(/^(?:support|contributions?)$/i)(text, ms).filter(([s, t]) => !funded.has(`${s} ${t}`));
    },
    examples: {
      positive: [{ text: "The Chair thanked UNICEF for its technical support to the GFMD 2010.", expect: ["org:unicef", "forum:gfmd-2010"] }],
      negative: [
        { text: "The Chair requested UNICEF’s support to the GFMD 2010.", expect: ["org:unicef", "forum:gfmd-2010"] },
        { text: "UNICEF’s support to children was discussed at the GFMD 2010.", expect: ["org:unicef", "forum:gfmd-2010"] },
      ],
    },
  },
];

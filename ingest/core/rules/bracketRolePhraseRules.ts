import type { M } from "../mentionLists.js";
import type { PhraseRule } from "./PhraseRule.js";

const CHAIR_IN_BRACKETS = /^\s*\((?:co-?)?chair(?:person|man|woman)?\)/i;

/**
 * A role written in brackets after a member of a body's list: "The Working Group comprises ESCAP (co-Chair),
 * IOM (co-Chair), ILO …". The bracketed holder chairs the body the sentence named before the list.
 */
export const BRACKET_ROLE_PHRASE_RULES: PhraseRule[] = [
  {
    id: "chair-in-brackets",
    // The role of CHAIR_IN_BRACKETS.
    needs: ["chair"],
    type: "CHAIRED",
    confidence: 0.7,
    read(text: string, ms: M[]) {
      const out: Array<[string, string]> = [];
      for (const m of ms) {
        if ((m.kind !== "ORGANIZATION" && m.kind !== "COUNTRY") || !CHAIR_IN_BRACKETS.test(text.slice(m.end, m.end + 20))) continue;
        const body = ms.filter((f) => f.kind === "FORUM" && f.end <= m.start && !/[.;]\s/.test(text.slice(f.end, m.start))).pop();
        if (body) out.push([m.id, body.id]);
      }
      return out;
    },
    examples: {
      positive: [{ text: "The Global Migration Group comprises the following agencies: UNDP (co-Chair), IOM (co-Chair), UNICEF and UNHCR.", expect: ["org:iom", "forum:gmg"] }],
      negative: [
        { text: "UNDP (co-Chair) and IOM later briefed the Global Migration Group.", expect: ["org:undp", "forum:gmg"] },
        { text: "The Global Migration Group met in May; UNDP (co-Chair) spoke first.", expect: ["org:undp", "forum:gmg"] },
      ],
    },
  },
];

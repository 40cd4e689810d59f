import { endOfClause, listAt } from "../mentionLists.js";
import type { M } from "../mentionLists.js";
import { NON_FACT, type PhraseRule } from "./PhraseRule.js";

/** A fronted phrase naming who leads, at the start of the sentence (past a short time phrase): "Under the leadership of A, …". */
const FRONTED_LEAD = /^\s*(?:(?:In|Since|From|By|After|Until)\s+[^,;.]{1,30},\s*)?Under\s+(?:the\s+)?(?:(?:joint|overall|political)\s+)?(?:leadership|lead|stewardship|guidance|direction)\s+of\s+/i;

/**
 * "Under the leadership of Switzerland and Norway, the Nansen Initiative held consultations": the programme or forum
 * that opens the main clause is led by the bodies named. Where another actor opens it ("…, Ghana joined MIDA"), the
 * leadership is over that actor's act, not over the programme.
 */
function frontedLeadership(text: string, ms: M[]): Array<[string, string]> {
  const head = FRONTED_LEAD.exec(text);
  if (!head) return [];
  const from = head[0].length;
  const actors = ms.filter((m) => (m.kind === "ORGANIZATION" || m.kind === "COUNTRY") && m.via !== "coref");
  const leaders = listAt(actors, text, from, endOfClause(text, from), 4);
  if (!leaders.length) return [];
  const last = leaders[leaders.length - 1]!.end;
  const target = ms.find((m) => (m.kind === "INITIATIVE" || m.kind === "FORUM") && m.start >= last);
  if (!target || !/^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:the\s+)?$/i.test(text.slice(last, target.start))) return [];
  // The main clause must state what happened, not what is planned: "…, MIDA will grow".
  const verb = text.slice(target.end, target.end + 60);
  if (NON_FACT.test(/^[^.;]*?\b\w+(?:ed|s)\b/.exec(verb)?.[0] ?? verb)) return [];
  return leaders.map((l) => [l.id, target.id]);
}

/** Who leads a programme or forum, read from a phrase around it rather than a verb on both ends. */
export const LEADERSHIP_PHRASE_RULES: PhraseRule[] = [
  {
    id: "fronted-leadership",
    type: "LEADS",
    confidence: 0.7,
    read: (text, ms) => frontedLeadership(text, ms),
    examples: {
      positive: [
        { text: "Under the leadership of Switzerland and Norway, the Nansen Initiative held regional consultations.", expect: ["ctry:no", "ini:nansen-initiative"] },
        { text: "In its first years, under the stewardship of IOM, MIDA grew quickly.", expect: ["org:iom", "ini:mida"] },
      ],
      negative: [
        { text: "Under the leadership of IOM, Ghana joined MIDA.", expect: ["org:iom", "ini:mida"] },
        { text: "Under the leadership of IOM, MIDA will grow.", expect: ["org:iom", "ini:mida"] },
        { text: "MIDA was discussed at a meeting held under the leadership of IOM, the JMDI and others.", expect: ["org:iom", "ini:jmdi"] },
      ],
    },
  },
];

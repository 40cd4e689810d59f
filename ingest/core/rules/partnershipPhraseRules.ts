import { listAt } from "../mentionLists.js";
import type { PhraseRule } from "./PhraseRule.js";
import { nonFactPattern } from "./nonFactWords.js";

/**
 * A partnership stated by a noun phrase with its owner: "its collaboration, begun in 2006, with UNITAR, IOM and the
 * MacArthur Foundation", "UNHCR's partnership with the ILO". The owner is a named organization with "’s" or an "its"
 * that coreference resolved; a planned, proposed or possible partnership states none.
 */
const PARTNERSHIP_AFTER_OWNER = /^(?:[’']s)?\s+(?:(?:long-standing|longstanding|close|continued|continuing|ongoing|existing|strategic|formal|joint|\w+-level)\s+)*(?:collaboration|partnership|cooperation)(?:\s*,\s*[^,;]{1,40},)?\s+with\s+(?:the\s+)?$/i;

/**
 * A participle with its partners and no agent: "the meeting, organized in collaboration with WMO", "The database was
 * developed in cooperation with UNDESA". In an agency's own chapter of a report the unwritten agent is the author.
 */
const AGENTLESS_WITH = /\b(?:(?:is|was|were|are|has been|have been|had been)\s+)?(?:\w+ly\s+)?(?:[a-z]+ed|prepared|made|held|run|set up|carried out|undertaken|written|built|done)\s+(?:jointly\s+)?in\s+(?:(?:close|closer|active)\s+)?(?:partnership|collaboration|cooperation|co-operation)\s+with\s+(?:the\s+)?$/;
/** What AGENTLESS_WITH ends with, for the gate before it: the pattern tries a verb at every word of the lead. */
const WITH_BEFORE = /\swith\s+(?:the\s+)?$/;
const NOT_STATED = nonFactPattern("denials", "conditionalModals", "prospectModals", "obligationModals", "ability", "plans", "expected");

/** "with partners such as", "with its UN partners, including": the members of the subject's own class of partners. */
const WITH_PARTNERS = /\bwith\s+(?:(?:its|their|other|key|several|many|various|international|regional|national|UN)\s+){0,2}partners\s*,?\s*(?:such as|including|like|notably|namely|for example|e\.g\.)\s*,?\s*(?:the\s+)?$|\bwith\s+(?:its|their)\s+(?:(?:long-standing|longstanding|close|main|key|UN)\s+)?partners\s+(?:the\s+)?$/i;
/** What may open a sentence before its subject: a date phrase. */
const BEFORE_SUBJECT = /^\s*(?:(?:In|Since|By|During|From)\s+[^,]{1,30},?\s+)?(?:the\s+)?$/;

export const PARTNERSHIP_PHRASE_RULES: PhraseRule[] = [
  {
    id: "with-partners-such-as",
    // Both forms of WITH_PARTNERS.
    needs: ["partners"],
    type: "PARTNERS_WITH",
    confidence: 0.65,
    read(text, ms) {
      const orgs = ms.filter((m) => m.kind === "ORGANIZATION" && m.via !== "coref");
      const first = orgs.find((m) => WITH_PARTNERS.test(text.slice(Math.max(0, m.start - 80), m.start)));
      if (!first) return [];
      let listed = listAt(orgs, text, first.start, text.length, 0);
      const withAt = first.start - WITH_PARTNERS.exec(text.slice(Math.max(0, first.start - 80), first.start))![0].length;
      // The subject: the body that opens the sentence ("ESCAP held workshops with partners such as …"), or, after a
      // fronted phrase holding the list, the body right after its closing comma, going on with its verb ("Through
      // meetings with partners such as IOM, ESCAP has …").
      const before = orgs.filter((m) => m.end <= withAt);
      const opener = before.length === 1 && BEFORE_SUBJECT.test(text.slice(0, before[0]!.start)) && !/\b(?:that|which|who|whose)\b/i.test(text.slice(before[0]!.end, withAt)) ? before[0] : undefined;
      let subject = opener;
      if (!subject && before.length === 0 && listed.length >= 2 && /^\s*(?:Through|In|With|During|At|Via)\b/.test(text)) {
        const [prev, last] = [listed[listed.length - 2]!, listed[listed.length - 1]!];
        if (/^\s*(?:\([^()]{1,15}\))?\s*,\s*(?:the\s+)?$/.test(text.slice(prev.end, last.start)) && /^\s+(?:has|have|had|is|was|were|also|\w+ed|\w+s)\b/.test(text.slice(last.end))) {
          subject = last;
          listed = listed.slice(0, -1);
        }
      }
      if (!subject || NOT_STATED.test(text.slice(subject.end < withAt ? subject.end : 0, withAt))) return [];
      return listed.filter((p) => p.id !== subject.id).map((p) => [subject.id, p.id] as [string, string]);
    },
    examples: {
      positive: [
        { text: "Through workshops and meetings with partners such as IOM and UNDP, ESCAP has facilitated discussion on migration.", expect: ["org:escap", "org:iom"] },
        { text: "In 2012, ESCAP organized two workshops with its partners, including UNDP and UNICEF.", expect: ["org:escap", "org:unicef"] },
        // The partners named right after "its partners", with no "such as".
        { text: "ICMC also builds the wider European Resettlement Network with its partners IOM and UNHCR.", expect: ["org:icmc", "org:iom"] },
      ],
      negative: [
        // The partners are another body's.
        { text: "ESCAP reviewed a study that UNHCR wrote with partners such as IOM and UNDP.", expect: ["org:escap", "org:iom"] },
        { text: "ESCAP plans to hold meetings with partners such as IOM and UNDP.", expect: ["org:escap", "org:iom"] },
      ],
    },
  },
  {
    id: "chapter-agency-partners",
    // The nouns of AGENTLESS_WITH.
    needs: ["partnership", "collaboration", "cooperation", "co-operation"],
    type: "PARTNERS_WITH",
    confidence: 0.65,
    read(text, ms, ownerId) {
      if (!ownerId) return [];
      const orgs = ms.filter((m) => m.kind === "ORGANIZATION" && m.via !== "coref");
      const first = orgs.find((m) => { const lead = text.slice(Math.max(0, m.start - 120), m.start); return WITH_BEFORE.test(lead) && AGENTLESS_WITH.test(lead); });
      if (!first) return [];
      const lead = AGENTLESS_WITH.exec(text.slice(Math.max(0, first.start - 120), first.start))!;
      const verbAt = first.start - lead[0].length;
      // Another actor before the participle may be its agent ("UNDP, which ran it in partnership with"); a name
      // modifying another name ("the ILO Convention") or the chapter's agency itself is none.
      const other = ms.some((m) => (m.kind === "ORGANIZATION" || m.kind === "COUNTRY") && m.end <= verbAt && m.id !== ownerId && !/^\s+[A-Z]/.test(text.slice(m.end, m.end + 3)));
      if (other || NOT_STATED.test(text.slice(0, verbAt))) return [];
      const partners = listAt(orgs, text, first.start, text.length, 0);
      // "… in collaboration with IOM by UNHCR": an agent named after the partners is the one who partnered.
      const after = partners.length ? text.slice(partners[partners.length - 1]!.end, partners[partners.length - 1]!.end + 20) : "";
      if (/^\s*(?:\([^()]{1,15}\))?\s*,?\s*by\b/.test(after)) return [];
      return partners.filter((p) => p.id !== ownerId).map((p) => [ownerId, p.id] as [string, string]);
    },
    examples: {
      positive: [
        { text: "World Meteorological Organization\n\n1. Activities since the 2006 High-level Dialogue\n\nWMO works on drought. The regional seminar on drought, organized in collaboration with the Food and Agriculture Organization and UNEP, met in Rome.", expect: ["org:fao", "org:wmo"] },
      ],
      negative: [
        { text: "World Meteorological Organization\n\n1. Activities since the 2006 High-level Dialogue\n\nWMO works on drought. UNEP held a regional seminar on drought, organized in collaboration with the Food and Agriculture Organization and UNDP.", expect: ["org:fao", "org:wmo"] },
        { text: "World Meteorological Organization\n\n1. Activities since the 2006 High-level Dialogue\n\nWMO works on drought. A regional seminar on drought will be organized in collaboration with the Food and Agriculture Organization and UNEP.", expect: ["org:fao", "org:wmo"] },
        // Outside an agency's chapter nobody is the unwritten agent.
        { text: "WMO works on drought. The regional seminar on drought, organized in collaboration with the Food and Agriculture Organization and UNEP, met in Rome.", expect: ["org:fao", "org:wmo"] },
      ],
    },
  },
  {
    id: "owner-partnership-with",
    // The nouns of PARTNERSHIP_AFTER_OWNER.
    needs: ["collaboration", "partnership", "cooperation"],
    type: "PARTNERS_WITH",
    confidence: 0.7,
    read(text, ms) {
      const out: Array<[string, string]> = [];
      const orgs = ms.filter((m) => m.kind === "ORGANIZATION");
      // "its" inside the sentence is read as the sentence's own subject, the body it opens with ("UNFPA helps … by
      // continuing its collaboration"), not whatever body was named last before it ("the UN community").
      const opener = orgs.find((m) => m.via !== "coref");
      const subject = opener && /^\s*(?:the\s+)?$/i.test(text.slice(0, opener.start)) ? opener : null;
      for (const owner of orgs) {
        const ownerText = text.slice(owner.start, owner.end);
        const its = owner.via === "coref" && /^(?:its|their)$/i.test(ownerText);
        // A written name needs its "’s".
        if (its ? !subject || owner.start < subject.end : owner.via === "coref" || !/^[’']s\b/.test(text.slice(owner.end, owner.end + 2))) continue;
        const ownerId = its ? subject!.id : owner.id;
        const next = orgs.find((m) => m.start > owner.end && m.via !== "coref");
        if (!next || !PARTNERSHIP_AFTER_OWNER.test(text.slice(owner.end, next.start))) continue;
        for (const partner of listAt(orgs.filter((m) => m.via !== "coref"), text, next.start, text.length, 0)) if (partner.id !== ownerId) out.push([ownerId, partner.id]);
      }
      return out;
    },
    examples: {
      positive: [
        { text: "UNFPA helps delegates by continuing its collaboration, begun in 2006, with the UN Institute for Training and Research (UNITAR), IOM and the MacArthur Foundation to offer seminars.", expect: ["org:macarthur-foundation", "org:unfpa"] },
        { text: "UNHCR's long-standing partnership with the ILO covers labour mobility for refugees.", expect: ["org:ilo", "org:unhcr"] },
      ],
      negative: [
        { text: "UNFPA is preparing its proposed collaboration with UNITAR for next year.", expect: ["org:unfpa", "org:unitar"] },
        { text: "UNHCR's report on the partnership between IOM and the ILO came out in May.", expect: ["org:ilo", "org:unhcr"] },
      ],
    },
  },
];

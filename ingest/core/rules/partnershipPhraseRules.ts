import { listAt } from "../mentionLists.js";
import type { PhraseRule } from "./PhraseRule.js";

/**
 * A partnership stated by a noun phrase with its owner: "its collaboration, begun in 2006, with UNITAR, IOM and the
 * MacArthur Foundation", "UNHCR's partnership with the ILO". The owner is a named organization with "’s" or an "its"
 * that coreference resolved; a planned, proposed or possible partnership states none.
 */
const PARTNERSHIP_AFTER_OWNER = /^(?:[’']s)?\s+(?:(?:long-standing|longstanding|close|continued|continuing|ongoing|existing|strategic|formal|joint|\w+-level)\s+)*(?:collaboration|partnership|cooperation)(?:\s*,\s*[^,;]{1,40},)?\s+with\s+(?:the\s+)?$/i;

export const PARTNERSHIP_PHRASE_RULES: PhraseRule[] = [
  {
    id: "owner-partnership-with",
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

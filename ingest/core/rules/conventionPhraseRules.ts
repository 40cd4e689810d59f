import { listAt } from "../mentionLists.js";
import type { PhraseRule } from "./PhraseRule.js";

/** A treaty class noun: what an organization's instruments are called. */
const TREATY_CLASS = "(?:instruments?|conventions?|treaties|treaty|protocols?)";
/** "two instruments of IMO,", "the main conventions of the ILO, namely": the class, then "of", right before the owner. */
const CLASS_OF = new RegExp(`\\b${TREATY_CLASS}\\s+of\\s+(?:the\\s+)?$`, "i");
/** "IMO's conventions, such as", "ILO conventions including": the owner, then the class and a list marker. */
const OWNER_CLASS = new RegExp(`^(?:[’']s)?\\s+(?:(?:own|main|key|core|fundamental|principal|two|three|four|several)\\s+){0,2}${TREATY_CLASS}\\s*(?:,\\s*|\\(\\s*)?(?:such as|including|namely|notably|in particular|i\\.e\\.|e\\.g\\.)?\\s*,?\\s*(?:the\\s+)?$`, "i");
/** After the owner in "instruments of IMO": its acronym in brackets, then a comma or colon opening the list. */
const LIST_OPENS = /^\s*(?:\([^()]{1,15}\))?\s*[,:]\s*(?:(?:namely|notably|i\.e\.)\s*,?\s*)?(?:the\s+)?$/i;

/**
 * An organization's own treaties named as such: "Two instruments of IMO, the SOLAS Convention and the SAR
 * Convention", "ILO conventions such as C97 and C143". The organization keeps and promotes them (PROMOTES). A class
 * noun about something else ("reports of IMO, …") names no treaty; the phrase states what the treaties are, not an
 * act, so a modal elsewhere in the sentence does not cancel it.
 */
export const CONVENTION_PHRASE_RULES: PhraseRule[] = [
  {
    id: "instruments-of",
    // The class nouns of TREATY_CLASS.
    needs: ["instrument", "convention", "treat", "protocol"],
    type: "PROMOTES",
    confidence: 0.7,
    read(text, ms) {
      const out: Array<[string, string]> = [];
      const conventions = ms.filter((m) => m.kind === "CONVENTION" && m.via !== "coref");
      for (const o of ms.filter((m) => m.kind === "ORGANIZATION" && m.via !== "coref")) {
        const before = CLASS_OF.test(text.slice(Math.max(0, o.start - 40), o.start));
        const next = conventions.find((c) => c.start >= o.end);
        if (!next) continue;
        const gap = text.slice(o.end, next.start);
        if (!(before && LIST_OPENS.test(gap)) && !OWNER_CLASS.test(gap)) continue;
        for (const c of listAt(conventions, text, next.start, text.length, 0)) out.push([o.id, c.id]);
      }
      return out;
    },
    examples: {
      positive: [
        { text: "Two instruments of IMO, the International Convention on Maritime Search and Rescue and the SOLAS Convention, set duties for shipmasters.", expect: ["org:imo", "conv:sar-convention"] },
        { text: "The ILO's fundamental conventions, such as the Domestic Workers Convention, apply to all members.", expect: ["org:ilo", "conv:ilo-c189"] },
      ],
      negative: [
        // The class noun is another's: a report of IMO, then a treaty in another clause.
        { text: "Two reports of IMO, published in 2010, cite the International Convention on Maritime Search and Rescue.", expect: ["org:imo", "conv:sar-convention"] },
        { text: "The ILO and the International Convention on Maritime Search and Rescue were both discussed.", expect: ["org:ilo", "conv:sar-convention"] },
      ],
    },
  },
];

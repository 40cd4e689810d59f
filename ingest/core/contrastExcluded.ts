import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";
import { stateStyleSource } from "./stateStyle.js";

/**
 * "Nepal, not Bhutan,", "A and B, but not C,", "A rather than C": a name the sentence sets apart from the rest by a
 * contrast is said not to do what the others do. "not only A but also B" is no contrast ("only" comes between).
 */
const CONTRAST_BEFORE = new RegExp(String.raw`(?:,|\b(?:but|and|though|although|yet))\s+not\s+(?:(?:even|yet)\s+)?(?:the\s+)?(?:${stateStyleSource()})?$|\brather\s+than\s+(?:the\s+)?$`, "i");
/**
 * "All states except Palau attended", "excluding Nauru", "with the exception of Tonga": the name is set apart from the
 * whole the sentence speaks of. After a denying quantifier ("No state except Palau attended") it is the one that did.
 */
const EXCEPT_BEFORE = new RegExp(String.raw`\b(?:except(?:\s+for)?|excluding|with\s+the\s+exception\s+of)\s+(?:the\s+)?(?:${stateStyleSource()})?$`, "i");
/**
 * The denying quantifier stands on the noun the exception is taken from, a few words before it ("No island state
 * except", "None of the members except"): a "No" elsewhere ("Decision No 12", "No later than 2018, every state
 * except") denies nothing of that whole.
 */
const DENIED_WHOLE = /\b(?:[Nn]o\s+(?:\p{L}[\p{L}-]*\s+){0,4}|(?:[Nn]one|[Nn]obody|[Nn]either)\s+(?:of\s+(?:the\s+|its\s+|their\s+)?(?:\p{L}[\p{L}-]*\s+){0,3})?)(?:except(?:\s+for)?|excluding|with\s+the\s+exception\s+of)\s+(?:the\s+)?(?:Governments?\s+of\s+(?:the\s+)?)?$/u;
/**
 * "not the Fund, which UNDP manages,": a set-apart name that heads a relative clause of its own is kept, so that no
 * reader hands the verb to a farther name and the clause's own links stay.
 */
const RELATIVE_AFTER = /^\s*,\s*(?:which|who|whose)\b/i;
/** Between two names of one excluded list: "but not Bhutan or Myanmar", "not Bhutan, Myanmar or Laos". */
const EXCLUDED_LIST_GAP = /^\s*(?:,|,?\s*(?:or|nor|and))\s*(?:the\s+)?$/i;

/**
 * The ids the sentence names only inside a contrastive "not X" (a list that follows "not" included): no reader may
 * take them as an end of what the rest of the sentence states.
 */
export function contrastExcluded(text: string, ms: ReadonlyArray<M>): Set<string> {
  const sorted = [...ms].filter((m) => m.via !== "coref").sort((a, b) => a.start - b.start);
  const out = new Set<string>();
  let previous: M | null = null;
  let previousOut = false;
  for (const m of sorted) {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const excepted = EXCEPT_BEFORE.test(before) && !DENIED_WHOLE.test(text.slice(0, m.start));
    const excluded: boolean = CONTRAST_BEFORE.test(before) || excepted || (previousOut && previous !== null && previous.end <= m.start && EXCLUDED_LIST_GAP.test(text.slice(previous.end, m.start)));
    // A name set apart once stays apart in the whole sentence, even where it is named again: "Fiji, not Samoa, chaired X,
    // and Samoa hosted it" would otherwise hand the chair to Samoa. A true link of the later clause is lost instead.
    if (excluded && !RELATIVE_AFTER.test(text.slice(m.end, m.end + 20))) out.add(m.id);
    previous = m;
    previousOut = excluded;
  }
  return out;
}

/** Sentences for the specs (test/unit/contrastExcluded.test.ts): the triple must (not) be stated. */
export const CONTRAST_EXCLUDED_EXAMPLES: TripleExamples = {
  positive: [
    { text: "Coral Seas Dialogue\n\nTonga and Fiji took part in the Coral Seas Dialogue, and not Palau.", expect: ["PARTICIPATES_IN", "ctry:fj", "forum:coral-seas-dialogue"] },
    { text: "Page\n\nIOM, and not UNHCR, which runs the Harbour Return Programme, advises Tonga.", expect: ["LEADS", "org:unhcr", "ini:harbour-return-programme"] },
    { text: "Coral Seas Dialogue\n\nNot only Fiji but also Tonga took part in the Coral Seas Dialogue.", expect: ["PARTICIPATES_IN", "ctry:to", "forum:coral-seas-dialogue"] },
    // After a denying quantifier the excepted one is the one that did.
    { text: "Lagoon Ferry Forum\n\nNo island state except Nauru attended the Lagoon Ferry Forum in 2018.", expect: ["PARTICIPATES_IN", "ctry:nr", "forum:lagoon-ferry-forum"] },
  ],
  negative: [
    // A "No" that denies nothing of the whole ("Article No 4") leaves the exception set apart.
    { text: "Coral Seas Dialogue\n\nUnder Article No 4 of its rules, all coastal states except Tuvalu took part in the Coral Seas Dialogue.", expect: ["PARTICIPATES_IN", "ctry:tv", "forum:coral-seas-dialogue"] },
    { text: "Coral Seas Dialogue\n\nOnly Samoa, not Tonga, attended the Coral Seas Dialogue in 2020.", expect: ["PARTICIPATES_IN", "ctry:to", "forum:coral-seas-dialogue"] },
    { text: "Coral Seas Dialogue\n\nFiji and Samoa, but not Tonga or Vanuatu, took part in the Coral Seas Dialogue.", expect: ["PARTICIPATES_IN", "ctry:vu", "forum:coral-seas-dialogue"] },
    { text: "Coral Seas Dialogue\n\nFiji and Samoa, but not Tonga or Vanuatu, took part in the Coral Seas Dialogue.", expect: ["PARTICIPATES_IN", "ctry:to", "forum:coral-seas-dialogue"] },
    { text: "Coral Seas Dialogue\n\nTonga and Fiji took part in the Coral Seas Dialogue, and not Palau.", expect: ["PARTICIPATES_IN", "ctry:pw", "forum:coral-seas-dialogue"] },
    { text: "Page\n\nDenmark, rather than the Harbour Trust Fund, which UNICEF manages, pays for the Atoll Water Project.", expect: ["FUNDS", "org:unicef", "ini:atoll-water-project"] },
    { text: "Coral Seas Dialogue\n\nFiji, not Samoa, chaired the Coral Seas Dialogue in 2019, and Samoa hosted the Coral Seas Dialogue in 2021.", expect: ["CHAIRED", "ctry:ws", "forum:coral-seas-dialogue"] },
    { text: "Coral Seas Dialogue\n\nNauru, but not yet Palau, has joined the Coral Seas Dialogue; Palau belongs to the Pacific Islands Forum.", expect: ["MEMBER_OF", "ctry:pw", "forum:coral-seas-dialogue"] },
    { text: "Coral Seas Dialogue\n\nNiue, rather than Tonga, attended the Coral Seas Dialogue in 2021.", expect: ["PARTICIPATES_IN", "ctry:to", "forum:coral-seas-dialogue"] },
    // "except" sets a name apart from a whole, and the list that follows it.
    { text: "Lagoon Ferry Forum\n\nEvery island state except Nauru and Tuvalu attended the Lagoon Ferry Forum in 2018.", expect: ["PARTICIPATES_IN", "ctry:tv", "forum:lagoon-ferry-forum"] },
    // A state's style (any of the shared ones) may stand between "not" or "except" and the state.
    { text: "Coral Seas Dialogue\n\nFiji and Samoa, but not the Kingdom of Tonga, took part in the Coral Seas Dialogue.", expect: ["PARTICIPATES_IN", "ctry:to", "forum:coral-seas-dialogue"] },
    { text: "Coral Seas Dialogue\n\nAll Pacific states except the Republic of Palau attended the Coral Seas Dialogue in 2020.", expect: ["PARTICIPATES_IN", "ctry:pw", "forum:coral-seas-dialogue"] },
  ],
};

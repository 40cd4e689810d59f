import { STATE_STYLE, stateStyleSource } from "./stateStyle.js";
import type { NameRule } from "./NameRule.js";
import type { NameDraft } from "./nameDraft.js";

/**
 * STATE_TITLE: a state's formal style, "the Union of the Comoros", "the Federal Republic of Tinland": a title word
 * (with at most the state adjectives before it) and "of" before the state's own name. The phrase names the state,
 * which its country mention already gives; it is no body, though "Union" and "Federation" head bodies' names. A
 * body named after its country keeps its name ("the Seafarers Union of Ghana"): its other words are no state's style.
 */
export const STATE_TITLE: NameRule = {
  id: "state-title",
  what: "A state's formal style ('the Union of the Comoros', 'the Federation of Malaysia') names the state, not a body: only state adjectives may stand before the title word, and the state's name must close the phrase.",
  // A government is a body of the state; only the state's own title words name the state itself.
  words: STATE_STYLE.titles.filter((w) => !w.startsWith("Government")),
  positive: [
    { text: "The Seafarers Union of Ghana asked for a meeting with the ministry.", name: "Seafarers Union of Ghana", kind: "ORGANIZATION" },
    { text: "The Union of the Comoros joined the Coastal Labour Network in 2015.", name: "Comoros", kind: "COUNTRY" },
  ],
  negative: [
    { text: "The Union of the Comoros joined the Coastal Labour Network in 2015.", name: "Union of the Comoros" },
    { text: "Delegates of the Federation of Malaysia signed the coastal accord.", name: "Federation of Malaysia" },
  ],
};

const TITLE = new RegExp(`^${stateStyleSource(STATE_TITLE.words)}$`);

/** True when the draft is a state's formal style: its words before a country mention closing it are a title. */
export function isStateTitle(d: Pick<NameDraft, "scan" | "start" | "end">): boolean {
  const { text, hits } = d.scan;
  return hits.some((h) => h.kind === "COUNTRY" && h.end === d.end && h.start > d.start && TITLE.test(text.slice(d.start, h.start)));
}

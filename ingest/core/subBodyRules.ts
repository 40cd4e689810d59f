/**
 * The standing bodies a forum or programme has one of, named from it: its steering committee, its consultation
 * mechanism, its ad hoc group, its trust fund board. A body named so is a forum within its owner (PART_OF), named
 * with the owner's name whichever way the text writes it ("the Rabat Process Steering Committee", "the Steering
 * Committee of the Rabat Process", and on a page about the Rabat Process "the Steering Committee" alone); see
 * governingBody.ts. Data, with example sentences run by test/unit/subBodies.test.ts through the whole pipeline.
 *
 * A body of this shape is the owner's only one of its kind: the modifier says what it does for the whole forum
 * ("Steering", "Consultation", "Ad Hoc"). A body a forum has many of ("a Working Group", "a thematic workshop") is
 * not: its own name tells it apart ("the Working Group on Trafficking in Persons", read by ownedUnit.ts).
 */
export const SUB_BODIES = {
  /** The words before the body noun that make it the owner's one body of that role. */
  modifiers: [
    "Executive", "Steering", "Governing", "Management", "Advisory", "Coordinating", "Coordination", "Standing", "Core",
    "Consultation", "Consultative", "Ad Hoc", "Ad-hoc", "Operational", "Technical", "Trust Fund", "Oversight", "Supervisory",
    "Programme Steering", "Project Steering", "Joint Steering", "Joint Technical", "International Steering",
  ],
  /** The body nouns: a committee, board, council, group or mechanism (never "Working Group": a forum has many). */
  heads: ["Committee", "Board", "Council", "Group", "Mechanism"],
  /**
   * A body still to be set up is none yet: "plan to create an Ad Hoc Group of X", "the X Technical Committee will be
   * formed once …". A plan, wish or proposal before the creating verb, or a future or modal passive after the name.
   */
  plannedBefore: /\b(?:plans?|planned|planning|intends?|intended|intending|propos(?:e|es|ed|ing)|aims?|hopes?|wants?|wish(?:es)?|agreed|decided|calls?|called|urged?|will|would|should|could|may|might|shall)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:create|establish|set\s+up|form|launch|convene|build|for)\s+(?:a|an|the|its)\s+(?:new\s+|future\s+|permanent\s+)?$/i,
  plannedAfter: /^\s*(?:,[^,]{0,60},\s*)?(?:will|would|is\s+to|are\s+to|shall|should|is\s+going\s+to)\s+be\s+(?:\w+\s+)?(?:set\s+up|formed|created|established|launched|convened|constituted)\b/i,
};

/** Whether the body named at [start, end) of `text` is one a sentence plans, proposes or announces for later. */
export function plannedBody(text: string, start: number, end: number): boolean {
  const sentenceStart = Math.max(text.lastIndexOf(". ", start) + 1, text.lastIndexOf("\n", start) + 1, 0);
  return SUB_BODIES.plannedBefore.test(text.slice(sentenceStart, start)) || SUB_BODIES.plannedAfter.test(text.slice(end, end + 120));
}

const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-\s]/g, "[-\\s]")).join("|");

/** "Steering Committee", "Consultation Mechanism", "Trust Fund Board": a whole name made of a modifier and a body noun. */
export const GOVERNING_BODY = new RegExp(`^(?:${alternatives(SUB_BODIES.modifiers)})\\s+(?:${alternatives(SUB_BODIES.heads)})$`);

/**
 * "Khartoum Process Steering Committee": a name that ends in such a body, the words before it its owner's. "Standing"
 * and "Core" are left out: "the Inter-Agency Standing Committee" is a body of its own, no committee of an "Inter-Agency".
 */
const TAIL_MODIFIERS = SUB_BODIES.modifiers.filter((m) => m !== "Standing" && m !== "Core");
export const GOVERNING_TAIL = new RegExp(`^(.+?)\\s+((?:${alternatives(TAIL_MODIFIERS)})\\s+(?:${alternatives(SUB_BODIES.heads)}))$`);

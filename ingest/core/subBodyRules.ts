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

/**
 * Parts a forum has several of, each told apart by its own modifier: "the IDP subgroup", "the Northern cluster". The
 * modifier is capitalised (a region, an acronym, a topic); the noun may be written in lower case.
 */
export const PART_BODIES = {
  heads: ["subgroup", "sub-group", "cluster"],
  /** One to four capitalised words or acronyms before the noun ("Central and Southern", "IDP"). */
  modifier: "(?:[A-Z][\\p{L}’'-]*)(?:\\s+(?:and\\s+)?[A-Z][\\p{L}’'-]*){0,3}",
};

/** "IDP Subgroup", "Northern cluster": a part's own name. */
const partHeads = PART_BODIES.heads.map((h) => `[${h[0]}${h[0]!.toUpperCase()}]${h.slice(1)}`).join("|");
export const PART_BODY = new RegExp(`^${PART_BODIES.modifier}\\s+(?:${partHeads})$`, "u");
/** "the IDP subgroup": a part named in running text, its modifier in group 1 and its noun in group 2. */
export const PART_PHRASE = new RegExp(`\\b(${PART_BODIES.modifier})\\s+(${partHeads})\\b(?![-\\p{L}])`, "gu");
/** The noun PART_PHRASE needs after a space, for the gate before it: the pattern tries a modifier at every capital. */
export const PART_HEAD = new RegExp(`\\s(?:${partHeads})\\b`);

/** "Steering Committee", "Consultation Mechanism", "Trust Fund Board": a whole name made of a modifier and a body noun. */
export const GOVERNING_BODY = new RegExp(`^(?:${alternatives(SUB_BODIES.modifiers)})\\s+(?:${alternatives(SUB_BODIES.heads)})$`);

/**
 * "Khartoum Process Steering Committee": a name that ends in such a body, the words before it its owner's. "Standing"
 * and "Core" are left out: "the Inter-Agency Standing Committee" is a body of its own, no committee of an "Inter-Agency".
 */
const TAIL_MODIFIERS = SUB_BODIES.modifiers.filter((m) => m !== "Standing" && m !== "Core");
export const GOVERNING_TAIL = new RegExp(`^(.+?)\\s+((?:${alternatives(TAIL_MODIFIERS)})\\s+(?:${alternatives(SUB_BODIES.heads)}))$`);

/**
 * A governing body's name as read: its role and noun before its owner's ("Steering Group of the Coastal Process", the
 * words before the first "of" a GOVERNING_BODY), or after it ("Khartoum Process Steering Committee", GOVERNING_TAIL).
 */
export function isGoverningName(name: string): boolean {
  const of = /^([\s\S]+?)\s+of\s+/.exec(name);
  return (!!of && GOVERNING_BODY.test(of[1]!)) || GOVERNING_TAIL.test(name);
}

/**
 * Example pages (test/unit/subBodies.test.ts, through the whole pipeline): `expect` is [type, sourceId, targetId];
 * `unnamed` are names no entity may carry. Written for these specs.
 */
export const SUB_BODY_EXAMPLES = {
  positive: [
    // The body written after its forum's name, with a modifier and noun the older list did not know.
    { text: "Hungary chaired the Budapest Process Consultation Mechanism in 2019.", expect: ["PART_OF", "forum:consultation-mechanism-of-the-budapest-process", "forum:budapest-process"] },
    { text: "Hungary chaired the Budapest Process Consultation Mechanism in 2019.", expect: ["CHAIRED", "ctry:hu", "forum:consultation-mechanism-of-the-budapest-process"] },
    // Written before "of the <forum>".
    { text: "The Ad Hoc Group of the Prague Process met in Warsaw in May.", expect: ["PART_OF", "forum:ad-hoc-group-of-the-prague-process", "forum:prague-process"] },
    // A fund's board: a forum within the programme.
    { text: "Sweden joined the Coastal Migration Fund Trust Fund Board in 2021.", expect: ["PART_OF", "forum:trust-fund-board-of-the-coastal-migration-fund", "ini:coastal-migration-fund"] },
    { text: "Sweden joined the Coastal Migration Fund Trust Fund Board in 2021.", expect: ["MEMBER_OF", "ctry:se", "forum:trust-fund-board-of-the-coastal-migration-fund"] },
    // Alone, on a page whose breadcrumb title names one forum.
    { text: "Prague Process > Governance\n\nThe Technical Committee prepares the senior officials' meetings. Poland chairs the Technical Committee.", expect: ["CHAIRED", "ctry:pl", "forum:technical-committee-of-the-prague-process"] },
    // Alone, on a page whose headline under a breadcrumb names the forum.
    { text: "About > Governance\n\nCORAL SEA LABOUR PROCESS (PACIFIC MOBILITY ROUTE)\nSet up in 2014 as a platform for eight states.\n\nThe Steering Committee met in Suva. Fiji and Samoa sit on the Steering Committee.", expect: ["MEMBER_OF", "ctry:ws", "forum:steering-committee-of-the-coral-sea-labour-process"] },
    // A later mention alone, after the body was named once in the passage, is the same body.
    { text: "Colombo Process\n\nThe Colombo Process gathers twelve Asian states.\n\nThe Consultation Mechanism can be convened by the chair in a crisis. Nepal and Pakistan took part in the Consultation Mechanism in 2020.", expect: ["PARTICIPATES_IN", "ctry:pk", "forum:consultation-mechanism-of-the-colombo-process"] },
    // "Its" standing for the one forum the passage named before.
    { text: "The Budapest Process meets every year. Its Steering Committee is chaired by Hungary.", expect: ["CHAIRED", "ctry:hu", "forum:steering-committee-of-the-budapest-process"] },
    // A governing body written in lower case right after its programme's name (lowerSubBodies.ts).
    { text: "In 2023 the Coastal Labour Initiative advisory committee was co-chaired by Ghana and Peru.", expect: ["CHAIRED", "ctry:gh", "forum:advisory-committee-of-the-coastal-labour-initiative"] },
    // Parts told apart by their own modifier, on the forum's page; each line lists its part's members (bodyLabel.ts).
    { text: "Rabat Process\n\nThe Rabat Process groups its members in two clusters:\n- Northern cluster: France, Morocco and Spain\n- Southern cluster: Guinea, Mali and Senegal\n", expect: ["MEMBER_OF", "ctry:ml", "forum:southern-cluster-of-the-rabat-process"] },
    { text: "Rabat Process\n\nThe Rabat Process groups its members in two clusters:\n- Northern cluster: France, Morocco and Spain\n- Southern cluster: Guinea, Mali and Senegal\n", expect: ["PART_OF", "forum:northern-cluster-of-the-rabat-process", "forum:rabat-process"] },
    // A body named by who sits on it, with its owner after "of" (SEATED_BODIES).
    { text: "The Board of Governors of the Coastal Migration Fund met in Rome. Italy chairs the Board of Governors of the Coastal Migration Fund.", expect: ["CHAIRED", "ctry:it", "forum:board-of-governors-of-the-coastal-migration-fund"] },
    { text: "The Board of Governors of the Coastal Migration Fund met in Rome.", expect: ["PART_OF", "forum:board-of-governors-of-the-coastal-migration-fund", "ini:coastal-migration-fund"] },
    // "The Dialogue's" in a passage that names no dialogue: the one dialogue the page named before it.
    { text: "Gulf notes\n\nLabour ministers met under the Abu Dhabi Dialogue in 2019.\n\nA year later the Dialogue's Advisory Committee met in Dubai.", expect: ["PART_OF", "forum:advisory-committee-of-the-abu-dhabi-dialogue", "forum:abu-dhabi-dialogue"] },
  ] as Array<{ text: string; expect: [string, string, string] }>,
  negative: [
    // "of the Network's trust fund": the possessive hands the body to the fund, so the Network owns no Steering Committee here.
    { text: "The Reef Mobility Network keeps a pooled fund. Fiji chairs the Steering Committee of the Network's pooled fund.", expect: ["PART_OF", "forum:steering-committee-of-the-reef-mobility-network", "ini:reef-mobility-network"] },
    { text: "Fiji chairs the Advisory Board of the Reef Mobility Network's grant facility.", expect: ["CHAIRED", "ctry:fj", "forum:advisory-board-of-the-reef-mobility-network"] },
    // A dialogue the page names only after "the Dialogue's" body is not its owner.
    { text: "Gulf notes\n\nThe Dialogue's Advisory Committee met in Dubai in 2020.\n\nA year before, labour ministers had met under the Abu Dhabi Dialogue.", expect: ["PART_OF", "forum:advisory-committee-of-the-abu-dhabi-dialogue", "forum:abu-dhabi-dialogue"] },
    // Two dialogues on the page: whose "the Dialogue's" body is, the page does not say.
    { text: "Notes\n\nThe Coral Sea Labour Dialogue and the Reef Labour Dialogue met in Suva.\n\nLater the Dialogue's Advisory Committee met.", expect: ["PART_OF", "forum:advisory-committee-of-the-coral-sea-labour-dialogue", "forum:coral-sea-labour-dialogue"] },
    // A seated body named alone is any body's: never the page's forum by that alone.
    { text: "Prague Process > Bodies\n\nThe Board of Governors met in Warsaw.", expect: ["PART_OF", "forum:board-of-governors-of-the-prague-process", "forum:prague-process"] },
    // A cluster's members are not the other cluster's.
    { text: "Rabat Process\n\nThe Rabat Process groups its members in two clusters:\n- Northern cluster: France, Morocco and Spain\n- Southern cluster: Guinea, Mali and Senegal\n", expect: ["MEMBER_OF", "ctry:ml", "forum:northern-cluster-of-the-rabat-process"] },
    // Another forum named before the part: whose it is, the page does not say.
    { text: "Rabat Process\n\nThe Rabat Process and the Budapest Process met in Vienna. The Eastern cluster met later in Riga.", expect: ["PART_OF", "forum:eastern-cluster-of-the-rabat-process", "forum:rabat-process"] },
    // Two forums named before "Its": whose body it is, the passage does not say.
    { text: "The Budapest Process and the Prague Process meet every year. Its Steering Committee is chaired by Hungary.", expect: ["PART_OF", "forum:steering-committee-of-the-budapest-process", "forum:budapest-process"] },
    // "working group" in lower case is one of many, no governing body.
    { text: "Ghana chaired the Rabat Process working group in 2019.", expect: ["PART_OF", "forum:working-group-of-the-rabat-process", "forum:rabat-process"] },
    // A body still to be set up.
    { text: "Ministers plan to create an Ad Hoc Group of the Prague Process on returns.", expect: ["PART_OF", "forum:ad-hoc-group-of-the-prague-process", "forum:prague-process"] },
    { text: "Ministers plan to create a Steering Committee of the Prague Process next year.", expect: ["PART_OF", "forum:steering-committee-of-the-prague-process", "forum:prague-process"] },
    { text: "The Budapest Process Technical Committee will be formed next year, Hungary said.", expect: ["PART_OF", "forum:technical-committee-of-the-budapest-process", "forum:budapest-process"] },
    { text: "The Budapest Process Steering Committee will be set up in 2026.", expect: ["PART_OF", "forum:steering-committee-of-the-budapest-process", "forum:budapest-process"] },
    // A generic body with no parent named.
    { text: "A steering committee was set up for the Prague Process in 2010, and Poland chaired it.", expect: ["PART_OF", "forum:steering-committee-of-the-prague-process", "forum:prague-process"] },
    // Two forums named before the bare body: whose it is, the page does not say.
    { text: "Budapest Process > News\n\nThe Budapest Process and the Prague Process met in Vienna. The Steering Group met afterwards.", expect: ["PART_OF", "forum:steering-group-of-the-budapest-process", "forum:budapest-process"] },
    // The forum named inside the body's name is a word of it, no second thing the body's chairs chair.
    { text: "Togo and Spain co-chair the Consultation Mechanism of the Budapest Process.", expect: ["CHAIRED", "ctry:tg", "forum:budapest-process"] },
    { text: "Togo and Spain co-chair the Steering Committee of the Budapest Process.", expect: ["CHAIRED", "ctry:es", "forum:budapest-process"] },
    // A body a forum has many of, alone: no body of the page's forum.
    { text: "Prague Process > Bodies\n\nThe Working Group met in Kyiv and Poland chaired it.", expect: ["PART_OF", "forum:working-group-of-the-prague-process", "forum:prague-process"] },
  ] as Array<{ text: string; expect: [string, string, string] }>,
  /** A forum's own name that ends in a body noun is no body of another: no entity of that name. */
  unnamed: [
    // A possessor that is not the page's forum: the body is not the topic's.
    { text: "Coral Sea Labour Dialogue\n\nThe Process's Steering Group met in Apia.", name: "Steering Group of the Coral Sea Labour Dialogue" },
    // Parts in the plural, with no modifier of their own, name no one part.
    { text: "Rabat Process\n\nThematic subgroups co-led by members carry out the work.", name: "Thematic subgroup of the Rabat Process" },
    { text: "Prague Process > Bodies\n\nThe Inter-Agency Standing Committee met in Geneva.", name: "Standing Committee of the Prague Process" },
    { text: "Prague Process > Bodies\n\nUNICEF chaired the Global Migration Group in 2011.", name: "Global Migration Group of the Prague Process" },
    { text: "Budapest Process > About\n\nThe Pacific Technical Committee met in Suva.", name: "Technical Committee of the Budapest Process" },
  ] as Array<{ text: string; name: string }>,
};

/** "Fair Recruitment Initiative advisory committee": a governing body written in lower case right after its owner's name. */
export const LOWER_TAIL = new RegExp(`^\\s+((?:${alternatives(TAIL_MODIFIERS.map((m) => m.toLowerCase()))})\\s+(?:${SUB_BODIES.heads.map((h) => h.toLowerCase()).join("|")}))\\b(?![-\\w]|\\s+(?:of|on|for|to)\\b|\\s+[A-Z])`);

/**
 * "the Board of Governors", "the Authority of Heads of State and Government", "the Committee of Ministers": a governing
 * body named by who sits on it. A body has one of each, so with its owner written after it ("… of the Coastal Fund",
 * "… of SAVEC") it is that owner's own body. Named alone it may be any body's, a state's cabinet among them: only an
 * owner written with it makes it one (never the page's topic by itself, unlike SUB_BODIES).
 */
export const SEATED_BODIES = {
  heads: ["Board", "Council", "Committee", "Authority", "Assembly"],
  seated: ["Governors", "Trustees", "Directors", "Ministers", "Heads of State and Government", "Heads of State", "Heads of Government", "Senior Officials", "Permanent Representatives", "Ambassadors"],
};
export const SEATED_BODY = new RegExp(`^(?:${alternatives(SEATED_BODIES.heads)})\\s+of\\s+(?:${alternatives(SEATED_BODIES.seated)})$`);
/** "Authority of Heads of State and Government of SAVEC": the seated body in group 1, its owner's name (after "of", "the") in group 2. */
export const SEATED_BODY_OF = new RegExp(`^((?:${alternatives(SEATED_BODIES.heads)})\\s+of\\s+(?:${alternatives(SEATED_BODIES.seated)}))\\s+of\\s+(?:the\\s+)?(?=[A-Z])(.+)$`);

/** Whether a body's own words (before "of the <owner>") name a governing body or a part (SUB_BODIES, PART_BODIES, SEATED_BODIES). */
export const isSubBodyHead = (head: string): boolean => GOVERNING_BODY.test(head) || PART_BODY.test(head) || SEATED_BODY.test(head);

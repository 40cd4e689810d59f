import { describe, expect, it } from "vitest";
import type { M } from "../../ingest/core/mentionLists.js";
import { SECTION_ANSWER_EXAMPLES, answeringVerbs, clauseRole, otherObject, sectionAnswers, sectionQuestion, usesVerb } from "../../ingest/core/questionSection.js";
import { relationLines } from "./support/pipelineRelations.js";
import { linkedOnPage } from "../support/pageGraphs.js";

/** Sections under a question heading (questionSection.ts): the heading is a label, each affirmative clause its answer. */
describe("a section heading that asks, with or without its mark", () => {
  const asks = (label: string) => sectionQuestion(label).map((l) => `${l.type}/${l.topics.join("+")}`).sort();
  it("reads the wh-word and its verb phrase through the question lexicon", () => {
    expect(asks("Who came")).toEqual(["PARTICIPATES_IN/FORUM"]);
    expect(asks("Who pledged")).toEqual(["PARTICIPATES_IN/FORUM"]);
    expect(asks("III. WHO THE MEMBERS ARE")).toEqual(["MEMBER_OF/FORUM", "MEMBER_OF/INITIATIVE", "MEMBER_OF/ORGANIZATION"]);
  });
  it("reads nothing in a heading whose sense is a denial or a plan, nor in a statement or a long line", () => {
    for (const l of ["Who stayed away", "Who did not come", "Who will come next year", "Who came.", "Who came to the talks and what they asked of the hosts in the end"]) expect(sectionQuestion(l)).toEqual([]);
  });
});

describe("the names an affirmative clause gives as its answer", () => {
  const names = ["Portugal", "Chile", "Peru", "Cordaid", "HelpAge"];
  for (const ex of SECTION_ANSWER_EXAMPLES) {
    it(`reads [${ex.names.join(", ")}] in: ${ex.text}`, () => {
      // Mentions where the example's names stand, as recognition would give them.
      const ms: M[] = names.flatMap((n) => [...ex.text.matchAll(new RegExp(`\\b${n}\\b`, "g"))].map((m) => ({ id: n, kind: (n.length > 5 && n !== "Portugal" ? "ORGANIZATION" : "COUNTRY") as M["kind"], isEvent: false, start: m.index!, end: m.index! + n.length })));
      expect(sectionAnswers(ex.text, ms).map((m) => m.id)).toEqual(ex.names);
    });
  }
});

describe("a mention that spans a person and the office they hold", () => {
  it("is the person's, not the body's", () => {
    const text = "Chile's President Ana Soto opened the talks, and Peru sent a minister.";
    const ms: M[] = [
      { id: "ctry:cl", kind: "COUNTRY", isEvent: false, start: 0, end: "Chile's President Ana Soto".length },
      { id: "ctry:pe", kind: "COUNTRY", isEvent: false, start: text.indexOf("Peru"), end: text.indexOf("Peru") + 4 },
    ];
    expect(sectionAnswers(text, ms).map((m) => m.id)).toEqual(["ctry:pe"]);
  });
});

const LEAD = "Seafarers summit ends with new pledges\n\nMANILA, 4 June 2021 – The Manila Summit on Seafarers' Welfare closed on Friday with new money for crews stranded at sea.\n\n";
const took = (text: string) => relationLines(text, "news.txt").filter((l) => / PARTICIPATES_IN Manila Summit/.test(l));

describe("a news item's question sections speak of its one meeting", () => {
  it("takes the subjects and listed names of affirmative clauses as taking part", () => {
    const lines = took(`${LEAD}Who came\n\nPortugal and Chile sent ministers. The guests from the Americas were Peru, Mexico and Colombia.\n`);
    expect(lines).toEqual(expect.arrayContaining(["Chile PARTICIPATES_IN Manila Summit on Seafarers' Welfare", "Colombia PARTICIPATES_IN Manila Summit on Seafarers' Welfare"]));
  });
  it("states nothing of a denied clause inside the section, a venue or a topic, nor under a heading that denies", () => {
    const lines = took(`${LEAD}Who came\n\nPortugal sent a minister; Chile did not come, and nothing shows Peru pledging. The talks were held in the Philippines and dealt with Mexico's new law.\n\nWho stayed away\n\nColombia and Ecuador sent no one.\n`);
    expect(lines.filter((l) => !l.startsWith("Portugal"))).toEqual([]);
  });
});

describe("an FAQ page's question heading whose answer turns to another body", () => {
  it("states nothing for the owner once the section speaks of another programme", () => {
    const page = "Joint Migration and Development Initiative (JMDI)\n\nThe JMDI works with local authorities on migration.\n\nWho are the members?\n\nThe JMDI answers to a board. The Seafarers Return Programme is a separate scheme; Chile and Peru are its members.\n";
    expect(relationLines(page, "faq.txt").filter((l) => / MEMBER_OF Joint Migration/.test(l))).toEqual([]);
  });
});

describe("a clause whose own role noun names its relation", () => {
  const page = (lines: string) => `Joint Migration and Development Initiative (JMDI)\n\nThe JMDI helps towns plan for migration.\n\nWho runs it\n\n${lines}\n`;
  const about = (text: string) => relationLines(text, "roles.txt").filter((l) => / Joint Migration/.test(l));
  it("is read by that role, not by the heading's question", () => {
    const lines = about(page("UNDP steers the work. The ILO is among the scheme's partners, and UNFPA is one of its funders."));
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^United Nations Development Programme LEADS/), expect.stringMatching(/^United Nations Population Fund FUNDS/)]));
    expect(lines.filter((l) => /^(?:International Labour Organization|United Nations Population Fund) LEADS/.test(l))).toEqual([]);
  });
  it("reads the role noun phrase through the label lexicon, with a possessor as the owner's", () => {
    const types = (clause: string) => clauseRole(clause)?.map((l) => l.type) ?? null;
    expect(types(" is one of its funders")).toEqual(["FUNDS"]);
    expect(types(" is among the scheme's partners")).toEqual(["PARTICIPATES_IN"]);
    expect(types(" sent two ministers")).toBeNull();
  });
});

describe("a clause that uses the heading's own verb of some other thing", () => {
  it("answers nothing, while the verb alone or with the owner as its object still answers", () => {
    const page = "Joint Migration and Development Initiative (JMDI)\n\nThe JMDI helps towns plan for migration.\n\nWho runs it\n\nUNDP manages it day to day. UNICEF manages clinics across the border.\n";
    const leads = relationLines(page, "verbs.txt").filter((l) => / LEADS Joint Migration/.test(l));
    expect(leads).toEqual([expect.stringMatching(/^United Nations Development Programme LEADS/)]);
  });
  it("is read only where a verb of the question has an object that is not the owner", () => {
    const ms: M[] = [];
    expect(otherObject(" runs schools in two towns.", ["runs"], ms, 0)).toBe(true);
    expect(otherObject(" runs it with two towns.", ["runs"], ms, 0)).toBe(false);
    expect(otherObject(" runs with two towns.", ["runs"], ms, 0)).toBe(false);
    expect(otherObject(" opened schools in two towns.", ["runs"], ms, 0)).toBe(false);
  });
});

describe("headings that ask what, where or how", () => {
  const asks = (label: string) => [...new Set(sectionQuestion(label).map((l) => `${l.type}/${l.topics.join("+")}`))].sort();
  it("read a meeting's speakers and givers, a programme's places, and how it is run or paid for", () => {
    expect(asks("Who spoke")).toEqual(["PARTICIPATES_IN/FORUM"]);
    expect(asks("What was promised")).toEqual(["PARTICIPATES_IN/FORUM"]);
    expect(asks("Where it operates")).toEqual(["OPERATES_IN/INITIATIVE"]);
    expect(asks("How it is managed")).toEqual(["LEADS/FORUM", "LEADS/INITIATIVE"]);
    expect(asks("How it is financed")).toEqual(["FUNDS/INITIATIVE"]);
  });
  it("read nothing in a heading about what happened, where it met or how it began", () => {
    for (const l of ["What happened", "What was decided", "Where the talks took place", "Where the meetings were held", "How it began", "What comes next", "Where the money goes"]) expect(sectionQuestion(l)).toEqual([]);
  });
});

describe("a heading that asks how", () => {
  it("is answered only by a clause that goes on with one of its verbs", () => {
    const verbs = answeringVerbs(sectionQuestion("How it is run"))!;
    expect(usesVerb(" manages the scheme from Lima.", verbs)).toBe(true);
    expect(usesVerb(" also leads it.", verbs)).toBe(true);
    expect(usesVerb(" sits on its board.", verbs)).toBe(false);
    expect(answeringVerbs(sectionQuestion("Who runs it"))).toBeUndefined();
  });
  it("links the body that runs or pays, not one doing something else in the same section", () => {
    const page = (heading: string, lines: string) => `Joint Migration and Development Initiative (JMDI)\n\nThe JMDI helps towns plan for migration.\n\n${heading}\n\n${lines}\n`;
    const about = (text: string) => relationLines(text, "how.txt").filter((l) => / Joint Migration/.test(l));
    expect(about(page("How it is run", "UNDP manages the initiative from New York. UNFPA chairs its advisory board."))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^United Nations Development Programme LEADS/)]),
    );
    expect(about(page("How it is run", "UNFPA chairs its advisory board, and the ILO sends two experts.")).filter((l) => / LEADS /.test(l))).toEqual([]);
    const funded = about(page("How it is funded", "Italy and Belgium finance it. Norway lends a building."));
    expect(funded).toEqual(expect.arrayContaining(["Italy FUNDS Joint Migration and Development Initiative", "Belgium FUNDS Joint Migration and Development Initiative"]));
    expect(funded.filter((l) => l.startsWith("Norway"))).toEqual([]);
  });
});

describe("a news item's sections on who spoke and what was given", () => {
  it("take the speakers and the givers of affirmative clauses as taking part, and no one a clause hedges", () => {
    const lines = took(`${LEAD}Who spoke\n\nMexico and Colombia spoke first.\n\nWhat was pledged\n\nPortugal pledged ten million dollars, and Chile gave two vessels. Peru might pledge later.\n`);
    expect(lines).toEqual(expect.arrayContaining([
      "Mexico PARTICIPATES_IN Manila Summit on Seafarers' Welfare",
      "Colombia PARTICIPATES_IN Manila Summit on Seafarers' Welfare",
      "Portugal PARTICIPATES_IN Manila Summit on Seafarers' Welfare",
      "Chile PARTICIPATES_IN Manila Summit on Seafarers' Welfare",
    ]));
    expect(lines.filter((l) => l.startsWith("Peru"))).toEqual([]);
  });
});

describe("a message or a voice from afar under Who came", () => {
  const WHO = (line: string) => `The Lusaka Conference on Displacement took place in March 2023, hosted by Zambia.\n\nWho came\n\nMalawi sent ministers. ${line}`;
  const LUSAKA = "forum:lusaka-conference-on-displacement";
  it("a body that reads out another's message in person took part (lost true link)", () => {
    expect(linkedOnPage(WHO("IOM read out a message from the UN Secretary-General."), "org:iom", LUSAKA)).toBe(true);
  });
  it("a state that only sent a video message did not come", () => {
    expect(linkedOnPage(WHO("Chile sent a video message."), "ctry:cl", LUSAKA)).toBe(false);
  });
});

describe("a voice from afar under Who came, a state's too", () => {
  const WHO = (line: string) => `The Gaborone Conference on Displacement took place in May 2022, hosted by Botswana.\n\nWho came\n\nLesotho sent its deputy minister. ${line}`;
  const HARARE = "forum:gaborone-conference-on-displacement";
  it("a state that spoke by video link or joined online did not come", () => {
    expect(linkedOnPage(WHO("Namibia spoke by video link."), "ctry:na", HARARE)).toBe(false);
    expect(linkedOnPage(WHO("Angola joined online."), "ctry:ao", HARARE)).toBe(false);
  });
  it("the sender of a message read out by another did not come; the reader did", () => {
    expect(linkedOnPage(WHO("UNHCR read out a message from UNICEF."), "org:unicef", HARARE)).toBe(false);
    expect(linkedOnPage(WHO("UNHCR read out a message from UNICEF."), "org:unhcr", HARARE)).toBe(true);
  });
});

describe("what a section's clause must say to answer (review rev31b)", () => {
  const MIDA = "Migration for Development in Africa (MIDA)\n\nMIDA is a capacity-building programme run by IOM.\n\n";
  const BUDAPEST = "Budapest Process\n\nThe Budapest Process is a consultative forum of some fifty governments.\n\n";
  const lines = (text: string) => relationLines(text, "r.txt");
  it("under 'Where it works', a clause going on with a verb names donors or plans, not where it works", () => {
    expect(lines(`${MIDA}Where it works\nNorway and Sweden pay for the work in Ethiopia and Somalia.`)).not.toContain("Migration for Development in Africa OPERATES_IN Norway");
    expect(lines(`${MIDA}Where it works\nGhana and Ethiopia host its projects. Somalia and Uganda are next in line.`)).not.toContain("Migration for Development in Africa OPERATES_IN Somalia");
    expect(lines(`${MIDA}Where the migrants work\nItaly and Spain employ most of the diaspora experts.`)).not.toContain("Migration for Development in Africa OPERATES_IN Italy");
  });
  it("under 'Where it works', the bare list of states answers", () => {
    expect(lines(`${MIDA}Where it works\nMali, Niger and Chad.`)).toContain("Migration for Development in Africa OPERATES_IN Niger");
  });
  it("under 'Who spoke', only a clause that speaks answers", () => {
    const text = `${BUDAPEST}Who spoke\nTurkey opened the session. Amnesty International criticised the declaration in a statement from London.`;
    expect(lines(text)).toContain("Türkiye PARTICIPATES_IN Budapest Process");
    expect(lines(text)).not.toContain("Amnesty International PARTICIPATES_IN Budapest Process");
  });
  it("recipients of what was pledged did not take part", () => {
    const text = `${BUDAPEST}What was pledged\nNorway and Sweden pledged USD 20 million. Chile and Peru received most of it.`;
    expect(lines(text)).not.toContain("Chile PARTICIPATES_IN Budapest Process");
    expect(sectionAnswers("Bolivia and Ecuador are the main recipients.", [
      { id: "ctry:bo", kind: "COUNTRY", start: 0, end: 7 } as M,
      { id: "ctry:ec", kind: "COUNTRY", start: 12, end: 19 } as M,
    ])).toEqual([]);
  });
});

describe("what a 'How' section's clause must not be read as (review rev31b)", () => {
  const MIDA = "Migration for Development in Africa (MIDA)\n\nMIDA is a capacity-building programme.\n\n";
  const lines = (text: string) => relationLines(text, "r.txt");
  it("an 'it' after a how-clause and its colon points at that other thing", () => {
    expect(lines(`${MIDA}How it is run\nIOM manages it. How Ghana's ministry runs its own diaspora office is another matter: Ghana runs it on a shoestring.`)).not.toContain("Ghana LEADS Migration for Development in Africa");
  });
  it("a hedge after the clause ('some officials say') states nothing", () => {
    const text = `${MIDA}How it is run\nIOM manages it from Nairobi. Italy and Belgium manage it too, some officials say.`;
    expect(lines(text)).not.toContain("Italy LEADS Migration for Development in Africa");
    expect(lines(text)).toContain("International Organization for Migration LEADS Migration for Development in Africa");
  });
});

describe("what the asked verb may take as its object and still speak of the owner (OWNER_OBJECT)", () => {
  const ms = [{ id: "org:x", kind: "ORGANIZATION", start: 0, end: 6 } as M];
  it("the programme's own fund, facility or platform is the owner", () => {
    for (const noun of ["facility", "fund", "platform", "mechanism"]) expect(otherObject(` runs the ${noun} from Dakar.`, ["runs"], ms, 6)).toBe(false);
  });
  it("another thing run is not", () => expect(otherObject(" runs clinics from Dakar.", ["runs"], ms, 6)).toBe(true));
});

describe("a question put of a meeting on a series page (askedSection ofMeeting)", () => {
  const SERIES = "Lagoon Process\n\nThe Lagoon Process is a dialogue of coastal states on fishers' mobility.\n\n";
  const lines = (text: string) => relationLines(text, "r.txt");
  it("'Who pledged' asks of a meeting, where anything a body gave is taking part, whatever the verb's object", () => {
    expect(lines(`${SERIES}Who pledged\nBenin gave money for new boats.`)).toContain("Benin PARTICIPATES_IN Lagoon Process");
  });
  it("at a meeting any part counts, yet a recipient or a critic from afar does not", () => {
    const got = lines(`${SERIES}Who spoke\nGhana took the floor first. Oxfam condemned the outcome from Nairobi.`);
    expect(got).toContain("Ghana PARTICIPATES_IN Lagoon Process");
    expect(got).not.toContain("Oxfam PARTICIPATES_IN Lagoon Process");
  });
});

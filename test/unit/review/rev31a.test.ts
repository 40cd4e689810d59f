import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../../ingest/core/pipeline.js";
import { textSource } from "../../support/textSource.js";

/**
 * Review rev31a (session 30) of part31 and prec31: reproductions of false links and lost links, written for this
 * review (no tune, validate or sealed page's sentence). Each `it.fails` states what the graph should say; it passes
 * while the defect stands and fails once the defect is fixed (then turn it into a plain `it`).
 */
const catalog = defaultCatalog();
const links = (text: string): string[] =>
  buildGraphs([textSource("review.txt", `Page\n\n${text}`)], catalog)[0]!.relations.map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);
const linked = (text: string, source: string, target: string) => links(text).some((l) => l.endsWith(` ${source} ${target}`));

const COLOMBO = "The 2016 ministerial meeting of the Colombo Process took place in Colombo.";
const C16 = "forum:colombo-process-2016";

describe("signed-outcome-implicit (rules/outcomeSigningRules.ts): signing or endorsing is not always taking part", () => {
  it.fails("a state's own plan after 'its' is no outcome of the meeting", () => {
    expect(linked(`${COLOMBO} Back home, Nepal adopted its action plan.`, "ctry:np", C16)).toBe(false);
  });
  it.fails("a body's own road map after 'its' is no outcome of the meeting", () => {
    expect(linked(`${COLOMBO} The World Bank approved its road map.`, "org:world-bank", C16)).toBe(false);
  });
  it.fails("a state that did not attend and endorsed afterwards took no part", () => {
    expect(linked(`${COLOMBO} Bhutan did not attend; it endorsed the declaration.`, "ctry:bt", C16)).toBe(false);
  });
  it.fails("an endorsement after the meeting ('Weeks after the meeting', 'has since') is no presence", () => {
    expect(linked(`${COLOMBO} Weeks after the meeting, Bhutan endorsed the declaration.`, "ctry:bt", C16)).toBe(false);
    expect(linked(`${COLOMBO} Bhutan has since endorsed the declaration.`, "ctry:bt", C16)).toBe(false);
  });
  it.fails("another body endorsing the outcome later (the General Assembly) did not take part", () => {
    expect(linked(`${COLOMBO} In December, the UN General Assembly endorsed the outcome document.`, "org:un-general-assembly", C16)).toBe(false);
  });
  it.fails("an observer that endorses the communiqué stays an observer", () => {
    expect(linked(`${COLOMBO} Qatar, an observer, endorsed the final communiqué.`, "ctry:qa", C16)).toBe(false);
  });
  it.fails("the declaration of an earlier unnamed meeting is not the reported meeting's", () => {
    expect(linked(`${COLOMBO} The previous ministerial meeting, held in Dhaka, ended with a declaration. Bhutan signed the declaration.`, "ctry:bt", C16)).toBe(false);
  });
});

describe("timeShift.ts in implicitObject: gaps and over-reach", () => {
  it.fails("'Last time', 'Last year', 'At last year's meeting' move the sentence to another sitting", () => {
    expect(linked(`${COLOMBO} Last time, Bhutan was there as well.`, "ctry:bt", C16)).toBe(false);
    expect(linked(`${COLOMBO} At last year's meeting, Bhutan and Nepal attended.`, "ctry:bt", C16)).toBe(false);
  });
  it.fails("a shift word in an apposition or an earlier clause does not move the attendance (lost true links)", () => {
    expect(linked(`${COLOMBO} Nepal, previously an observer, attended.`, "ctry:np", C16)).toBe(true);
    expect(linked(`${COLOMBO} The next meeting will be in Dhaka; Bhutan attended.`, "ctry:bt", C16)).toBe(true);
  });
});

describe("relativeAside.ts in subjectsBefore", () => {
  it.fails("an antecedent inside a participle phrase is not the verb's subject (new false link)", () => {
    expect(linked("An NGO backed by UNICEF, which is funded by Norway, runs the Tideway Skills Facility.", "org:unicef", "ini:tideway-skills-facility")).toBe(false);
  });
  it.fails("a name that is the aside's own subject ('which Norway funds') is no subject of the verb after it", () => {
    expect(linked("IOM, which Norway funds, launched the Tideway Skills Facility.", "ctry:no", "ini:tideway-skills-facility")).toBe(false);
  });
  it.fails("a comma inside the aside does not let its last name become the subject", () => {
    expect(linked("The Danish Refugee Council, which manages the Lagoon Shelter Project in Jordan, Lebanon and Iraq, works in Syria.", "ini:lagoon-shelter-project", "ctry:sy")).toBe(false);
  });
});

describe("former holders (ruleShapes.ts delegation) and portfolio ministers (stateOffices.ts portfolioMinister)", () => {
  it.fails("a former foreign minister's attendance is no act of the state (the predicate reader links it when delegates-met stands down)", () => {
    expect(linked("The former foreign minister of Kenya attended the 2016 meeting of the Rabat Process.", "ctry:ke", "forum:rabat-process-2016")).toBe(false);
  });
  it.fails("'past' and 'late' as time words do not make ministers former (lost true links)", () => {
    expect(linked("Over the past year, ministers of Eritrea and Sudan met in Rome for the Rabat Process.", "ctry:er", "forum:rabat-process")).toBe(true);
    expect(linked("In the late 1990s, ministers of Eritrea and Sudan met in Rome for the Rabat Process.", "ctry:er", "forum:rabat-process")).toBe(true);
  });
  it.fails("the minister's relative is not the minister (new false link)", () => {
    expect(linked("The 2016 meeting of the Rabat Process took place in Rabat. The foreign minister of Kenya's wife attended the meeting.", "ctry:ke", "forum:rabat-process-2016")).toBe(false);
  });
});

describe("questionSection.ts SENT_MESSAGE", () => {
  const WHO = (line: string) => `The Lusaka Conference on Displacement took place in March 2023, hosted by Zambia.\n\nWho came\n\nMalawi sent ministers. ${line}`;
  const LUSAKA = "forum:lusaka-conference-on-displacement";
  it.fails("a body that reads out another's message in person took part (lost true link)", () => {
    expect(linked(WHO("IOM read out a message from the UN Secretary-General."), "org:iom", LUSAKA)).toBe(true);
  });
  it.fails("a state that only sent a video message did not come", () => {
    expect(linked(WHO("Chile sent a video message."), "ctry:cl", LUSAKA)).toBe(false);
  });
});

describe("rowVenue.ts labelPlace and founderBesideRunner.ts: guards that do not hold", () => {
  it.fails("a label that does not open the row ('the Government of Norway:') still guards the state of its remark", () => {
    const sheet = "FACT SHEET\nHarbour Resilience Fund (HRF)\n\nSet up: March 2018\nManaged from: Suva\n\nThe HRF pays for port repairs after storms in the Pacific.\n\nContributions received (by date)\n- 3 May 2019 - the Government of Norway: USD 2 million, paid by its embassy in Fiji.\n- 9 June 2020 - Chile: USD 1 million.\n";
    expect(linked(sheet, "ctry:fj", "ini:harbour-resilience-fund")).toBe(false);
  });
  it.fails("a co-founder gives way where the other co-founder is said to run the thing", () => {
    expect(linked("UNHCR and IOM established the Tideway Skills Facility; UNHCR runs it.", "org:iom", "ini:tideway-skills-facility")).toBe(false);
  });
});

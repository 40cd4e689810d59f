import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/** A state's office-holder acts for the state (ingest/core/stateOfficeHolders.ts). Sentences written for these specs. */

const catalog = defaultCatalog();
const links = (text: string): string[] =>
  buildGraphs([textSource("note.txt", text)], catalog)[0]!.relations.map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);

describe("a state's office-holder stands for the state", () => {
  const positive: Array<[string, string]> = [
    ["The Indonesian foreign minister co-chaired the Bali Process Ministerial Conference in 2016.", "CHAIRED ctry:id forum:bali-process-2016"],
    ["The Chilean Minister of Foreign Affairs, Ana Costa, co-chaired the Bali Process Ministerial Conference in 2016.", "CHAIRED ctry:cl forum:bali-process-2016"],
    ["The outgoing Dutch Prime Minister Lars Visser attended the Bali Process Ministerial Conference in 2016.", "PARTICIPATES_IN ctry:nl forum:bali-process-2016"],
    ["The Kenyan interior cabinet secretary chaired the Bali Process Ministerial Conference in 2016.", "CHAIRED ctry:ke forum:bali-process-2016"],
    // The portfolio after the office, with its article (STATE_OFFICES.minister, shared with bodyOfficeHolders.ts).
    ["Peru's Minister of the Interior, Rosa Vega, co-chaired the Bali Process Ministerial Conference in 2016.", "CHAIRED ctry:pe forum:bali-process-2016"],
    // A ruler's title, a permanent representative.
    ["The Austrian chancellor attended the Bali Process Ministerial Conference in 2016.", "PARTICIPATES_IN ctry:at forum:bali-process-2016"],
    ["The Jordanian King attended the Bali Process Ministerial Conference in 2016.", "PARTICIPATES_IN ctry:jo forum:bali-process-2016"],
    ["The Peruvian permanent representative, Rosa Vega, co-chaired the Bali Process Ministerial Conference in 2016.", "CHAIRED ctry:pe forum:bali-process-2016"],
    // The holder's name before the possessive, a portfolio in lower case after the office: a list of holders is a list of states.
    ["The GFMD 2012 took place in Port Louis in November. Kofi Mensah, Ghana's minister for labour relations, Lin Wei, Nepal's foreign minister, and Ana Ruiz, Chile's minister of social development, stood for their governments.", "PARTICIPATES_IN ctry:gh forum:gfmd-2012"],
    ["The GFMD 2012 took place in Port Louis in November. Kofi Mensah, Ghana's minister for labour relations, Lin Wei, Nepal's foreign minister, and Ana Ruiz, Chile's minister of social development, stood for their governments.", "PARTICIPATES_IN ctry:np forum:gfmd-2012"],
  ];
  for (const [text, link] of positive) it(`reads: ${text}`, () => expect(links(text)).toContain(link));

  const negative: Array<[string, string]> = [
    // A former holder speaks for no state.
    ["Former Dutch Prime Minister Lars Visser attended the Bali Process Ministerial Conference in 2016.", "PARTICIPATES_IN ctry:nl forum:bali-process-2016"],
    ["The former Chilean foreign minister co-chaired the Bali Process Ministerial Conference in 2016.", "CHAIRED ctry:cl forum:bali-process-2016"],
    ["The past Chilean foreign minister co-chaired the Bali Process Ministerial Conference in 2016.", "CHAIRED ctry:cl forum:bali-process-2016"],
    ["The ex-Chilean foreign minister co-chaired the Bali Process Ministerial Conference in 2016.", "CHAIRED ctry:cl forum:bali-process-2016"],
    // A state only in a birthplace of a body's envoy.
    ["The Netherlands-born UN envoy attended the Bali Process Ministerial Conference in 2016.", "PARTICIPATES_IN ctry:nl forum:bali-process-2016"],
    ["The Chilean-born IOM envoy attended the Bali Process Ministerial Conference in 2016.", "PARTICIPATES_IN ctry:cl forum:bali-process-2016"],
    // A demonym before a non-office noun names no actor.
    ["The Indonesian coast guard patrolled near the Bali Process Ministerial Conference in 2016.", "PARTICIPATES_IN ctry:id forum:bali-process-2016"],
    ["The former Austrian chancellor attended the Bali Process Ministerial Conference in 2016.", "PARTICIPATES_IN ctry:at forum:bali-process-2016"],
    ["The former Peruvian permanent representative, Rosa Vega, co-chaired the Bali Process Ministerial Conference in 2016.", "CHAIRED ctry:pe forum:bali-process-2016"],
    // A former holder after the state's possessive: the state is not the verb's subject either.
    ["Peru's former permanent representative, Rosa Vega, co-chaired the Bali Process Ministerial Conference in 2016.", "CHAIRED ctry:pe forum:bali-process-2016"],
    ["Peru's ex-envoy attended the Bali Process Ministerial Conference in 2016.", "PARTICIPATES_IN ctry:pe forum:bali-process-2016"],
    ["The mayor of Vienna attended the Bali Process Ministerial Conference in 2016.", "PARTICIPATES_IN ctry:at forum:bali-process-2016"],
    // A past office, a state only spoken of, a city's office: no one acts for the state.
    ["The GFMD 2012 took place in Port Louis in November. Ana Ruiz, Chile's former foreign minister, stood for her country.", "PARTICIPATES_IN ctry:cl forum:gfmd-2012"],
    ["The GFMD 2012 took place in Port Louis in November. Kofi Mensah, Ghana's labour minister, praised Chile and stood for his country.", "PARTICIPATES_IN ctry:cl forum:gfmd-2012"],
    ["The GFMD 2012 took place in Port Louis in November. Ana Ruiz, the mayor of Santiago, stood for her city.", "PARTICIPATES_IN ctry:cl forum:gfmd-2012"],
    ["The GFMD 2012 took place in Port Louis in November. In Accra, Ghana's labour minister stood for parliament.", "PARTICIPATES_IN ctry:gh forum:gfmd-2012"],
    // Reported speech with no act.
    ["The Chilean foreign minister said the Bali Process Ministerial Conference in 2016 was a success.", "PARTICIPATES_IN ctry:cl forum:bali-process-2016"],
  ];
  for (const [text, link] of negative) it(`states no link in: ${text}`, () => expect(links(text)).not.toContain(link));

  it("keeps a body's office-holder with the body, not a state", () => {
    const text = "The EU's foreign-policy chief attended the Bali Process Ministerial Conference in 2016.";
    expect(links(text).filter((l) => / ctry:/.test(l))).toEqual([]);
  });
});

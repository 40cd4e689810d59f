import { describe, expect, it } from "vitest";
import { leadIn } from "../../ingest/core/leadIn.js";
import { PASSIVE_LEAD_IN_LISTS } from "../../ingest/core/passiveLeadIns.js";
import { PASSIVE_LEAD_INS } from "../../ingest/core/rules/passiveLeadInRules.js";
import { describeExamples, rowsMeetSomeTopic } from "./support/describeExamples.js";

/** Every passive lead-in runs its own positive and negative pages through the whole pipeline. */
describeExamples("passive lead-ins (data, verbs from the predicate lexicon) with their example pages", PASSIVE_LEAD_IN_LISTS, { page: "list.txt", ends: rowsMeetSomeTopic, exactlyOnce: true });

describe("passive lead-ins", () => {
  it("builds a list reader for every entry of the table", () => {
    for (const rule of PASSIVE_LEAD_INS) expect(PASSIVE_LEAD_IN_LISTS.some((l) => l.id === `passive:${rule.predicate}`)).toBe(true);
  });

  const types = (text: string) => leadIn(text)?.list.map((l) => l.type).sort() ?? [];
  it("takes the relation from the verb before its doers", () => {
    expect(types("The programme is implemented by the following agencies:")).toEqual(["LEADS"]);
    expect(types("The meeting was attended by delegations of the following states:")).toEqual(["PARTICIPATES_IN"]);
    expect(types("The Process is chaired in turn by:")).toEqual(["CHAIRED"]);
    expect(types("The initiative is co-financed by two governments:")).toEqual(["FUNDS"]);
  });

  it("reads nothing where more than the doers follows the verb, or the clause is no fact", () => {
    expect(types("The programme is implemented by UNDP in the following countries:")).not.toContain("LEADS");
    expect(types("The meeting was invited by the hosts but not attended by:")).toEqual([]);
    expect(types("The programme will be implemented by the following agencies:")).toEqual([]);
    expect(types("The meeting was praised by the following states:")).toEqual([]);
  });

  it("states a relation once where an anchored lead-in reads the same clause", () => {
    expect(types("The third phase has been co-financed by the following donors:")).toEqual(["FUNDS"]);
  });
});

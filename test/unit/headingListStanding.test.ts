import { describe, expect, it } from "vitest";
import { hasRelation } from "../support/pageGraphs.js";

const PAGE = "Convention on the Reduction of Statelessness: ratifications by date\n\nThe Convention on the Reduction of Statelessness entered into force in 1975.\n\nRatifications\n12 May 1999 - Chad\n3 February 2001 - Mali\n\n";

/** HeadingLists.ts: a bare label of another standing ends the rows of the list above it. */
describe("a label of another standing ends a list of parties", () => {
  it("rows before the label are parties", () => expect(hasRelation(`${PAGE}Signatures without ratification\n5 June 2000 - Niger\n`, "RATIFIED", "ctry:ml", "conv:statelessness-1961")).toBe(true));
  for (const label of ["Signatures without ratification", "Signed only", "Withdrawals", "Denounced", "Not yet in force for"]) {
    it(`a row under "${label}" is no party`, () => expect(hasRelation(`${PAGE}${label}\n5 June 2000 - Niger\n`, "RATIFIED", "ctry:ne", "conv:statelessness-1961")).toBe(false));
  }
});

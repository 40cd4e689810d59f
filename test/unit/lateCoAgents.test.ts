import { describe, expect, it } from "vitest";
import { RATIFIED_CO_AGENT_EXAMPLES } from "../../ingest/core/lateCoAgents.js";
import { hasRelation } from "../support/pageGraphs.js";

/** A ratification shared with a co-agent ("…, as did Mali", "together with Tunisia"), run through the whole pipeline. */
describe("a co-agent or an elliptical clause after a ratification ratified too", () => {
  for (const ex of RATIFIED_CO_AGENT_EXAMPLES.positive) it(`reads: ${ex.text}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(true));
  for (const ex of RATIFIED_CO_AGENT_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.text}`, () => expect(hasRelation(ex.text, ...ex.expect)).toBe(false));
});

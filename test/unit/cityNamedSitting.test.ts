import { describe, expect, it } from "vitest";
import { linkedByNames } from "../support/pageGraphs.js";
import { CITY_NAMED_SITTING } from "../../ingest/core/cityNamedSitting.js";

/** "the Kyiv meeting" is the one sitting the page has dated in Kyiv, named another way (core/cityNamedSitting.ts). */
describe(`${CITY_NAMED_SITTING.id}: a sitting named by its host city and a lower-case noun`, () => {
  const triple = (e: string[]) => e as unknown as readonly [string, string, string];
  for (const ex of CITY_NAMED_SITTING.positive) it(`reads ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(linkedByNames(ex.text, triple(ex.expect))).toBe(true));
  for (const ex of CITY_NAMED_SITTING.negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text}`, () => expect(linkedByNames(ex.text, triple(ex.expect))).toBe(false));
});

import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { FORMAL_STATE_NAMES, formalStateNames } from "../../ingest/catalog/formalStateNames.js";
import { createMatcher } from "../../ingest/core/recognise.js";

/** FORMAL_STATE_NAMES: a state written by its formal style is that state (sentences written for these specs). */
const matcher = createMatcher(defaultCatalog());
const ids = (text: string) => matcher.findAll(text).map((m) => [m.entityId, text.slice(m.start, m.end)]);

describe(FORMAL_STATE_NAMES.id, () => {
  it("reads a state written by its formal style as that state", () => {
    expect(ids("The Kingdom of Spain signed the fisheries charter in 2004.")).toContainEqual(["ctry:es", "Kingdom of Spain"]);
    expect(ids("Funds came from the Grand Duchy of Luxembourg and Norway.")).toContainEqual(["ctry:lu", "Grand Duchy of Luxembourg"]);
    expect(ids("Envoys of the Kingdom of the Netherlands attended.")).toContainEqual(["ctry:nl", "Kingdom of the Netherlands"]);
  });

  it("gives no style to a short name another state's names hold, nor to an acronym", () => {
    expect(ids("Delegates of the Republic of China spoke.")).not.toContainEqual(["ctry:cn", "Republic of China"]);
    const styled = formalStateNames(new Map([["AA", ["Tidewater", "TDW"]], ["BB", ["North Tidewater"]], ["CC", ["Coral Isles"]]]));
    expect(styled.get("AA")).toBeUndefined();
    expect(styled.get("CC")).toContain("Kingdom of Coral Isles");
    expect([...styled.values()].flat().some((n) => n.includes("TDW"))).toBe(false);
  });

  it("leaves 'State of' out, as a federation's states open with it", () => {
    expect(ids("The State of Georgia passed a law on seasonal work.")).not.toContainEqual(["ctry:ge", "State of Georgia"]);
  });

  it("yields to the short name where a capitalised word runs on, as the style then opens a body's name", () => {
    expect(ids("The Principality of Monaco Harbour Board met twice.")).toContainEqual(["ctry:mc", "Monaco"]);
    expect(ids("The Principality of Monaco Harbour Board met twice.")).not.toContainEqual(["ctry:mc", "Principality of Monaco"]);
    expect(ids("The Kingdom of Spain and the Principality of Monaco, in turn, signed.")).toContainEqual(["ctry:mc", "Principality of Monaco"]);
    expect(ids("The Kingdom of Spain and the Principality of Monaco, in turn, signed.")).toContainEqual(["ctry:es", "Kingdom of Spain"]);
  });
});

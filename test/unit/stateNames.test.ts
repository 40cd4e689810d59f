import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { stateNames } from "../../ingest/core/stateNames.js";
import { hostTest } from "../../ingest/core/hostTest.js";
import { placeTest } from "../../ingest/core/placeTest.js";
import type { EntityRecord } from "../../ingest/core/types.js";

const catalog = defaultCatalog();
const states = stateNames(catalog.entities);

describe("the names of states, read in one place (stateNames.ts)", () => {
  it("names a state by its name or alias in any case, and by nothing else", () => {
    expect(states.named("new zealand")).toBe("ctry:nz");
    expect(states.named("Coastal Union")).toBeUndefined();
    expect(states.named("International Labour Organization")).toBeUndefined();
  });
  it("keeps the written case for a name before a body's name", () => {
    expect(states.written("New Zealand")).toBe(true);
    expect(states.written("new zealand")).toBe(false);
  });
  it("reads only the states among the records it is given", () => {
    const few: EntityRecord[] = [{ id: "ctry:pe", kind: "COUNTRY", name: "Peru", acronym: null, aliases: [], origin: "catalog" }];
    expect(stateNames(few).named("PERU")).toBe("ctry:pe");
    expect(stateNames(few).named("Chile")).toBeUndefined();
  });
  it("gives a place's host: a state by any of its catalog forms, a city by its state", () => {
    expect(hostTest(catalog)("new zealand")).toBe("ctry:nz");
    expect(hostTest(catalog)("Coastal Harbour")).toBeUndefined();
    expect(placeTest(catalog)("New Zealand")).toBe(true);
    expect(placeTest(catalog)("Coastal Harbour")).toBe(false);
  });
});

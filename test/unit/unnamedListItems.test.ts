import { describe, expect, it } from "vitest";
import { unnamedItemsBetween, unnamedItemsLead } from "../../ingest/core/unnamedListItems.js";
import { hasRelation } from "./support/pipelineRelations.js";

/** Bodies no reader named still stand as items of a list (unnamedListItems.ts, read by mentionLists.ts listAt). */
const has = (text: string, type: string, from: string, to: string) => hasRelation(text, "spec.txt", type, from, to);

describe("a list whose first items are bodies no reader named", () => {
  const members = "Sitting on the Global Migration Group are the Department for Lake Transport, UNICEF, the Department of Coastal Statistics, UNDP and the World Bank.";
  it("reads the named item after them", () => expect(has(members, "MEMBER_OF", "org:unicef", "forum:gmg")).toBe(true));
  it("reads the named items after an unnamed one between them", () => expect(has(members, "MEMBER_OF", "org:undp", "forum:gmg")).toBe(true));
  const funders = "The Joint Migration and Development Initiative is paid for by the Advisory Group on Lagoon Research, the Government of Chile and IFAD.";
  it("reads a state after an unnamed body and 'the Government of'", () => expect(has(funders, "FUNDS", "ctry:cl", "ini:jmdi")).toBe(true));
  it("reads the last item too", () => expect(has(funders, "FUNDS", "org:ifad", "ini:jmdi")).toBe(true));
});

describe("what is no unnamed item", () => {
  it("a clause after the unnamed body ends the list", () =>
    expect(has("The Global Migration Group is composed of the Harbour Liaison Bureau, which works closely with UNDP.", "MEMBER_OF", "org:undp", "forum:gmg")).toBe(false));
  it("a remark between two names ends the list", () =>
    expect(has("The Global Migration Group is composed of UNDP, experts on coastal shipping, and UNICEF.", "MEMBER_OF", "org:unicef", "forum:gmg")).toBe(false));
  // A capitalised name that no body's head noun heads (a region, a place) is no unnamed item, in a list's middle or at its start.
  it("a region between two names ends the list", () =>
    expect(has("The Global Migration Group is composed of UNDP, the Northern Coastal Provinces, UNICEF and the World Bank.", "MEMBER_OF", "org:unicef", "forum:gmg")).toBe(false));
  it("a region before the first name leaves the list unread", () =>
    expect(has("The Global Migration Group is composed of the Northern Coastal Provinces, UNICEF and the World Bank.", "MEMBER_OF", "org:unicef", "forum:gmg")).toBe(false));
  it("a capitalised name without a body's head noun is no item", () => expect(unnamedItemsLead(" the Northern Coastal Provinces, ")).toBe(false));
  it("a body's name not closed by a comma is no item", () => expect(unnamedItemsLead(" the Harbour Liaison Bureau working with ")).toBe(false));
  it("a body between two names, closed by commas, is an item", () => expect(unnamedItemsBetween(", the Harbour Liaison Bureau, ")).toBe(true));
});

describe("an unnamed item's head is its last word before a complement", () => {
  it("'Department for X' is headed by Department", () => expect(unnamedItemsLead(" the Department for Lake Transport, ")).toBe(true));
  it("'International Year of X' is no body: its head is Year", () => expect(unnamedItemsLead(" the International Year of Fishers, ")).toBe(false));
});

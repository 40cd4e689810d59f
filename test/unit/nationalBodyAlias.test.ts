import { expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const entitiesOf = (text: string) => buildGraphs([textSource("note.txt", text)], catalog)[0]!.entities;

// NATIONAL_BODIES (nationalBodyRules.ts): a body named by its state's demonym keeps "<body> of <state>" findable.
it("writes a demonym-led ministry also with its state after it", () => {
  for (const [text, name, alias] of [
    ["The Danish Ministry of Fisheries funds the Harbour Atlas Project.", "Danish Ministry of Fisheries", "Ministry of Fisheries of Denmark"],
    ["Officials of the Gambian Department of Ports met the Harbour Forum.", "Gambian Department of Ports", "Department of Ports of The Gambia"],
    ["The South African Department of Coastal Affairs chairs the Harbour Forum.", "South African Department of Coastal Affairs", "Department of Coastal Affairs of South Africa"],
  ] as const) {
    expect(entitiesOf(text).find((e) => e.name === name)?.aliases).toContain(alias);
  }
});

it("gives no state to a ministry whose first word is no demonym", () => {
  const names = entitiesOf("The Coastal Ministry of Fisheries funds the Harbour Atlas Project.").flatMap((e) => [e.name, ...e.aliases]);
  expect(names.some((n) => / of Coastal$/.test(n))).toBe(false);
});

// OWN_STATE_TITLE (nationalBody.ts): a title that names its own state is written bare, never "… of <state>".
it("writes a ministry whose title names its own state bare", () => {
  for (const [text, name, alias] of [
    ["Morocco's Ministry of Moroccans Living Abroad funds the Harbour Atlas Project.", "Moroccan Ministry of Moroccans Living Abroad", "Ministry of Moroccans Living Abroad"],
    ["The Ecuadorian Department for Ecuadorian Communities Abroad chairs the Harbour Forum.", "Ecuadorian Department for Ecuadorian Communities Abroad", "Department for Ecuadorian Communities Abroad"],
  ] as const) {
    expect(entitiesOf(text).find((e) => e.name === name)?.aliases).toContain(alias);
  }
});

it("writes no bare title for a demonym two states share", () => {
  // "Congolese" is both Congos': the title names neither state alone, so it keeps its state after it.
  const aliases = entitiesOf("The Republic of the Congo's Ministry of Congolese Abroad met the Harbour Forum.").flatMap((e) => e.aliases);
  expect(aliases).not.toContain("Ministry of Congolese Abroad");
});

it("keeps the state after a title that does not name it", () => {
  const aliases = entitiesOf("Morocco's Ministry of Ports and Coastal Affairs funds the Harbour Atlas Project.").flatMap((e) => e.aliases);
  expect(aliases).toContain("Ministry of Ports and Coastal Affairs of Morocco");
  expect(aliases).not.toContain("Ministry of Ports and Coastal Affairs");
});

// STATE_LIST_ITEM (listState.ts): the listed body is written with its state as the earlier item's is, article kept.
it("writes a listed department with the list's state after it", () => {
  const text = "Present were The Gambia's Ministry of Fisheries, the Department of Ports and two boat unions.";
  expect(entitiesOf(text).find((e) => e.name === "Gambian Department of Ports")?.aliases).toContain("Department of Ports of The Gambia");
});

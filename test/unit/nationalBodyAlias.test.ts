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

// NATIONAL_BODIES (nationalBody.ts, NationalBody.bare): a ministry written bare with a title of its own (three
// capitalised words or more), its state read from around it, keeps its bare title as a name too, as a page filed under
// its state does; a state written with the body, or a short title many states share, gives none.
it("keeps the bare title of a ministry whose state the words around it give", () => {
  for (const [text, name, bare] of [
    // A clause opened by its state (STATE_OPENING).
    ["In Ghana, the Ministry of Fisheries, Ports and Coastal Affairs funds the Harbour Atlas Project.", "Ghanaian Ministry of Fisheries, Ports and Coastal Affairs", "Ministry of Fisheries, Ports and Coastal Affairs"],
    // A state's government in the same sentence.
    ["Led by: the Government of Togo, through the Ministry of Lagoon Planning and Coastal Cooperation and the Harbour Forum.", "Togolese Ministry of Lagoon Planning and Coastal Cooperation", "Ministry of Lagoon Planning and Coastal Cooperation"],
    // "its" after the one state of the clause.
    ["Nigeria takes part through its Department of Coastal Affairs and Inland Waters.", "Nigerian Department of Coastal Affairs and Inland Waters", "Department of Coastal Affairs and Inland Waters"],
    // A line labelled by its state (STATE_LABEL_LINE).
    ["In Belarus: the Ministry of Lake Transport and River Ports, and two boat unions.", "Belarusian Ministry of Lake Transport and River Ports", "Ministry of Lake Transport and River Ports"],
  ] as const) {
    const found = entitiesOf(text).find((e) => e.name === name);
    expect(found?.aliases, `${text} → ${entitiesOf(text).map((e) => `${e.name} [${e.aliases.join(" | ")}]`).join("; ")}`).toContain(bare);
  }
});

it("keeps no bare title for a ministry written with its state, or a short title", () => {
  for (const [text, bare] of [
    ["The Ministry of Ports and Coastal Affairs of Nigeria funds the Harbour Atlas Project.", "Ministry of Ports and Coastal Affairs"],
    ["The Danish Ministry of Fisheries and Coastal Affairs funds the Harbour Atlas Project.", "Ministry of Fisheries and Coastal Affairs"],
    ["Morocco's Ministry of Ports and Coastal Affairs funds the Harbour Atlas Project.", "Ministry of Ports and Coastal Affairs"],
    // A short title is many states': the state read from the clause does not make it this one's name.
    ["In Ghana, the Ministry of Foreign Affairs funds the Harbour Atlas Project.", "Ministry of Foreign Affairs"],
    ["The Government of Malawi and the Ministry of Labour agreed.", "Ministry of Labour"],
  ] as const) {
    expect(entitiesOf(text).flatMap((e) => [e.name, ...e.aliases])).not.toContain(bare);
  }
});

it("still names no entity for a ministry no words give a state", () => {
  const names = entitiesOf("The Ministry of Fisheries, Ports and Coastal Affairs funds the Harbour Atlas Project.").flatMap((e) => [e.name, ...e.aliases]);
  expect(names).not.toContain("Ministry of Fisheries, Ports and Coastal Affairs");
});

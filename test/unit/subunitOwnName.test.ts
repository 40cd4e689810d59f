import { expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const entitiesOf = (text: string) => buildGraphs([textSource("note.txt", text)], catalog)[0]!.entities;

// registerName.ts: a sub-unit named with its owner after "of" keeps both the name as written and its own name, as a
// sub-unit written without its owner keeps its own name; a generic office ("Regional Office"), a two-word unit or a
// project of a body keeps no name of its own.
it("keeps a sub-unit's own name beside the name written with its owner", () => {
  for (const [text, own] of [
    ["The Coastal Security Division of the Federal Department of Foreign Affairs (FDFA) funds the Harbour Atlas Project.", "Coastal Security Division"],
    ["In Moldova: the Lake Transport Bureau of the Ministry of Interior, and two boat unions.", "Lake Transport Bureau"],
    ["The Harbour Pilots Unit of UNHCR drafted the rules with the Harbour Forum.", "Harbour Pilots Unit"],
  ] as const) {
    // The entity named with its owner ("FDFA Coastal Security Division"), not a bare one of its own.
    const found = entitiesOf(text).find((e) => e.name !== own && e.name.endsWith(own));
    expect(found?.aliases, `${text} → ${entitiesOf(text).map((e) => `${e.name} [${e.aliases.join(" | ")}]`).join("; ")}`).toContain(own);
  }
});

it("keeps no own name for a generic office, a short unit or a project of a body", () => {
  for (const [text, own] of [
    ["The Regional Office of UNHCR drafted the rules with the Harbour Forum.", "Regional Office"],
    ["The Legal Division of UNHCR drafted the rules with the Harbour Forum.", "Legal Division"],
    ["ICMPD implements the Support Project of the Harbour Forum with EU funds.", "Support Project"],
  ] as const) {
    expect(entitiesOf(text).flatMap((e) => [e.name, ...e.aliases])).not.toContain(own);
  }
});

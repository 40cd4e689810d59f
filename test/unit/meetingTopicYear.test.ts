import { expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const graphOf = (text: string) => buildGraphs([textSource("note.txt", text)], defaultCatalog())[0]!;

// Sentences written for this spec: the meeting last reported is not what a sentence dated to another year speaks of.
it("does not give a sentence dated to another year the meeting last reported (relate.ts topicFor)", () => {
  const text = "Oslo, 3 March 2012. The Oslo Conference on Coastal Refugees was convened by Norway.\n\nIn October 2016 a workshop in Bergen closed the work: Denmark acted as host, and delegates from UNHCR and IOM were present.";
  const links = graphOf(text).relations.filter((r) => r.targetId === "forum:oslo-conference-on-coastal-refugees").map((r) => `${r.type} ${r.sourceId}`);
  expect(links).not.toContain("HOSTED ctry:dk");
  expect(links).not.toContain("PARTICIPATES_IN org:unhcr");
});

it("still gives an undated sentence the meeting last reported", () => {
  const text = "Oslo, 3 March 2012. The Oslo Conference on Coastal Refugees was convened by Norway. Denmark acted as host, and delegates from UNHCR and IOM were present.";
  const links = graphOf(text).relations.filter((r) => r.targetId === "forum:oslo-conference-on-coastal-refugees").map((r) => `${r.type} ${r.sourceId}`);
  expect(links).toContain("PARTICIPATES_IN org:unhcr");
});

import { describe, expect, it } from "vitest";
import { PROTOCOL_PAGE_EXAMPLES } from "../../ingest/core/protocolPage.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";

const catalog = defaultCatalog();
const has = (title: string, text: string, [type, from, to]: [string, string, string]) => {
  const body = `${title}\n\n${text}`;
  return buildGraphs([{ path: "p.txt", name: "p.txt", format: "txt", text: body, bytes: body.length, hash: "p" }], catalog)[0]!.relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);
};

/** A protocol's status page: its states ratified the protocol, and the parent treaty only where a sentence names it. */
describe("on a protocol's page the parent treaty is no unwritten object", () => {
  for (const ex of PROTOCOL_PAGE_EXAMPLES.positive) it(`reads: ${ex.title} / ${ex.text}`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(true));
  for (const ex of PROTOCOL_PAGE_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.title} / ${ex.text}`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(false));
});

import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { PAGE_HUB_EXAMPLES } from "../../ingest/core/pageHub.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/** The page's one titled body, salient under a later heading that names none (pageHub.ts), run through the whole pipeline. */
const catalog = defaultCatalog();
const has = (title: string, text: string, [type, from, to]: [string, string, string]) =>
  buildGraphs([textSource("spec.txt", `${title}\n\n${text}`)], catalog)[0]!.relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);

describe("the page's titled body carried under a heading that names none", () => {
  for (const ex of PAGE_HUB_EXAMPLES.positive) it(`reads: ${ex.title} / ${ex.text.replace(/\n+/g, " / ")}`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(true));
  for (const ex of PAGE_HUB_EXAMPLES.negative) it(`states no ${ex.expect[0]} in: ${ex.title} / ${ex.text.replace(/\n+/g, " / ")}`, () => expect(has(ex.title, ex.text, ex.expect)).toBe(false));
});

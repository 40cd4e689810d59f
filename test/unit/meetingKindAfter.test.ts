import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { KIND_AFTER_SERIES } from "../../ingest/core/meetingKindAfterSpecs.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { SourceFile } from "../../ingest/core/types.js";

/** "the X Process ministerial conference held in Dakar in 2018" is that year's meeting of the series (core/meetings.ts). */
const catalog = defaultCatalog();
const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
const meetingNames = (text: string) => {
  const body = `Page\n\n${text}`;
  const file: SourceFile = { path: "spec.txt", name: "spec.txt", format: "txt", text: body, bytes: body.length, hash: "spec" };
  return buildGraphs([file], catalog)[0]!.entities.filter((e) => e.isEvent).flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(fold);
};

describe(`${KIND_AFTER_SERIES.id}: a kind of meeting after a series' name, dated after it`, () => {
  for (const ex of KIND_AFTER_SERIES.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.text)).toContain(fold(ex.event)));
  for (const ex of KIND_AFTER_SERIES.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.text)).not.toContain(fold(ex.event)));
});

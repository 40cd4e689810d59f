import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { PAGE_MEETING } from "../../ingest/core/pageDatelineSpecs.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { SourceFile } from "../../ingest/core/types.js";

/** The meeting a news page's headline names is dated by the lead's dateline where later passages give no year (core/pageDateline.ts). */
const catalog = defaultCatalog();
const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
const meetingNames = (title: string, text: string) => {
  const body = `${title}\n\n${text}`;
  const file: SourceFile = { path: "spec.txt", name: "spec.txt", format: "txt", text: body, bytes: body.length, hash: "spec" };
  return buildGraphs([file], catalog)[0]!.entities.filter((e) => e.isEvent).flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(fold);
};

describe(`${PAGE_MEETING.id}: the meeting a dated news page is about`, () => {
  for (const ex of PAGE_MEETING.positive) it(`finds "${ex.event}" in: ${ex.title}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of PAGE_MEETING.negative) it(`finds no "${ex.event}" in: ${ex.title} / ${ex.text.slice(-60)}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});

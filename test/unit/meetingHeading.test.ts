import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { HEADED_MEETING } from "../../ingest/core/meetingHeading.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { SourceFile } from "../../ingest/core/types.js";

/** A section headed by a numbered meeting alone is that meeting of the page's series, dated by its Date field (core/meetingHeading.ts). */
const catalog = defaultCatalog();
const page = (title: string, text: string): SourceFile => {
  const body = `${title}\n\n${text}`;
  return { path: "spec.txt", name: "spec.txt", format: "txt", text: body, bytes: body.length, hash: "spec" };
};
const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
/** Every name and alias of the page's dated meetings. */
const meetingNames = (title: string, text: string) =>
  buildGraphs([page(title, text)], catalog)[0]!.entities.filter((e) => e.isEvent).flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(fold);

describe(`${HEADED_MEETING.id}: a numbered meeting as a section heading`, () => {
  for (const ex of HEADED_MEETING.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of HEADED_MEETING.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});

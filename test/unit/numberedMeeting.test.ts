import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { NUMBERED_KIND_MEETING } from "../../ingest/core/numberedMeetingSpecs.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { SourceFile } from "../../ingest/core/types.js";

/** A numbered meeting as news pages title and date it is a meeting of the series its sentence names (core/numberedMeetingSpecs.ts). */
const catalog = defaultCatalog();
const page = (title: string, text: string): SourceFile => {
  const body = `${title}\n\n${text}`;
  return { path: "spec.txt", name: "spec.txt", format: "txt", text: body, bytes: body.length, hash: "spec" };
};
const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
/** Every name and alias of the page's dated meetings. */
const meetingNames = (title: string, text: string) =>
  buildGraphs([page(title, text)], catalog)[0]!.entities.filter((e) => e.isEvent).flatMap((e) => [e.name, ...(e.aliases ?? [])]).map(fold);

describe(`${NUMBERED_KIND_MEETING.id}: a numbered meeting, title-cased and dated`, () => {
  for (const ex of NUMBERED_KIND_MEETING.positive) it(`finds "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).toContain(fold(ex.event)));
  for (const ex of NUMBERED_KIND_MEETING.negative) it(`finds no "${ex.event}" in: ${ex.text}`, () => expect(meetingNames(ex.title, ex.text)).not.toContain(fold(ex.event)));
});

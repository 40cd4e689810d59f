import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { SourceFile } from "../../ingest/core/types.js";

const catalog = defaultCatalog();
const page = (text: string): SourceFile => ({ path: "body.txt", name: "body.txt", format: "txt", text, bytes: text.length, hash: "body" });
const hosted = (text: string) =>
  buildGraphs([page(text)], catalog)[0]!.relations.filter((r) => r.type === "HOSTED").map((r) => `${r.sourceId} ${r.targetId}`);

const PROCESS = [
  "The Coastal Process",
  "",
  "The Coastal Process is co-chaired by Ghana and Togo. Its Steering Group includes Benin and Niger, and meets twice a year.",
  "",
  "The Seventh Ministerial Conference was held in Accra in 2018, and the Steering Group met in Lome in 2019.",
].join("\n");

describe("a governing body's meetings (meetings.ts: a body holds the meetings a phrase names it for)", () => {
  it("gives the process's numbered conference to the process, though its sentence names only the body", () => {
    const links = hosted(PROCESS);
    expect(links).toContain("ctry:gh forum:coastal-process-2018");
    expect(links).not.toContain("ctry:gh forum:steering-group-of-the-coastal-process-2018");
  });

  it("still gives the body the meeting a phrase names it for", () => {
    expect(hosted(PROCESS)).toContain("ctry:tg forum:steering-group-of-the-coastal-process-2019");
  });
});

import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("body.txt", text);
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

// SUB_BODY_SITTING (bodyNamedLast.ts): a bare numbered meeting right after a governing body was named is that body's sitting.
const FACILITY = [
  "Coral Fund",
  "",
  "Dialogues",
  "The fund pays for two dialogues, the Coastal Process and the Reef Islands Dialogue.",
  "",
  "Governance",
  "A Steering Committee oversees the fund. Fiji chairs it. At the third meeting, on 4 May 2019, Fiji asked the others to pay in.",
].join("\n");

const SERIES_LAST = [
  "Coral Fund",
  "",
  "Governance",
  "A Steering Committee oversees the fund. Its members met in Suva with the Reef Islands Dialogue. At the third meeting, on 4 May 2019, Fiji asked the others to pay in.",
].join("\n");

const names = (text: string) => buildGraphs([page(text)], catalog)[0]!.entities.map((e) => `${e.id} ${e.name}`);

describe("a bare numbered meeting after a governing body was named (bodyNamedLast.ts, SUB_BODY_SITTING)", () => {
  it("makes no sitting of a series named in an earlier passage", () => {
    const found = names(FACILITY);
    expect(found.filter((n) => /reef-islands-dialogue-(?:2019|3)|coastal-process-(?:2019|3)/.test(n))).toEqual([]);
  });

  it("still gives the series its sitting where the series was named after the body", () => {
    expect(names(SERIES_LAST).some((n) => /^forum:reef-islands-dialogue-(?:2019|3)/.test(n))).toBe(true);
  });
});

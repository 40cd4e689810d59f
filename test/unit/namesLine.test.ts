import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { NAMES_LINE_EXAMPLES, isNamesLine } from "../../ingest/core/namesLine.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { Block } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const heading = (text: string): Block => ({ kind: "heading", text, start: 0, end: text.length }) as Block;
const relations = (text: string) =>
  buildGraphs([textSource("n.txt", text)], defaultCatalog())[0]!.relations.map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);
const MIDA = "Page\n\nMigration for Development in Africa\n\nMIDA links diaspora experts with home institutions.\n\n";

describe("a line of names under a label heading", () => {
  for (const { above, line, rows } of NAMES_LINE_EXAMPLES) {
    it(`${rows ? "reads" : "does not read"} "${line}" under "${above}" as rows`, () => {
      expect(isNamesLine(heading(line), heading(above))).toBe(rows);
    });
  }

  it("lists where a programme works, the line being the page's last", () => {
    expect(relations(`${MIDA}Where we work\n\nGhana, Ethiopia, Somalia\n`)).toContain("OPERATES_IN ini:mida ctry:so");
  });

  it("is no row under a heading that lists nothing", () => {
    expect(relations(`${MIDA}Related reading\n\nGhana, Ethiopia, Somalia\n`)).not.toContain("OPERATES_IN ini:mida ctry:so");
  });
});

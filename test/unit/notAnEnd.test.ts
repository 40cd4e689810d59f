import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { namesAClass } from "../../ingest/core/notAnEnd.js";

const catalog = defaultCatalog();
const linksOf = (text: string) => {
  const body = `Page\n\n${text}`;
  const [g] = buildGraphs([{ path: "p.txt", name: "p.txt", format: "txt", text: body, bytes: body.length, hash: "p" }], catalog);
  return g!.relations.map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);
};

describe("mentions that are no relation end", () => {
  it("a body's name after pre- or post- names another thing held before or after it", () => {
    expect(linksOf("The Government of the Philippines supported the GFMD.")).toContain("SUPPORTS ctry:ph forum:gfmd");
    expect(linksOf("The Government of the Philippines supported a pre-GFMD meeting on migrant women.").join("\n")).not.toMatch(/forum:gfmd/);
    expect(linksOf("The Government of the Philippines supported post-GFMD consultations on migrant women.").join("\n")).not.toMatch(/forum:gfmd/);
  });

  it("a catalog entry named in lower case is a class of bodies: mentioned, never linked", () => {
    expect(namesAClass(catalog.byId.get("forum:rcps"))).toBe(true);
    expect(namesAClass(catalog.byId.get("forum:midsa"))).toBe(false);
    expect(linksOf("IOM helped establish the Migration Dialogue for Southern Africa.").join("\n")).toMatch(/org:iom forum:midsa/);
    expect(linksOf("IOM helped establish regional consultative processes on migration in Africa.").join("\n")).not.toMatch(/forum:rcps/);
    expect(linksOf("Regional consultative processes\n\nMembers:\n\n- Zambia\n- Madagascar\n").join("\n")).not.toMatch(/forum:rcps/);
  });
});

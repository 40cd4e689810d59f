import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { ORGAN_TITLES } from "../../ingest/core/organTitles.js";

const catalog = defaultCatalog();
const graphOf = (text: string) => buildGraphs([{ path: "spec.txt", name: "spec.txt", format: "txt", text, bytes: text.length, hash: "spec" }], catalog)[0]!;

/** The forum built for the title, found by the title written in its name or aliases. */
const organOf = (text: string, title: string) => {
  const g = graphOf(text);
  const organ = g.entities.find((e) => e.kind === ORGAN_TITLES.kind && [e.name, ...(e.aliases ?? [])].some((n) => n.endsWith(title)));
  const parent = organ ? g.relations.find((r) => r.type === "PART_OF" && r.sourceId === organ.id)?.targetId : undefined;
  return { g, organ, parent };
};

// ORGAN_TITLES (organTitles.ts, read by readNameKind.ts and settleNameParent.ts).
describe("generic organ titles", () => {
  for (const ex of ORGAN_TITLES.positive) {
    it(`builds a forum part of its sentence's one organization: ${ex.text.slice(0, 70)}`, () => {
      const { organ, parent } = organOf(ex.text, ex.name);
      expect(organ).toBeDefined();
      expect(parent).toBe(ex.parentId);
    });
  }

  for (const ex of ORGAN_TITLES.negative) {
    it(`builds no organ forum with an owner: ${ex.text.slice(0, 70)}`, () => {
      const { g } = organOf(ex.text, ex.name);
      const owned = g.entities.filter((e) => e.kind === "FORUM" && /Heads of State|Ministers/i.test(e.name)).filter((e) => g.relations.some((r) => r.type === "PART_OF" && r.sourceId === e.id));
      expect(owned.map((e) => e.name)).toEqual([]);
    });
  }

  it("dates a numbered sitting of the organ and makes it part of the organ", () => {
    const { g, organ } = organOf(ORGAN_TITLES.positive[0]!.text, "Authority of Heads of State and Government");
    const sitting = g.entities.find((e) => e.id !== organ?.id && g.relations.some((r) => r.type === "PART_OF" && r.sourceId === e.id && r.targetId === organ?.id));
    expect(sitting?.id).toMatch(/2008/);
  });
});

import { describe, expect, it } from "vitest";
import { buildCatalog, defaultCatalog, type Reference } from "../../ingest/catalog/catalog.js";
import { nameKey } from "../../ingest/core/fold.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { createMatcher, recognise } from "../../ingest/core/recognise.js";
import { nameSimilarity } from "../../ingest/core/resolve.js";
import { subunitRelations } from "../../ingest/core/subunits.js";
import type { EntityRecord, SourceFile } from "../../ingest/core/types.js";
import { reviewEntities } from "../../ingest/entityReview.js";

const catalog = defaultCatalog();
const note = (text: string, name = "note.txt"): SourceFile => ({ path: name, name, format: "txt", text, bytes: text.length, hash: name });
const entityIds = (text: string) => buildGraphs([note(text)], catalog)[0]!.entities.map((e) => e.id);

describe("identity keys fold spelling variants of one name", () => {
  it("folds hyphens, &/and, UN/United Nations, the, British/American spelling, plurals and 'X University'", () => {
    const same: Array<[string, string]> = [
      ["High-level Dialogue", "High Level Dialogue"],
      ["Timor-Leste", "Timor Leste"],
      ["Worldwide Somali Students & Professionals", "Worldwide Somali Students and Professionals"],
      ["UN Trust Fund for Victims", "United Nations Trust Fund for Victims"],
      ["the Nansen Initiative", "Nansen Initiative"],
      ["Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development"],
      ["Handbook for Policy-makers", "Handbook for Policymakers"],
      ["Decent Work Country Programmes", "Decent Work Country Programme"],
      ["Oxford University", "University of Oxford"],
      ["Post-2015 UN Development Agenda", "Post-2015 Development Agenda"],
    ];
    for (const [a, b] of same) expect(nameKey(a), `${a} ~ ${b}`).toBe(nameKey(b));
    expect(nameKey("International Maritime Organization")).not.toBe(nameKey("International Meteorological Organization"));
    expect(nameKey("Economic Commission for Africa")).not.toBe(nameKey("Economic Commission for Europe"));
    expect(nameKey("UN Development Programme")).not.toBe(nameKey("Development Programme"));
  });

  it("matches catalog names across the same variants in running text", () => {
    expect(entityIds("The High Level Dialogue met in New York.")).toContain("forum:hld");
    expect(entityIds("Ministers from Timor Leste attended.")).toContain("ctry:tl");
    expect(entityIds("The Organisation for Economic Cooperation and Development published data.")).toContain("org:oecd");
    expect(entityIds("IOM’s staff in London helped.")).toContain("org:iom");
    expect(entityIds("States adopted the Global Compact for Safe, Orderly and Regular Migration.")).toContain("ini:gcm");
  });

  it("merges discovered spelling variants into one id, and keeps a different name with the same acronym apart", () => {
    const graphs = buildGraphs([note("The Coastal Policy-makers Network (CPN) met. Later the Coastal Policymakers Network grew."), note("The International Meteorological Organization (IMO) preceded WMO.", "b.txt")], catalog);
    const ids = new Set(graphs.flatMap((g) => g.entities.map((e) => e.id)));
    expect([...ids].filter((id) => id.startsWith("ini:coastal-policy"))).toHaveLength(1);
    expect(ids).toContain("org:international-meteorological-organization");
    const imo = graphs.flatMap((g) => g.entities).find((e) => e.id === "org:imo");
    expect(imo?.aliases ?? []).not.toContain("International Meteorological Organization");
    expect(nameSimilarity("Financial Facility for Remittances", "Financing Facility for Remittances")).toBe(1);
  });

  it("gives the same ids when the same documents are read again", () => {
    const text = "UNICEF’s Division of Data and Strategy and the GMG Working Group on Coastal Data met at the 5th Coastal Ministerial Conference on Mobility.";
    const a = buildGraphs([note(text)], catalog)[0]!;
    const b = buildGraphs([note(text)], catalog)[0]!;
    expect(b.entities.map((e) => e.id)).toEqual(a.entities.map((e) => e.id));
    expect(b.relations.map((r) => r.id)).toEqual(a.relations.map((r) => r.id));
  });
});

describe("the catalog drops a form two entities claim", () => {
  const base: Reference = { organizations: [], forums: [], forumEvents: [], conventions: [], initiatives: [], countryVariants: {} };
  it("keeps a plain 'Congo' only where an explicit variant puts it, and drops it from the other Congo's aliases", () => {
    const withVariant = buildCatalog({ ...base, countryVariants: { Congo: "CG" } });
    expect(withVariant.byId.get("ctry:cd")!.aliases).not.toContain("Congo");
    expect(withVariant.byId.get("ctry:cg")!.forms.some((f) => f.text === "Congo")).toBe(true);
    const without = buildCatalog(base);
    expect(without.byId.get("ctry:cd")!.forms.some((f) => f.text === "Congo")).toBe(false);
    expect(without.byId.get("ctry:cg")!.forms.some((f) => f.text === "Congo")).toBe(false);
  });

  it("adds the 'UN'/'United Nations' variant of a name", () => {
    const c = buildCatalog({ ...base, organizations: [{ key: "unx", name: "United Nations Coastal Office", acronym: null, aliases: [] }] });
    const ids = recognise({ id: "d", title: "", source: "d", bytes: 0, hash: "", passages: [{ id: "p", documentId: "d", ordinal: 0, kind: "paragraph", chapter: null, chapterOwnerId: null, article: null, sectionKey: null, section: null, text: "The UN Coastal Office met.", start: 0, end: 26, sentences: [{ text: "The UN Coastal Office met.", localStart: 0, localEnd: 26, start: 0, end: 26 }] }] }, c, createMatcher(c)).mentions.map((m) => m.key);
    expect(ids).toContain("org:unx");
  });
});

describe("sub-units", () => {
  it("emit PART_OF to their parent with the naming sentence as evidence, only when the ontology allows it", () => {
    const text = "The Labour Mobility Unit of the ILO drafted it.";
    const [graph] = buildGraphs([note(text)], catalog);
    const rel = graph!.relations.find((r) => r.type === "PART_OF" && r.targetId === "org:ilo");
    expect(rel?.sourceId).toBe("org:ilo-labour-mobility-unit");
    expect(rel?.evidence[0]?.text).toBe(text);
  });

  it("emit nothing when the ontology does not allow PART_OF between the kinds", () => {
    const doc = { id: "d", title: "", source: "d", bytes: 0, hash: "", passages: [] };
    const mention = { passageId: "p", sentenceIndex: 0, localStart: 0, localEnd: 1, surface: "x", kind: "ORGANIZATION" as const, key: "org:a-x", method: "name-pattern" as const, confidence: 0.7, entityId: "org:a-x" };
    const entities = new Map<string, EntityRecord>([
      ["org:a-x", { id: "org:a-x", kind: "ORGANIZATION", name: "A X", acronym: null, aliases: [], origin: "discovered" }],
      ["org:a", { id: "org:a", kind: "ORGANIZATION", name: "A", acronym: null, aliases: [], origin: "catalog" }],
    ]);
    const withPassage = { ...doc, passages: [{ id: "p", documentId: "d", ordinal: 0, kind: "paragraph" as const, chapter: null, chapterOwnerId: null, article: null, sectionKey: null, section: null, text: "x", start: 0, end: 1, sentences: [{ text: "x", localStart: 0, localEnd: 1, start: 0, end: 1 }] }] };
    const recognised = { mentions: [mention], discovered: new Map(), parents: [{ mention, parentId: "org:a", method: "subunit-suffix" as const, confidence: 0.8 }] };
    expect(subunitRelations(withPassage, recognised, entities, () => false)).toHaveLength(0);
    expect(subunitRelations(withPassage, recognised, entities, () => true)).toHaveLength(1);
  });
});

describe("the entity review of ingest:report", () => {
  const e = (id: string, name: string, acronym: string | null = null, origin: "catalog" | "discovered" = "discovered"): EntityRecord => ({ id, kind: id.startsWith("org:") ? "ORGANIZATION" : "INITIATIVE", name, acronym, aliases: [], origin });
  it("lists shared acronyms, near-identical names, names that begin others, and fragments", () => {
    const review = reviewEntities([
      e("org:imo", "International Maritime Organization", "IMO", "catalog"),
      e("org:imo2", "International Meteorological Organization", "IMO"),
      e("ini:coastal-plan", "Coastal Mobility Plan"),
      e("ini:coastal-plans", "Coastal Mobility Plam"),
      e("ini:ten-point", "10-Point Plan"),
      e("ini:ten-point-of-action", "10-Point Plan of Action"),
      e("ini:cut", "Framework for Action on Women Migrant Workers to"),
      e("ini:whole", "Framework for Coastal Action"),
    ]);
    expect(review.sameAcronym).toEqual([{ acronym: "IMO", ids: ["org:imo", "org:imo2"] }]);
    expect(review.nearNames.map((n) => [n.a.id, n.b.id].sort().join(" "))).toEqual(expect.arrayContaining(["ini:coastal-plan ini:coastal-plans", "ini:ten-point ini:ten-point-of-action"]));
    expect(review.fragments.map((f) => f.entity.id)).toEqual(["ini:cut"]);
  });

  it("lists one body written after two owners, not two units of one body", () => {
    const review = reviewEntities([
      e("org:a", "Coastal Fisheries Mechanism Working Group on Boats including Small Harbours"),
      e("org:b", "Coastal Fisheries Conference Working Group on Boats including Small Harbours"),
      e("org:c", "Population Division of the Coastal Department of Economic Affairs"),
      e("org:d", "Statistics Division of the Coastal Department of Economic Affairs"),
    ]);
    const pairs = review.nearNames.map((n) => `${[n.a.id, n.b.id].sort().join(" ")}: ${n.why}`);
    expect(pairs).toContain("org:a org:b: one body written after two owners");
    expect(pairs.filter((p) => p.startsWith("org:c org:d"))).toEqual([]);
  });

  it("lists meetings of one series in one year, series names that differ only in their meeting head, and ordinal ids keyed by a trailing word", () => {
    const forum = (id: string, name: string, extra: Partial<EntityRecord> = {}): EntityRecord => ({ id, kind: "FORUM", name, acronym: null, aliases: [], origin: "discovered", ...extra });
    const review = reviewEntities([
      forum("forum:coastal-forum-on-ports", "Coastal Forum on Ports and Trade"),
      forum("forum:coastal-meeting-on-ports", "Coastal Meeting on Ports and Trade"),
      forum("forum:coastal-summit", "Coastal Summit on Fisheries"),
      forum("forum:coastal-forum-on-ports-2010", "Coastal Forum on Ports and Trade 2010", { isEvent: true, year: 2010, parentId: "forum:coastal-forum-on-ports" }),
      forum("forum:coastal-forum-on-ports-2-meeting", "second meeting of the Coastal Forum on Ports and Trade", { isEvent: true, year: 2010, parentId: "forum:coastal-forum-on-ports" }),
      forum("forum:coastal-forum-on-ports-2011", "Coastal Forum on Ports and Trade 2011", { isEvent: true, year: 2011, parentId: "forum:coastal-forum-on-ports" }),
      forum("forum:coastal-summit-5-fisheries", "fifth Coastal Summit on Fisheries", { isEvent: true, parentId: "forum:coastal-summit" }),
    ]);
    const pairs = review.nearNames.map((n) => `${[n.a.id, n.b.id].sort().join(" ")}: ${n.why}`);
    expect(pairs).toContain("forum:coastal-forum-on-ports forum:coastal-meeting-on-ports: one series name with another meeting head");
    expect(pairs).toContain("forum:coastal-forum-on-ports-2-meeting forum:coastal-forum-on-ports-2010: two meetings of one series in one year");
    expect(pairs.filter((p) => p.includes("coastal-forum-on-ports-2011"))).toEqual([]);
    expect(pairs.filter((p) => p.includes("forum:coastal-summit "))).toEqual([]);
    expect(review.fragments.map((f) => f.entity.id)).toEqual(["forum:coastal-summit-5-fisheries"]);
  });
});

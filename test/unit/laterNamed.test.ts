import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { EntityMap } from "../../ingest/core/EntityMap.js";
import { LATER_NAMED_EXAMPLES, LaterNamed, laterNamed } from "../../ingest/core/laterNamed.js";
import type { EntityRecord, RelationRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const page = (text: string) => textSource("later.txt", text);
const relationsOf = (text: string): RelationRecord[] => buildGraphs([page(text)], catalog)[0]!.relations;
const stated = (text: string, [type, source, target]: [string, string, string]) => relationsOf(text).filter((r) => r.type === type && r.sourceId === source && r.targetId === target);

describe("a title names a body the text names only further down", () => {
  for (const ex of LATER_NAMED_EXAMPLES.positive) {
    it(`reads ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toHaveLength(1));
  }
  for (const ex of LATER_NAMED_EXAMPLES.negative) {
    it(`states no ${ex.expect.join(" ")} in: ${ex.text.replace(/\n+/g, " / ")}`, () => expect(stated(ex.text, ex.expect)).toEqual([]));
  }
});

describe("LaterNamed keeps each label's answer only while the page's entities stay as read", () => {
  const record = (id: string, name: string, aliases: string[] = []): EntityRecord => ({ id, kind: "INITIATIVE", name, acronym: null, aliases, origin: "discovered" });
  const label = "Board record of the Reef Fishers Safety Scheme";
  // A plain map is looked up id by id at each check; an EntityMap that was not written since is not (EntityMap.ts).
  const maps = { Map: (e: Array<[string, EntityRecord]>) => new Map(e), EntityMap: (e: Array<[string, EntityRecord]>) => new EntityMap(e) };
  for (const [kind, make] of Object.entries(maps)) {
    it(`answers as laterNamed() does, and again after a page entity takes an alias the label holds (${kind})`, () => {
      const entities = make([["ini:a", record("ini:a", "Harbour Futures")], ["ini:b", record("ini:b", "Coral Link")]]);
      const page = new LaterNamed(["ini:a", "ini:b"], entities);
      expect(page.named(label, ["INITIATIVE"])).toEqual(laterNamed(label, ["INITIATIVE"], ["ini:a", "ini:b"], entities));
      expect(page.named(label, ["INITIATIVE"])).toBeNull();
      entities.get("ini:b")!.aliases.push("Reef Fishers Safety Scheme");
      expect(page.named(label, ["INITIATIVE"])?.id).toBe("ini:b");
    });
    it(`forgets an answer once the entity's record is replaced by one of another kind (${kind})`, () => {
      const entities = make([["ini:b", record("ini:b", "Reef Fishers Safety Scheme")]]);
      const page = new LaterNamed(["ini:b"], entities);
      expect(page.named(label, ["INITIATIVE"])?.id).toBe("ini:b");
      entities.set("ini:b", { ...record("ini:b", "Reef Fishers Safety Scheme"), kind: "FORUM", isEvent: true });
      expect(page.named(label, ["INITIATIVE"])).toBeNull();
    });
    it(`sees a record replaced after a write to another id was already checked (${kind})`, () => {
      const entities = make([["ini:b", record("ini:b", "Coral Link")]]);
      const page = new LaterNamed(["ini:b"], entities);
      expect(page.named(label, ["INITIATIVE"])).toBeNull();
      entities.set("ini:z", record("ini:z", "Another Scheme"));
      expect(page.named(label, ["INITIATIVE"])).toBeNull();
      entities.set("ini:b", record("ini:b", "Reef Fishers Safety Scheme"));
      expect(page.named(label, ["INITIATIVE"])?.id).toBe("ini:b");
    });
  }
});

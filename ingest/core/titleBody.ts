import type { EntityKind } from "../../src/ontology/ontology.js";
import type { EntityRecord } from "./types.js";
import { remembered } from "./remembered.js";

/**
 * The body a title "ASEAN Return Migration Dialogue (ARMD)" defines an acronym for is the one of that whole name, not a
 * body whose name only stands inside it (ASEAN): "ARMD" in the text is the dialogue. Where the page knows no body of
 * the whole name, the body the title names first is kept (as before).
 */
export const TITLE_BODY = {
  id: "title-body",
  positive: [
    { title: "ASEAN Labour Return Dialogue (ALRD)", text: "The ALRD was set up in 2012. Indonesia and Malaysia are members of the ALRD.", expect: ["MEMBER_OF", "ctry:id", "forum:asean-labour-return-dialogue"] },
  ],
  negative: [
    { title: "ASEAN Labour Return Dialogue (ALRD)", text: "The ALRD was set up in 2012. Indonesia and Malaysia are members of the ALRD.", expect: ["MEMBER_OF", "ctry:id", "org:asean"] },
  ],
};

/** A name as compared: asked of every alias of every body a title is looked up against, so each name is folded once. */
const fold = remembered((s: string) => s.toLowerCase().replace(/^the\s+/, "").replace(/\s+/g, " ").trim(), 50_000);

/** Whether the entity goes by the whole name. */
export const namedWhole = (e: EntityRecord | undefined, name: string): boolean => !!e && [e.name, ...e.aliases].some((n) => fold(n) === fold(name));

/** The entity of these kinds that goes by the whole name, else null. */
export function wholeNamed(name: string, kinds: readonly EntityKind[], entities: ReadonlyMap<string, EntityRecord>): { id: string; kind: EntityKind } | null {
  for (const e of entities.values()) if (kinds.includes(e.kind) && !e.isEvent && namedWhole(e, name)) return { id: e.id, kind: e.kind };
  return null;
}

const TITLE_KINDS: EntityKind[] = ["FORUM", "ORGANIZATION", "INITIATIVE", "CONVENTION"];

/**
 * The body a title's acronym stands for, per page: the one the page names by the title that goes by its whole name,
 * else the entity of the whole name (looked up once per title), else the one the page names by the title.
 */
export function titleBodyReader<B extends { id: string; kind: EntityKind }>(named: (name: string, kinds: readonly EntityKind[]) => B | null, entities: ReadonlyMap<string, EntityRecord>): (name: string) => B | { id: string; kind: EntityKind } | null {
  const titleBodies = new Map<string, { id: string; kind: EntityKind } | null>();
  return (name) => {
    const b = named(name, TITLE_KINDS);
    if (b && namedWhole(entities.get(b.id), name)) return b;
    if (!titleBodies.has(name)) titleBodies.set(name, wholeNamed(name, TITLE_KINDS, entities));
    return titleBodies.get(name) ?? b;
  };
}

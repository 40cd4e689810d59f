import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../../ingest/core/pipeline.js";
import type { DocumentGraph } from "../../../ingest/core/types.js";
import { textSource } from "../../support/textSource.js";

/**
 * Reviewer rev34b: reproductions of defects in names34 (classNounApposedName.ts, classListNames.ts), pair34
 * (pairedSubject.ts, coreference.ts, predicateSupportVerbs.ts verb-give-support) and debt34 (contrastExcluded.ts).
 * Each is marked it.fails: it passes (fails as a spec) while the defect stands. Sentences are invented for these specs.
 */
const catalog = defaultCatalog();
const graphOf = (text: string): DocumentGraph => buildGraphs([textSource("review.txt", text)], catalog)[0]!;
const nameOf = (g: DocumentGraph, id: string) => g.entities.find((e) => e.id === id)?.name ?? id;
/** Relations of `type` whose source and target names start with the given words. */
const linked = (g: DocumentGraph, type: string, source: string, target: string) =>
  g.relations.filter((r) => r.type === type && nameOf(g, r.sourceId).startsWith(source) && nameOf(g, r.targetId).startsWith(target));
const names = (g: DocumentGraph) => g.entities.flatMap((e) => [e.name, ...e.aliases]);

describe("rev34b: names34 NAME_BEFORE_CLASS (classNounApposedName.ts namesBeforeClassNouns)", () => {
  it.fails("a month after a day number is no body ('On 19 December, the commission …')", () => {
    expect(names(graphOf("Page\n\nOn 19 December, the commission set up a fund for returning fishers."))).not.toContain("December");
  });
  it.fails("a person whose apposition names a role in a body is no body ('a member of the union')", () => {
    expect(names(graphOf("Page\n\nTomas Lind, a member of the union, said the Polar Apprenticeship Programme was underfunded."))).not.toContain("Tomas Lind");
  });
  it.fails("a person 'the head of the commission' is no partner of a bank", () => {
    const g = graphOf("Page\n\nOmar Haddad, the head of the commission, signed the agreement with the Glacier Bank.");
    expect(names(g)).not.toContain("Omar Haddad");
  });
  it.fails("a person 'an adviser to the ministry' is no body", () => {
    expect(names(graphOf("Page\n\nKarin Olsen, an adviser to the ministry, spoke at the Northern Protection Forum in 2019."))).not.toContain("Karin Olsen");
  });
});

describe("rev34b: names34 CLASS_LIST_NAMES (classListNames.ts)", () => {
  it.fails("persons in a donor list beside a state are no bodies", () => {
    expect(names(graphOf("Page\n\nOther donors: Bill Gates, Melinda French Gates, Norway and the World Bank."))).not.toContain("Bill Gates");
  });
  it.fails("'foundations' in the sense of pillars names no bodies", () => {
    expect(names(graphOf("Page\n\nThe Polar Apprenticeship Programme rests on two foundations: Protection and Solutions."))).not.toContain("Protection");
  });
});

describe("rev34b: pair34 'the two'/'Both' (pairedSubject.ts, coreference.ts)", () => {
  it.fails("'the two' after a sentence that names a second pair is not the opening pair", () => {
    const g = graphOf("Page\n\nThe Fjord Labour Office and the Tundra Investment Bank fund two networks, the Coastal Shelter Network and the Inland Shelter Network. The two are members of the Northern Protection Forum.");
    expect(linked(g, "MEMBER_OF", "Fjord Labour Office", "Northern Protection Forum")).toHaveLength(0);
  });
  it.fails("'Both were launched … and are members of' reads no LEADS from the pair to the forum", () => {
    const g = graphOf("Page\n\nThe Fjord Labour Office and the Tundra Investment Bank signed a memorandum in 2015. Both were launched in 2010 and are members of the Northern Protection Forum.");
    expect(linked(g, "LEADS", "Fjord Labour Office", "Northern Protection Forum")).toHaveLength(0);
  });
});

describe("rev34b: pair34 verb-give-support (predicateSupportVerbs.ts, predicateReader.ts)", () => {
  it.fails("support only offered, and declined, is no support", () => {
    const g = graphOf("Page\n\nThe Fjord Policy Centre offered the Polar Apprenticeship Programme technical support, but the offer was declined.");
    expect(linked(g, "SUPPORTS", "Fjord Policy Centre", "Polar Apprenticeship Programme")).toHaveLength(0);
  });
  it.fails("'support' inside a longer noun ('support officers') is not what was given", () => {
    const g = graphOf("Page\n\nThe Fjord Policy Centre gave the Polar Apprenticeship Programme training support officers a bonus.");
    expect(linked(g, "SUPPORTS", "Fjord Policy Centre", "Polar Apprenticeship Programme")).toHaveLength(0);
  });
  it.fails("a receiver of a contract ('was given the … support contract') gives no support", () => {
    const g = graphOf("Page\n\nThe Fjord Policy Centre was given the Polar Apprenticeship Programme technical support contract in 2018.");
    expect(linked(g, "SUPPORTS", "Fjord Policy Centre", "Polar Apprenticeship Programme")).toHaveLength(0);
  });
});

describe("rev34b: debt34 'except' (contrastExcluded.ts DENIED_WHOLE)", () => {
  it.fails("a 'No' elsewhere in the sentence does not undo the exception", () => {
    const g = graphOf("Page\n\nUnder Decision No 12 of the council, every island state except Fiji ratified the Lagoon Ferry Protocol in 2018.");
    expect(linked(g, "RATIFIED", "Fiji", "Lagoon Ferry Protocol")).toHaveLength(0);
  });
  it.fails("'No later than' is no denying quantifier of the whole", () => {
    const g = graphOf("Page\n\nNo later than 2018, every island state except Nauru had joined the Lagoon Ferry Forum.");
    expect(linked(g, "MEMBER_OF", "Nauru", "Lagoon Ferry Forum")).toHaveLength(0);
  });
});

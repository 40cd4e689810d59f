import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { DASH_ACRONYM, TRANSLATED_ACRONYM, UNDEFINED_INITIALS } from "../../ingest/core/acronymShapeRules.js";
import { CITY_TOPIC_SESSION } from "../../ingest/core/citySession.js";
import { CLASS_NOUN_NAME } from "../../ingest/core/classNounName.js";
import { SAME_WORK_UNIT } from "../../ingest/core/sameWorkUnit.js";
import { IDENTITY_RULES, type IdentityExample } from "../../ingest/core/identityRules.js";
import { INNER_ACRONYM } from "../../ingest/core/innerAcronym.js";
import { JOINT_SIDES } from "../../ingest/core/jointSidesFold.js";
import { SUMMIT_CONFERENCE } from "../../ingest/core/summitConferenceFold.js";
import { DECLARATION_WITH_PLAN } from "../../ingest/core/declarationPlanFold.js";
import { CATALOG_PLACE_TAIL } from "../../ingest/core/catalogPlaceTail.js";
import { FOLDED_SERIES_EVENTS } from "../../ingest/core/foldedSeriesEvents.js";
import { MIDDLE_CUT } from "../../ingest/core/middleCutFold.js";
import { HEAD_CUT } from "../../ingest/core/headCutFold.js";
import { INNER_CUT } from "../../ingest/core/innerCutFold.js";
import { SERIES_AS_MODIFIER } from "../../ingest/core/seriesMeetingPhrases.js";
import { CONVENTION_SHORT_TITLE } from "../../ingest/core/conventionShortTitle.js";
import { NUMBERED_TREATY_FOLD } from "../../ingest/core/numberedTreatyFold.js";
import { COMMON_NAME_OF } from "../../ingest/core/commonNameOf.js";
import { NAME_FIELDS } from "../../ingest/core/nameFieldRules.js";
import { HEADING_SUBTITLE } from "../../ingest/core/headingSubtitle.js";
import { GENERIC_TITLE_KEYED } from "../../ingest/core/genericTitleKey.js";
import { CITY_TREATY_KEYED } from "../../ingest/core/cityTreatyKey.js";
import { DATED_PLACE_TITLE } from "../../ingest/core/datedPlaceTitleKey.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { MEETING_IDENTITY_RULES } from "../../ingest/core/meetingIdentityRules.js";
import { MEETING_YEAR } from "../../ingest/core/meetingYears.js";
import { RUN_ON_NAME } from "../../ingest/core/runOnName.js";
import { STATE_BODY_APART } from "../../ingest/core/stateBodyApart.js";
import { CUT_TO_SITTING } from "../../ingest/core/sittingCutFold.js";
import { ORGAN_ACROSS_DOCUMENTS } from "../../ingest/core/organAcrossDocuments.js";
import { SELF_REFERENCE_SCOPE } from "../../ingest/core/selfReference.js";
import { SYNONYM_RULES } from "../../ingest/core/synonymRules.js";
import type { EntityRecord } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const note = (text: string) => textSource("note.txt", text);
const graphOf = (text: string) => buildGraphs([note(text)], catalog)[0]!;
// A node's own name first, an alias only when no node bears the name: otherwise two nodes that each carry the other's
// name as an alias would pass a "same" pair that the rule under test kept apart.
const idOf = (entities: EntityRecord[], name: string) => (entities.find((e) => e.name === name) ?? entities.find((e) => e.aliases.includes(name)))?.id;
const listing = (entities: EntityRecord[]) => entities.map((e) => `${e.id} “${e.name}” [${e.aliases.join("; ")}]`).join("\n");

function check(ex: IdentityExample): void {
  const graph = graphOf(ex.text);
  // Further documents read with it: ids are the corpus's, so each id's record is taken once.
  const others = ex.others ? buildGraphs([note(ex.text), ...ex.others.map((t, i) => ({ ...note(t), path: `note${i}.txt`, name: `note${i}.txt`, hash: `note${i}` }))], catalog) : [];
  const entities = others.length ? [...new Map(others.flatMap((g) => g.entities).map((e) => [e.id, e])).values()] : graph.entities;
  const ids = entities.map((e) => e.id);
  for (const pair of [ex.same, ex.apart]) {
    if (!pair) continue;
    const [a, b] = pair.map((n) => idOf(entities, n));
    expect(a, `“${pair[0]}” not found in:\n${listing(entities)}`).toBeDefined();
    expect(b, `“${pair[1]}” not found in:\n${listing(entities)}`).toBeDefined();
    if (pair === ex.same) expect(a, listing(entities)).toBe(b);
    else expect(a, listing(entities)).not.toBe(b);
  }
  for (const id of ex.present ?? []) expect(ids, listing(entities)).toContain(id);
  for (const id of ex.absent ?? []) expect(ids, listing(entities)).not.toContain(id);
  if (ex.mentions) {
    const count = graph.mentions.filter((m) => m.entityId === ex.mentions!.id).reduce((n, m) => n + m.count, 0);
    expect(count, listing(entities)).toBe(ex.mentions.count);
  }
}

describe("identity rules: every example of every rule (ingest/core/identityRules.ts, synonymRules.ts, acronymShapeRules.ts)", () => {
  for (const rule of [...IDENTITY_RULES, ...SYNONYM_RULES, SELF_REFERENCE_SCOPE, MEETING_YEAR, ...MEETING_IDENTITY_RULES, RUN_ON_NAME, CLASS_NOUN_NAME, SAME_WORK_UNIT, TRANSLATED_ACRONYM, UNDEFINED_INITIALS, CITY_TOPIC_SESSION, DASH_ACRONYM, INNER_ACRONYM, CONVENTION_SHORT_TITLE, NUMBERED_TREATY_FOLD, JOINT_SIDES, SUMMIT_CONFERENCE, DECLARATION_WITH_PLAN, CATALOG_PLACE_TAIL, FOLDED_SERIES_EVENTS, MIDDLE_CUT, HEAD_CUT, INNER_CUT, SERIES_AS_MODIFIER, COMMON_NAME_OF, NAME_FIELDS, HEADING_SUBTITLE, STATE_BODY_APART, CUT_TO_SITTING, ORGAN_ACROSS_DOCUMENTS, GENERIC_TITLE_KEYED, CITY_TREATY_KEYED, DATED_PLACE_TITLE]) {
    describe(rule.id, () => {
      for (const ex of rule.positive) it(`positive: ${ex.text}`, () => check(ex));
      for (const ex of rule.negative) it(`negative: ${ex.text}`, () => check(ex));
    });
  }
});

// rev33b: a fold across kinds (a forum renamed as a council) once kept the old forum's id under the ORGANIZATION kind.
it("a forum renamed as a council keeps an id of its kind", () => {
  const g = buildGraphs([textSource("spec.txt", "Page\n\nThe Reef Skippers Group, renamed the Reef Fishing Council in 1999, met in Lomé.")], defaultCatalog())[0]!;
  const e = g.entities.find((x) => x.name === "Reef Fishing Council");
  expect(e && e.id.split(":")[0]).toBe(e?.kind === "ORGANIZATION" ? "org" : "forum");
});

const rev34aCatalog = defaultCatalog();
const rev34aGraphs = (...pages: Array<[title: string, text: string]>) =>
  buildGraphs(pages.map(([title, text], i) => textSource(`p${i}.txt`, `${title}\n\n${text}`)), rev34aCatalog);
const ids = (...pages: Array<[string, string]>) => rev34aGraphs(...pages).flatMap((g) => g.entities.map((e) => e.id));
const links = (...pages: Array<[string, string]>) => rev34aGraphs(...pages).flatMap((g) => g.relations.map((r) => `${r.type} ${r.sourceId} -> ${r.targetId}`));

describe("ORGAN_ACROSS_DOCUMENTS: a bare organ the text gives another owner should keep its bare name (rev34a, open)", () => {
  // Open: fixA34's guard (another body's head word in the organ's sentence) was reverted because it also undid right
  // splits on register pages, where such words stand in field and source lines.
  it.fails("the Union's council is not the Office's", () => {
    const e = ids(
      ["Lagoon Customs Office (LCO): partners", "The Lagoon Customs Office (LCO) is a partner of the Coastal Fisheries Union. The LCO has 90 staff.\n\nThe Union is run by a Council of Ministers, which adopted the LCO grant in 2019."],
      ["Savanna Trade Union (STU): organs", "The Savanna Trade Union (STU) was set up in 1990. The STU has six members.\n\nThe Council of Ministers meets twice a year."],
    );
    expect(e).not.toContain("forum:lco-council-of-ministers");
  });
  it.fails("the Ministry's board is not the Agency's", () => {
    const e = ids(
      ["Reef Transit Agency (RTA): profile", "The Reef Transit Agency (RTA) runs ferry lines. The RTA has 300 staff.\n\nThe RTA reports to the Ministry of Transport. The Ministry's Management Board approves the RTA budget; the Management Board meets in May."],
      ["Lagoon Customs Office (LCO): profile", "The Lagoon Customs Office (LCO) checks cargo. The LCO has 90 staff.\n\nThe Management Board meets in June."],
    );
    expect(e).not.toContain("org:rta-management-board");
  });
  // rev34a: RENAMED folded across pages under the name written most, so the old name could win; the folded name now never leads.
  it("the folded body keeps the new name when another page writes only the old one", () => {
    const e = ids(["Page", "Niger chaired the Sahel Water Agency, the former Sahel Water Office."], ["Page two", "Mali chaired the Sahel Water Office in 1990."]);
    expect(e).toContain("org:sahel-water-agency");
  });
  // A part read under a name that another page folds into a longer one keeps its PART_OF to the id the fold gives.
  it("a phase of a fund known by its nickname is part of the fund under its full name", () => {
    const l = links(["Page", "The Coastal Relief Trust Fund in Response to the Lagoon Floods, also called the Reef Fund, pays for clinics."], ["Page two", "Togo joined the Reef Fund in 2016. The Reef Fund pays for clinics.\n\nPhase II, 2019-2022. The second phase added two ports."]);
    expect(l).toContain("PART_OF ini:reef-fund-phase-ii -> ini:coastal-relief-trust-fund-in-response-to-the-lagoon-floods");
  });
});

import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { CAPITALISED_AUXILIARY } from "../../ingest/core/capitalisedAuxiliary.js";
import { ADJECTIVE_BEFORE_TAIL } from "../../ingest/core/adjectiveBeforeTail.js";
import { PHASE_TITLES } from "../../ingest/core/phaseTitle.js";
import { GENERIC_HEAD_AT_PLACE } from "../../ingest/core/genericHeadAtPlace.js";
import { FRONTED_SESSION_SUBJECT } from "../../ingest/core/frontedSessionSubject.js";
import { HYPHENED_SIDES } from "../../ingest/core/branchOrSides.js";
import { IMPERATIVE_OPENING } from "../../ingest/core/imperativeOpening.js";
import { SHORT_FORM_BACK } from "../../ingest/core/shortFormBack.js";
import { SAME_DAY_MEETING } from "../../ingest/core/meetingSameDay.js";
import { textSource } from "../support/textSource.js";

/** Entity-precision rules (names cut, spliced or mis-kinded on fresh pages), each with sentences written for the specs. */
const catalog = defaultCatalog();
const page = (text: string) => textSource("spec.txt", text);
const names = (text: string): string[] => buildGraphs([page(text)], catalog)[0]!.entities.map((e) => e.name);

const RULES = { CAPITALISED_AUXILIARY: CAPITALISED_AUXILIARY.examples, ADJECTIVE_BEFORE_TAIL: ADJECTIVE_BEFORE_TAIL.examples, PHASE_TITLES: PHASE_TITLES.examples, GENERIC_HEAD_AT_PLACE: GENERIC_HEAD_AT_PLACE.examples, FRONTED_SESSION_SUBJECT: FRONTED_SESSION_SUBJECT.examples, HYPHENED_SIDES: HYPHENED_SIDES.examples, IMPERATIVE_OPENING: IMPERATIVE_OPENING.examples, SHORT_FORM_BACK: SHORT_FORM_BACK.examples };

describe("entity precision rules", () => {
  for (const [id, ex] of Object.entries(RULES)) {
    for (const p of ex.positive) it(`${id} names "${p.name}" in: ${p.text}`, () => expect(names(p.text)).toContain(p.name));
    for (const n of ex.negative) it(`${id} names no "${n.name}" in: ${n.text}`, () => expect(names(n.text)).not.toContain(n.name));
  }
  for (const ex of [...SAME_DAY_MEETING.examples.positive, ...SAME_DAY_MEETING.examples.negative]) {
    it(`SAME_DAY_MEETING: ${ex.count} meeting on ${ex.date} in ${ex.city} in: ${ex.text}`, () => {
      const meetings = buildGraphs([page(ex.text)], catalog)[0]!.entities.filter((e) => e.date === ex.date && e.city === ex.city);
      expect(meetings).toHaveLength(ex.count);
    });
  }
});

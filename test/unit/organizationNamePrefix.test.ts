import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

/**
 * An organization's name printed on a title (patternRules.ts): on an initiative it makes the initiative the body's own
 * (LEADS); on a convention it says only where the text was adopted, so no PROMOTES is read from the name alone, while
 * promotion stated in words still is.
 */
const catalog = defaultCatalog();
const has = (text: string, type: string, from: string, to: string) =>
  buildGraphs([textSource("spec.txt", text)], catalog)[0]!.relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);

const NAME_ONLY: Array<[string, string, string]> = [
  ["Colombia has not ratified the ILO Migration for Employment Convention (Revised), 1949 (No. 97).", "org:ilo", "conv:ilo-c97"],
  ["Ghana ratified the ILO Domestic Workers Convention in 2019 and the ILO's Forced Labour Convention in 1957.", "org:ilo", "conv:ilo-c29"],
  ["Ghana ratified the ILO Domestic Workers Convention in 2019 and the ILO's Forced Labour Convention in 1957.", "org:ilo", "conv:ilo-c189"],
  ["Tinland ratified the UN Migrant Workers Convention in 2010.", "org:un", "conv:cmw"],
];

const STATED: Array<[string, string, string, string]> = [
  ["The ILO promotes the ratification of the Domestic Workers Convention among its member States.", "PROMOTES", "org:ilo", "conv:ilo-c189"],
  ["OHCHR supports efforts to promote the ratification of the ICRMW.", "PROMOTES", "org:ohchr", "conv:cmw"],
  ["The data come from IOM's Migration Data Portal, updated in 2023.", "LEADS", "org:iom", "ini:migration-data-portal"],
];

describe("an organization's name printed on a title", () => {
  for (const [text, from, to] of NAME_ONLY) it(`states no PROMOTES ${from} -> ${to} in: ${text}`, () => expect(has(text, "PROMOTES", from, to)).toBe(false));
  for (const [text, type, from, to] of STATED) it(`reads ${type} ${from} -> ${to} in: ${text}`, () => expect(has(text, type, from, to)).toBe(true));
});

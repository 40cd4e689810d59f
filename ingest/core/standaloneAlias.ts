import type { EntityKind } from "../../src/ontology/ontology.js";
import { yearSpanAfter } from "./titleShapes.js";

/**
 * Another writing of a name that stands alone, kept findable as its alias:
 * - "…Council on Teacher Mobility, Recruitment and Migration": names were once cut at that comma; the cut reading
 *   stays findable, never an entity of its own (WHOLE_AT_SLASH_AND_COMMA);
 * - "the 2030 Agenda for Sustainable Development": a year before a programme's or treaty's title may be part of it,
 *   or date one round of it ("the 2011 Small Grants Facility"); the dated form is kept findable, the name stays the
 *   undated one, so both writings are one entity (YEAR_IN_TITLE);
 * - "the X Framework for Disaster Risk Reduction 2015-2030", "the X Action Plan (2020-2024)": the dated full title
 *   (YEAR_SPAN_TITLES); "the X Action Plan for 2016-2019", named with its period, is also written without the "for".
 */
export function standaloneAlias(text: string, local: string, start: number, end: number, kind: EntityKind): string | undefined {
  const cut = /^(.+?\s(?:on|of|for)\s+[A-Z][\p{L}\-]*\s+[A-Z][\p{L}\-]*),\s/u.exec(local)?.[1];
  if (cut) return cut;
  if (kind !== "INITIATIVE" && kind !== "CONVENTION") return undefined;
  const year = /\b[Tt]he\s+((?:19|20)\d{2})\s+$/.exec(text.slice(Math.max(0, start - 10), start));
  if (year) return `${year[1]} ${local}`;
  return datedWriting(text, local, end, kind);
}

/**
 * The dated writing of a programme's or treaty's name, also for one named with its owner ("the SADC … Action Plan for
 * 2016-2019"): "X for 2016-2019" (nameTail.ts keeps the period in the name) is written also as "X 2016-2019"; a year span
 * right after the name ("X (2020-2024)") is part of its full title (YEAR_SPAN_TITLES).
 */
export function datedWriting(text: string, name: string, end: number, kind: EntityKind): string | undefined {
  if (kind !== "INITIATIVE" && kind !== "CONVENTION") return undefined;
  const period = /^(.+)\s+for\s+((?:19|20)\d{2})(?:\s*[–—-]\s*((?:19|20)?\d{2}))?$/.exec(name);
  if (period) return `${period[1]} ${period[2]}${period[3] ? `-${period[3].length === 2 ? period[2]!.slice(0, 2) + period[3] : period[3]}` : ""}`;
  const span = yearSpanAfter(text, end);
  return span ? `${name} ${span}` : undefined;
}

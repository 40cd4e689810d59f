import type { EntityKind } from "../../src/ontology/ontology.js";
import type { NameRule } from "./NameRule.js";
import { headKind, headWord } from "./headKind.js";
import { isPublicationHead } from "./kindRules.js";
import { initialsMatch } from "./nameTrim.js";

export const COLON_TITLES: NameRule = {
  id: "colon-titles",
  what: "A title of two words or more, a colon and a subtitle, with an acronym defined right after ('Safer Harbours: Protection and Return of Fishers (SHPR)'), is one name: a programme unless a head noun says otherwise. Without the acronym, or headed by a publication noun, it is a work's title; a one-word label before the colon ('Project:') is a field, not part of the name.",
  words: [],
  positive: [
    { text: "Tinland finances Safer Harbours: Protection, Return and Reintegration of Fishers (SHPR), a joint project.", name: "Safer Harbours: Protection, Return and Reintegration of Fishers", kind: "INITIATIVE" },
    { text: "Fair Ports: Justice and Rights for Fishers (FPJR) is funded by Tinland.", name: "Fair Ports: Justice and Rights for Fishers", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "Tinland finances Safer Harbours: Protection, Return and Reintegration of Fishers in two ports.", name: "Safer Harbours: Protection, Return and Reintegration of Fishers" },
    { text: "The Harbour Report: Protection and Return of Fishers (HRPR) came out in May.", name: "Harbour Report: Protection and Return of Fishers" },
    { text: "Project: Safe Harbour Return (SHR) was funded by Tinland.", name: "Project: Safe Harbour Return" },
  ],
};

/** Capitalised title words before a colon; connectors may sit between them. */
const TITLE = /((?:\p{Lu}[\p{L}’'-]*)(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|for|and|the|on|in|to|with|from)){1,7}):\s+$/u;

/** "Safer Harbours: Protection … (SHPR)": the whole title when the definition's name is a subtitle (COLON_TITLES). */
export function colonTitle(text: string, nameStart: number, written: string, acronym: string): { name: string; start: number; kind: EntityKind } | null {
  const before = TITLE.exec(text.slice(Math.max(0, nameStart - 90), nameStart));
  if (!before) return null;
  const title = before[1]!;
  const name = `${title}: ${written}`;
  if (!initialsMatch(name, acronym) || isPublicationHead(headWord(title)) || isPublicationHead(headWord(written))) return null;
  const kind = headKind(written) ?? headKind(title) ?? "INITIATIVE";
  if (kind === "COUNTRY") return null;
  return { name, start: nameStart - before[0].length, kind };
}

import { foreignHeadKind } from "./foreignHeads.js";
import type { NameRule } from "./NameRule.js";

/** Connectors of other languages that no English name holds ("bij", "per", "für", "de"). */
const FOREIGN_CONNECTOR = /\s(?:de|du|des|del|della|di|da|do|dos|das|pour|para|por|per|aux|bij|voor|van|für|zur|zum|und|dei|degli|delle)\s/;

/**
 * "Maatwerk bij Terugkeer and Refugee Action", "Caritas Mongolia and Weldo": a name written in another language (a
 * head-first name, or one holding that language's connector) does not go on with the English "and"; the "and" joins
 * two list items (FOREIGN_BEFORE_AND, read by nameTrim.ts splitCoordinated).
 */
export function foreignBeforeAnd(left: string): boolean {
  const words = left.trim().split(/\s+/);
  return FOREIGN_CONNECTOR.test(` ${left} `) || (words.length >= 2 && foreignHeadKind(words) !== null);
}

export const FOREIGN_BEFORE_AND: NameRule = {
  id: "foreign-before-and",
  what: "A name in another language (opening on a head such as 'Stichting', 'Caritas', 'Comité', or holding a connector such as 'bij', 'per', 'für', 'de') ends before an English 'and': 'Hulp bij Thuiskomst and Harbour Action' are two list items, never one name spliced across the 'and'.",
  words: [],
  positive: [
    { text: "Its partners were Hulp bij Thuiskomst and the Harbour Welfare Council in Europe.", name: "Harbour Welfare Council", kind: "ORGANIZATION" },
    { text: "Funds went to Stichting Havenzorg and the Coastal Relief Foundation.", name: "Stichting Havenzorg", kind: "ORGANIZATION" },
    { text: "Funds went to Caritas Ruritania and Portwell in the countries of return.", name: "Caritas Ruritania", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "Its partners were Hulp bij Thuiskomst and Harbour Action in Europe.", name: "Thuiskomst and Harbour Action" },
    { text: "Its partners were Hulp bij Thuiskomst and Harbour Action in Europe.", name: "Hulp bij Thuiskomst and Harbour Action" },
    { text: "Funds went to Caritas Ruritania and Portwell in the countries of return.", name: "Caritas Ruritania and Portwell" },
  ],
};

import type { IdentityRule } from "./IdentityRule.js";
import type { DiscoveredName } from "./types.js";

const DEFINED = "The Coastal Harbour Initiative for Fishing Towns (CHIFT) is funded by Norway. FAO implements CHIFT.";

/**
 * ACRONYM_ONLY, in resolve after names are grouped: a document that writes a body or programme only by its acronym
 * ("CHIFT, a partnership of four agencies, …") makes a name that is nothing but the acronym, while another document
 * defines it ("the Coastal Harbour Initiative for Fishing Towns (CHIFT)"). Names alike by their words never meet the
 * bare acronym, so the two stayed two nodes. The bare acronym is the one name of its kind the corpus defines with it;
 * where two names of that kind share it ("Migration Partnership Facility (MPF)", "Migration Partnership Framework
 * (MPF)"), or a catalog entity has it, the bare acronym names none of them and stays apart.
 */
export const ACRONYM_ONLY: IdentityRule = {
  id: "acronym-only",
  what: "A discovered name written only as its acronym is the one discovered name of the same kind that another reading defines with that acronym; two names defining it, or another kind, keep it apart.",
  words: [],
  positive: [
    {
      text: DEFINED,
      others: ["CHIFT, a partnership of four agencies, works in Fiji and Samoa. Norway funds CHIFT."],
      same: ["Coastal Harbour Initiative for Fishing Towns", "CHIFT"],
      absent: ["ini:chift"],
    },
    {
      // A list item names the council by its letters alone.
      text: "The Pacific Council of Harbour Agencies (PCHA) is a network of port authorities based in Suva.",
      others: ["NGO networks - PCHA, InterAction and OCEANA - prepared a joint statement for the meeting."],
      same: ["Pacific Council of Harbour Agencies", "PCHA"],
      absent: ["org:pcha"],
    },
  ],
  negative: [
    {
      // Two programmes define CHIFT: the bare acronym names neither.
      text: DEFINED,
      others: ["The Coral Harbour Investment Facility for Tuna (CHIFT) is run by IFAD.", "CHIFT, a partnership of four agencies, works in Fiji and Samoa. Norway funds CHIFT."],
      apart: ["Coastal Harbour Initiative for Fishing Towns", "CHIFT"],
    },
  ],
};

/** A name that is only an acronym: "CHIFT" read as CHIFT, or an item of a list of networks, "PCHA", read without one. */
const ACRONYM = /^[A-Z][A-Z0-9]{1,9}$/;
const bareAcronym = (d: DiscoveredName) => ACRONYM.test(d.name) && (d.acronym ?? d.name) === d.name;
const bare = (group: DiscoveredName[]) => group.every(bareAcronym);

/**
 * Joins, in `groups` (resolve's groups of one entity each), every group whose names are only its acronym into the
 * one other group of its kind with that acronym; `isCatalogAcronym` leaves a catalog entity's acronym alone.
 */
export function foldAcronymOnly(groups: Map<string, DiscoveredName[]>, join: (from: DiscoveredName[], into: DiscoveredName[]) => void, isCatalogAcronym: (acronym: string) => boolean): void {
  const defining = new Map<string, DiscoveredName[][]>();
  for (const group of groups.values()) {
    const d = group[0]!;
    if (!d.acronym || d.isEvent || bare(group)) continue;
    const k = `${d.kind}|${d.acronym}`;
    (defining.get(k) ?? defining.set(k, []).get(k)!).push(group);
  }
  for (const [key, group] of [...groups]) {
    const d = group[0]!;
    if (d.isEvent || !bare(group) || isCatalogAcronym(d.name)) continue;
    const into = defining.get(`${d.kind}|${d.name}`);
    if (into?.length !== 1) continue;
    join(group, into[0]!);
    groups.delete(key);
  }
}

import type { NameRule } from "./NameRule.js";

/**
 * "the Nordic Consulting Group": a firm that sells a trade's services calls itself a group; it is a company, not a
 * meeting of members. The trade word right before "Group" says so.
 */
export const COMPANY_GROUPS: NameRule = {
  id: "company-groups",
  what: "A name whose head is 'Group' right after a trade word (Consulting, Consultants, Consultancy, Media, Banking, Investment, Engineering, Insurance, Publishing, Security, Logistics, Hotel) is a company, an organization, not a forum.",
  words: "Consulting Consultants Consultancy Media Banking Investment Engineering Insurance Publishing Security Logistics Hotel".split(" "),
  positive: [
    { text: "Tinland commissioned the Harbour Consulting Group to review the programme.", name: "Harbour Consulting Group", kind: "ORGANIZATION" },
    { text: "The evaluation was done by the Coastal Media Group in 2019.", name: "Coastal Media Group", kind: "ORGANIZATION" },
    // A group of experts or states stays a forum.
    { text: "The Harbour Expert Group on Crew Statistics met in Oslo.", name: "Harbour Expert Group on Crew Statistics", kind: "FORUM" },
  ],
  negative: [
    // A firm written in lower case is a description, no name.
    { text: "Tinland hired a consulting group from Oslo for the review.", name: "consulting group" },
  ],
};

const TRADES = new Set(COMPANY_GROUPS.words);

/** Whether "… <trade> Group" names a company (COMPANY_GROUPS); `name` is a name headed by "Group". */
export function isCompanyGroup(name: string): boolean {
  const words = name.split(/\s+/);
  const at = words.indexOf("Group");
  return at > 0 && TRADES.has(words[at - 1]!);
}

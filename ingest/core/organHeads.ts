/**
 * ORGAN_HEADS: the words that name an organization's organs and heads, one table for the readers that read them.
 * An organization's summits ("the 27th ASEAN Summit", BODY_SUMMITS), its secretariat ("the ASEAN Secretariat",
 * BODY_SECRETARIATS) and its executive or parliamentary organ ("the ECOWAS Commission", BODY_ORGANS) are written
 * right after the organization's name; its leaders' and ministers' organs go by generic titles with no owner written
 * ("the Authority of Heads of State and Government", ORGAN_TITLES), the organ of the one organization their sentence
 * names. The heads are data, generic words of every organization's organs, never names of one body.
 */
export const ORGAN_HEADS = {
  /** After the organization's name: its leaders' or ministers' summits, a FORUM series part of it (bodySummits.ts). */
  summits: ["Summit", "Summits", "Leaders' Summit", "Leaders’ Summit", "Ministerial Meeting", "Ministerial Meetings"],
  /** After the organization's name: its secretariat, an ORGANIZATION part of it (bodySecretariatRules.ts, partsAfterOwner.ts). */
  secretariats: ["Secretariat", "General Secretariat"],
  /** After the organization's name: its executive or parliamentary organ, an ORGANIZATION part of it (bodyOrganRules.ts). */
  organs: ["Commission", "Parliament"],
  /**
   * Written alone, capitalised: a leaders' or ministers' organ, a FORUM part of the one organization its sentence names
   * (organTitles.ts). Longest first, so the longest one written is the one read.
   */
  titles: [
    "Authority of Heads of State and Government",
    "Assembly of Heads of State and Government",
    "Conference of Heads of State and Government",
    "Summit of Heads of State and Government",
    "Authority of Heads of State",
    "Assembly of Heads of State",
    "Conference of Heads of State",
    "Summit of Heads of State",
    "Council of Ministers of Foreign Affairs",
    "Council of Foreign Ministers",
    "Council of Ministers",
  ],
};

import type { RelationRule } from "./RelationRule.js";

/**
 * A body's or initiative's own list of who is in it, after its name: "The Community comprises A, B", "IGAD's member
 * states are A, B", "Its members include A and B", "Its participants include A". Read in MEMBERSHIP_RULES' order
 * (membershipRules.ts), right after the appositions.
 */

/** Words naming another role than membership between a list's owner and its trigger ("Its observers include"). */
export const OTHER_ROLES = "observers?|partners?|donors?|funders?|guests?";
/** A state list that follows its class: "has eight member states, including A and B". */
export const MEMBER_STATES_LISTED = "member state|states|country|countries including|include|namely|: / member state|states|country|countries among them|whom";

/** What the two readings of an organization's member states share: the states after the organization's name. */
const ORGANIZATION_MEMBERS = {
  objectWithin: 30,
  blockedBy: `${OTHER_ROLES}|offices?|staff`,
  shape: "object-first",
  subjects: ["COUNTRY"],
  objects: ["ORGANIZATION"],
  confidence: 0.75,
} satisfies Partial<RelationRule>;

/** An initiative's own list of those in it, after its name ("Its members include A and B"). */
const INITIATIVE_LIST = {
  objectWithin: 30,
  shape: "object-first",
  blockedBy: OTHER_ROLES,
  subjects: ["ORGANIZATION", "COUNTRY"],
  objects: ["INITIATIVE"],
  confidence: 0.7,
} satisfies Partial<RelationRule>;

export const OWN_MEMBER_LIST_RULES: RelationRule[] = [
  {
    // An organization named with its member states listed: "The AU has 55 member states, among them Kenya".
    id: "organization-members-listed",
    type: "MEMBER_OF",
    trigger: `comprise / consist of / bring together / member|members|membership be|include|comprise|:|namely / ${MEMBER_STATES_LISTED}`,
    ...ORGANIZATION_MEMBERS,
    examples: {
      positive: [
        { text: "The Southern African Development Community comprises Botswana, Namibia and Zambia.", expect: ["ctry:na", "org:sadc"] },
        { text: "IGAD has eight member states, including Kenya and Djibouti.", expect: ["ctry:dj", "org:igad"] },
        { text: "ECOWAS was founded in 1975. Its members include Ghana, Senegal and Togo.", expect: ["ctry:tg", "org:ecowas"] },
        // An apposition may stand between the organization and its own "whose" clause.
        { text: "The agreements were prepared in the Nordic Council, the inter-parliamentary body founded in 1952, whose members are Denmark, Finland and Iceland.", expect: ["ctry:fi", "org:nordic-council"] },
        { text: "Talks went on in IGAD, a regional bloc set up in 1986, whose member states include Kenya and Djibouti.", expect: ["ctry:dj", "org:igad"] },
      ],
      negative: [
        { text: "IOM has offices in Kenya and Djibouti.", expect: ["ctry:dj", "org:iom"] },
        { text: "ECOWAS was founded in 1975. Its observers include Morocco and Mauritania.", expect: ["ctry:mr", "org:ecowas"] },
        { text: "Talks went on in ECOWAS, a bloc set up in 1975, whose observers include Morocco and Mauritania.", expect: ["ctry:mr", "org:ecowas"] },
        { text: "Talks went on in ECOWAS, a bloc set up in 1975, whose members may soon include Morocco and Mauritania.", expect: ["ctry:mr", "org:ecowas"] },
        // The relative clause is the apposition's own noun's when a second name stands in it.
        { text: "Talks went on in ECOWAS, with the Arab Maghreb Union, whose members are Morocco and Mauritania.", expect: ["ctry:mr", "org:ecowas"] },
        { text: "ECOWAS should include Morocco.", expect: ["ctry:ma", "org:ecowas"] },
        // A denying determiner opens the phrase the organization sits in: the list after the colon names non-members.
        { text: "No country beyond the Andean Community holds a seat as a member: Chile and Argentina merely watch.", expect: ["ctry:cl", "org:andean-community"] },
      ],
    },
  },
  {
    // "IGAD's member states are A, B and C", "Its six member countries are A and B": the copula names the members
    // only when a name follows it at once; "member states are meeting in Kenya", "are urged to", "are not" name none.
    id: "organization-member-states-are",
    type: "MEMBER_OF",
    trigger: "member state|states|country|countries be",
    notFollowedBy: "^(?!\\s*(?:the\\s+)?[A-Z])",
    ...ORGANIZATION_MEMBERS,
    examples: {
      positive: [
        { text: "IGAD's member states are Djibouti, Ethiopia and Kenya.", expect: ["ctry:et", "org:igad"] },
        { text: "ECOWAS was set up by treaty in Lagos. Its fifteen member countries are Ghana, Senegal and the Gambia.", expect: ["ctry:gm", "org:ecowas"] },
      ],
      negative: [
        { text: "IGAD's member states are meeting in Kenya next week.", expect: ["ctry:ke", "org:igad"] },
        { text: "IGAD's member states are not Tanzania and Egypt.", expect: ["ctry:tz", "org:igad"] },
        { text: "ECOWAS was set up by treaty in Lagos. Its member states are urged to admit workers from Mali.", expect: ["ctry:ml", "org:ecowas"] },
      ],
    },
  },
  {
    // A network or alliance that names its members: they are members of it, as of a forum.
    id: "membership-list-initiative",
    type: "MEMBER_OF",
    ...INITIATIVE_LIST,
    trigger: "member|members|membership be|include|comprise|:|namely",
    examples: {
      positive: [{ text: "KNOMAD was set up by the World Bank in 2013. Its members include IOM and UNHCR.", expect: ["org:unhcr", "ini:knomad"] }],
      negative: [{ text: "KNOMAD was set up by the World Bank in 2013. Its members should include IOM and UNHCR.", expect: ["org:unhcr", "ini:knomad"] }],
    },
  },
  {
    // Those an initiative counts as its participants take part in it.
    id: "participant-list-initiative",
    type: "PARTICIPATES_IN",
    ...INITIATIVE_LIST,
    trigger: "participant|participants be|include|comprise|:|namely",
    examples: {
      positive: [{ text: "KNOMAD was set up by the World Bank in 2013. Its participants include IOM and UNHCR.", expect: ["org:unhcr", "ini:knomad"] }],
      negative: [{ text: "KNOMAD was set up by the World Bank in 2013. Its participants may include IOM and UNHCR.", expect: ["org:unhcr", "ini:knomad"] }],
    },
  },
];

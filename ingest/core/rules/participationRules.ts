import type { RelationRule } from "./RelationRule.js";

/** Taking part stated by a verb whose object may be left unnamed: the forum or meeting the page reports. */
const TOOK_PART_UNNAMED = {
  type: "PARTICIPATES_IN",
  verbal: true,
  shape: "subject-first",
  implicitObject: true,
  subjects: ["ORGANIZATION", "COUNTRY"],
  confidence: 0.65,
} satisfies Partial<RelationRule>;

export const PARTICIPATION_RULES: RelationRule[] = [
  {
    id: "participates-verb",
    type: "PARTICIPATES_IN",
    trigger: "participate in / take part in / attend / engage in|with / play role in",
    verbal: true,
    shape: "subject-first",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["INITIATIVE", "FORUM"],
    objectWithin: 30,
    objectThroughOf: true,
    objectItems: true,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "UN Women participated in the GFMD 2012 in Mauritius.", expect: ["org:un-women", "forum:gfmd-2012"] },
        { text: "UNHCR took part in the ministerial consultations of the Abu Dhabi Dialogue.", expect: ["org:unhcr", "forum:abu-dhabi-dialogue"] },
        { text: "Ghana takes part in MIDA.", expect: ["ctry:gh", "ini:mida"] },
        // Co-participants each take part.
        { text: "The ILO, together with UNFPA and IOM, participated in the GFMD 2010.", expect: ["org:unfpa", "forum:gfmd-2010"] },
        // Co-agents named after the object, past a place or time (lateCoAgents.ts).
        { text: "The ILO took part in the Bali Process talks in Bangkok last May, alongside observers from UNFPA.", expect: ["org:unfpa", "forum:bali-process"] },
        { text: "The ILO took part in the Bali Process talks, as did UNFPA and UNHCR.", expect: ["org:unfpa", "forum:bali-process"] },
        { text: "The ILO took part in the Bali Process talks, and so did UNFPA.", expect: ["org:unfpa", "forum:bali-process"] },
        { text: "FAO is engaged with the Inter-Agency Standing Committee Task Force on Safe Access to Firewood and Alternative Energy.", expect: ["org:fao", "forum:inter-agency-standing-committee-task-force-on-safe-access-to-firewood-and-alternative-energy"] },
        { text: "In 2010 ECLAC played an active role in the GFMD 2010 in Mexico.", expect: ["org:eclac", "forum:gfmd-2010"] },
        // Named items of a list whose other items name nothing known.
        { text: "FAO attended a symposium on rural youth (Rome, May 2006), the 2006 High-level Dialogue and the GFMD 2007 (July 2007).", expect: ["org:fao", "forum:gfmd-2007"] },
      ],
      negative: [
        { text: "UN Women was not able to participate in the GFMD 2012.", expect: ["org:un-women", "forum:gfmd-2012"] },
        { text: "The ILO took part in the Bali Process, together with a study by UNFPA.", expect: ["org:unfpa", "forum:bali-process"] },
        { text: "The ILO did not take part in the Bali Process talks, alongside UNFPA.", expect: ["org:unfpa", "forum:bali-process"] },
        { text: "The ILO took part in the Bali Process talks, as UNFPA did not.", expect: ["org:unfpa", "forum:bali-process"] },
        { text: "UN Women hopes to take part in the GFMD 2013.", expect: ["org:un-women", "forum:gfmd-2013"] },
        { text: "UN Women participated in a debate on the future of migration, and later the GFMD 2012 met in Mauritius.", expect: ["org:un-women", "forum:gfmd-2012"] },
        { text: "UNFPA participated in a panel, organized by the Rabat Process secretariat.", expect: ["org:unfpa", "forum:rabat-process"] },
        { text: "FAO is engaged in talks with IOM about the GFMD 2012.", expect: ["org:fao", "forum:gfmd-2012"] },
        { text: "UN DESA is actively engaged in the preparations for the HLD 2013.", expect: ["org:un-desa", "forum:hld-2013"] },
        { text: "ECLAC hopes to play a role in the GFMD 2010.", expect: ["org:eclac", "forum:gfmd-2010"] },
        // The second conjunct is a clause of its own.
        { text: "FAO attended a symposium on rural youth in Rome, and the GFMD 2007 adopted a declaration.", expect: ["org:fao", "forum:gfmd-2007"] },
      ],
    },
  },
  {
    // "UN Women comes in as a new partner", "Ghana joined as an observer": of the initiative or forum the sentence or page is about.
    id: "partner-implicit",
    ...TOOK_PART_UNNAMED,
    trigger: "become ?new partner|observer / join|come as ?new partner|partners|observer|observers / come in|aboard as ?new partner|partners|observer|observers / come on board as ?new partner|partners",
    // "became a partner of the ILO", "joined as a partner in the project": a body named after it is the one joined.
    notFollowedBy: "^\\s+(?:of|to|in|at|with|for)\\b",
    objects: ["FORUM", "INITIATIVE"],
    objectWithin: 12,
    examples: {
      positive: [
        { text: "The Missing Migrants Project began in 2014. UN Women comes in as a new partner.", expect: ["org:un-women", "ini:missing-migrants-project"] },
        { text: "The Bali Process was founded in 2002. In 2010 Nepal joined as an observer.", expect: ["ctry:np", "forum:bali-process"] },
      ],
      negative: [
        { text: "The Missing Migrants Project began in 2014. UN Women hopes to come in as a new partner.", expect: ["org:un-women", "ini:missing-migrants-project"] },
        { text: "The Missing Migrants Project began in 2014. UN Women became a partner of the ILO.", expect: ["org:un-women", "ini:missing-migrants-project"] },
        { text: "The Bali Process was founded in 2002. Nepal was not invited to join as an observer.", expect: ["ctry:np", "forum:bali-process"] },
      ],
    },
  },
  {
    // "Thailand and Viet Nam also took part", "IOM attended as well": the meeting just reported.
    id: "took-part-implicit",
    ...TOOK_PART_UNNAMED,
    trigger: "take part / participate / attend",
    meetingObject: true,
    // The verb closes its clause ("also took part.", "attended as well", "took part as an observer."): a place, a thing
    // or a body named after it is what was attended ("took part in a workshop"), a noun after it makes it an adjective
    // ("participating States"), and a role of another body is that body's ("takes part as a partner of the Dialogue").
    // "took part through its embassy": the body's own envoy, unless the phrase goes on to where ("… at a workshop").
    // How they took part closes the clause as well ("took part in person.", "attended online, and …").
    notFollowedBy: "^(?!\\s*(?:[.;]|,\\s|$)|\\s+(?:as well|too|also|again|for the first time)\\b|\\s+(?:in person|online|remotely|virtually|by video(?:link)?)\\s*(?:[.;]|,\\s|$)|\\s+as\\s+(?:an?\\s+)?[\\w-]+(?:\\s+[\\w-]+)?\\s*[.;,]|\\s+through\\s+(?:its|their)\\s+(?![^.;]*?\\b(?:at|to|in)\\s+(?:the|a|an)\\s))",
    objects: ["FORUM"],
    objectWithin: 12,
    examples: {
      positive: [
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. Thailand and Viet Nam also took part.", expect: ["ctry:th", "forum:colombo-process-5-meeting"] },
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. IOM attended as well.", expect: ["org:iom", "forum:colombo-process-5-meeting"] },
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. IOM took part as an observer.", expect: ["org:iom", "forum:colombo-process-5-meeting"] },
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. Nepal took part through its labour attaché.", expect: ["ctry:np", "forum:colombo-process-5-meeting"] },
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. The head of UNICEF and the Director-General of the ILO took part in person, and Nepal sent its labour attaché.", expect: ["org:unicef", "forum:colombo-process-5-meeting"] },
        // Co-agents of an elliptical clause right after the verb (lateCoAgents.ts).
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. Thailand took part, and so did Viet Nam.", expect: ["ctry:vn", "forum:colombo-process-5-meeting"] },
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. Thailand attended, as did IOM.", expect: ["org:iom", "forum:colombo-process-5-meeting"] },
        // The body acts through its officer: a title and a name stand between them and the verb.
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. IOM Director General William Lacy Swing attended.", expect: ["org:iom", "forum:colombo-process-5-meeting"] },
      ],
      negative: [
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. Thailand hopes to take part.", expect: ["ctry:th", "forum:colombo-process-5-meeting"] },
        // A name inside a longer name is no subject: the Foundation attended, not IOM.
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. The IOM Development Fund Foundation attended.", expect: ["org:iom", "forum:colombo-process-5-meeting"] },
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. Thailand took part in a workshop.", expect: ["ctry:th", "forum:colombo-process-5-meeting"] },
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. Thailand took part in person in a workshop in Kandy.", expect: ["ctry:th", "forum:colombo-process-5-meeting"] },
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. Nepal took part through its envoy at a workshop in Kandy.", expect: ["ctry:np", "forum:colombo-process-5-meeting"] },
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. Thailand did not attend.", expect: ["ctry:th", "forum:colombo-process-5-meeting"] },
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. Thailand attended, and so did a scholar from Viet Nam.", expect: ["ctry:vn", "forum:colombo-process-5-meeting"] },
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. Thailand attended, but Viet Nam did not.", expect: ["ctry:vn", "forum:colombo-process-5-meeting"] },
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. Thailand takes part as a partner of the Abu Dhabi Dialogue.", expect: ["ctry:th", "forum:colombo-process-5-meeting"] },
        // No meeting reported: the standing body is not assumed.
        { text: "The Colombo Process was set up in 2003. In three more countries Thailand is also participating.", expect: ["ctry:th", "forum:colombo-process"] },
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process in Colombo. Staff from participating States and IOM run it.", expect: ["org:iom", "forum:colombo-process-5-meeting"] },
      ],
    },
  },
  {
    // An act at the meeting just reported: "The Food and Agriculture Organization presented its work on …", "an official
    // of the European Commission spoke on …", "IOM's deputy head also officiated at the opening". Speaking or
    // presenting there is taking part; the meeting must have been named in the sentences right before, and a name
    // after the verb is what was presented or addressed (acts-at-meeting in meetingPhraseRules.ts reads "… at the X").
    id: "acted-at-meeting-implicit",
    ...TOOK_PART_UNNAMED,
    // "spoke for their governments", "stood for its country": an envoy acting for the state at the meeting.
    trigger: "present / speak / address / officiate / take floor / deliver statement|statements|speech|remarks|address|presentation / make presentation|statement|speech|intervention / give presentation|speech|talk|address / stand|speak for ?their|its|his|her government|governments|country|countries",
    meetingObject: true,
    meetingWithin: 2,
    // The act is the subject's own: only adverbs (and a closing comma) between them, so "UNICEF provided inputs …, some of
    // which were addressed" and "invited UNICEF to … give a presentation" are not read.
    subjectGap: "^\\s*,?\\s*(?:(?:also|then|later|briefly|\\w+ly)\\s+)*$",
    notFollowedBy: "^[^.;]{0,40}?[A-Z][a-z]*[A-Z]|^\\s+(?:(?:to|at|before|during|in)\\s+)?(?:the\\s+)?[A-Z]",
    objects: ["FORUM"],
    objectWithin: 0,
    examples: {
      positive: [
        { text: "The GFMD 2012 took place in Port Louis in November. UNICEF presented its work on migrant children.", expect: ["org:unicef", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 took place in Port Louis in November. Ghana and Chile took the floor on remittances.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 took place in Port Louis in November. An official of the European Commission spoke on diaspora investment.", expect: ["org:european-commission", "forum:gfmd-2012"] },
        { text: "Ministers met for the 5th Ministerial Meeting of the Colombo Process. The deputy head of the International Organization for Migration also officiated at the opening.", expect: ["org:iom", "forum:colombo-process-5-meeting"] },
        // The envoy acts for the state: "spoke for their governments".
        { text: "The GFMD 2012 took place in Port Louis in November. Ama Owusu, Ghana's labour minister, and Pablo Vera, Chile's trade minister, spoke for their governments.", expect: ["ctry:cl", "forum:gfmd-2012"] },
      ],
      negative: [
        // A standing forum is no meeting.
        { text: "The Global Migration Group met twice that year. UNICEF presented its work on migrant children.", expect: ["org:unicef", "forum:gmg"] },
        { text: "The GFMD 2012 took place in Port Louis in November. UNICEF will present its work on migrant children.", expect: ["org:unicef", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 took place in Port Louis in November. Ghana asked to take the floor.", expect: ["ctry:gh", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 took place in Port Louis in November. Chile's trade minister, Pablo Vera, will speak for his country.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 took place in Port Louis in November. Chile's trade minister, Pablo Vera, later stood for parliament.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        // The meeting was reported long before: the presentation may have been anywhere.
        { text: "The GFMD 2012 took place in Port Louis in November. Delegates discussed jobs. Many talked of remittances. UNICEF presented its work on migrant children.", expect: ["org:unicef", "forum:gfmd-2012"] },
        // What was presented is named: the presenter does not take part in a meeting unnamed.
        { text: "The GFMD 2012 took place in Port Louis in November. Later UNICEF presented the Migration Profiles to donors.", expect: ["org:unicef", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 took place in Port Louis in November. UNICEF sent a paper, some of which was addressed in the debate.", expect: ["org:unicef", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 took place in Port Louis in November. The Chair invited UNICEF to take part in a round table and give a presentation.", expect: ["org:unicef", "forum:gfmd-2012"] },
      ],
    },
  },
  {
    // The meeting as the subject: "The 17th Conference brought delegations from Argentina, Bolivia …",
    // "the Forum gathered representatives of Chile and Peru". Those sent took part in it.
    id: "meeting-brought-delegations",
    type: "PARTICIPATES_IN",
    trigger: "bring|brought|gather|draw|drew|welcome|assemble ?together delegation|delegations|delegates|representatives|ministers|officials|participants|attendees from|of",
    shape: "delegation",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The GFMD 2012 in Mauritius brought delegations from Ghana, Chile and Nepal.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        { text: "Held in Port Louis, the GFMD 2012 gathered representatives of Ghana and Chile.", expect: ["ctry:gh", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 in Mauritius drew participants from Ghana, Chile and IOM.", expect: ["org:iom", "forum:gfmd-2012"] },
      ],
      negative: [
        { text: "The GFMD 2012 in Mauritius hopes to bring delegations from Ghana, Chile and Nepal.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 in Mauritius did not draw delegations from Ghana or Chile.", expect: ["ctry:cl", "forum:gfmd-2012"] },
        { text: "The GFMD 2012 in Mauritius hopes to draw participants from Ghana and Chile.", expect: ["ctry:cl", "forum:gfmd-2012"] },
      ],
    },
  },
  {
    // "The project engaged all five regional commissions and UN DESA", "The initiative involves IOM and UNHCR":
    // the programme as the subject names the organizations taking part in it.
    id: "initiative-involves",
    type: "PARTICIPATES_IN",
    trigger: "involve / engage / bring together",
    verbal: true,
    shape: "object-first",
    objectWithin: 30,
    subjects: ["ORGANIZATION"],
    objects: ["INITIATIVE"],
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The JMDI was launched in 2008. The JMDI involves IOM, UNHCR and UNFPA.", expect: ["org:unfpa", "ini:jmdi"] },
        { text: "The JMDI was launched in 2008. From the start the JMDI engaged IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
      ],
      negative: [
        { text: "The JMDI was launched in 2008. The JMDI should involve IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "The JMDI was launched in 2008. The JMDI involves training for staff of IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] },
      ],
    },
  },
  {
    // "Participating agencies include IOM and UNHCR", "The participating organizations are: A, B": of the page's initiative.
    id: "participating-agencies-listed",
    type: "PARTICIPATES_IN",
    trigger: "participate agency|agencies|organization|organizations|organisation|organisations|entity|entities|partner|partners",
    shape: "list-after",
    listCue: "^[^.;]{0,40}?(?::|\\b(?:are|were|include|includes|included|comprise|comprises)\\b)",
    implicitObject: true,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["INITIATIVE"],
    confidence: 0.7,
    examples: {
      positive: [{ text: "The JMDI was launched in 2008. Other participating agencies include IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] }],
      negative: [{ text: "The JMDI was launched in 2008. Other participating agencies may include IOM and UNHCR.", expect: ["org:unhcr", "ini:jmdi"] }],
    },
  },
  {
    id: "participates-join-initiative",
    type: "PARTICIPATES_IN",
    // Contributing to an initiative is supporting it (supportRules.ts), not taking part.
    trigger: "join / partner in|of / be involve in / involve in / member of / be part of",
    // "joined forces with X" is working with X, not taking part in it.
    notFollowedBy: "^\\s+forces\\b",
    passive: true,
    verbal: true,
    shape: "subject-first",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["INITIATIVE"],
    objectWithin: 30,
    // A financial or funding partner pays for it.
    qualified: [{ words: "financial|funding", objects: ["INITIATIVE"], type: "FUNDS" }],
    confidence: 0.7,
    examples: {
      positive: [
        { text: "In 2012 UNHCR joined the JMDI as a partner.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "In 2013 the KNOMAD was joined by UNICEF.", expect: ["org:unicef", "ini:knomad"] },
        { text: "UNFPA has joined the new initiative, the KNOMAD, in 2013.", expect: ["org:unfpa", "ini:knomad"] },
        { text: "UNEP is part of the Climate Change, Environment and Migration Alliance (CCEMA).", expect: ["org:unep", "ini:ccema"] },
      ],
      negative: [
        { text: "UNHCR was invited to join the JMDI.", expect: ["org:unhcr", "ini:jmdi"] },
        { text: "UN Women contributed to the JMDI in its second phase.", expect: ["org:un-women", "ini:jmdi"] },
        { text: "UNEP is not part of the Climate Change, Environment and Migration Alliance.", expect: ["org:unep", "ini:ccema"] },
        { text: "UNHCR has joined forces with the JMDI to create a new facility.", expect: ["org:unhcr", "ini:jmdi"] },
      ],
    },
  },
];

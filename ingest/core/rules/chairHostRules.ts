import type { RelationRule } from "./RelationRule.js";

export const CHAIR_HOST_RULES: RelationRule[] = [
  {
    id: "chaired",
    type: "CHAIRED",
    trigger: "chair|co-chair|co-chaired|co-chairs|co-chairing|chairmanship|co-chairmanship|chairperson|presidency|president|chair-in-office / preside over / pro tempore president|presidency",
    shape: "subject-first",
    passive: true,
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 12,
    objectBefore: 6,
    // "the UNESCO Chair on Intercultural Dialogue", "a Chair in Migration Studies": an academic title.
    notFollowedBy: "^\\s+(?:on|in)\\s+(?!(?:19|20)\\d{2})(?:the\\s+)?[A-Z][\\w-]*\\s+(?:[A-Z]|and\\s|of\\s|on\\s|in\\s)",
    confidence: 0.8,
    examples: {
      positive: [
        { text: "UNDP chaired the GMG in the first half of 2010.", expect: ["org:undp", "forum:gmg", "first half of 2010"] },
        { text: "The GMG was chaired by UNHCR from July–December 2008.", expect: ["org:unhcr", "forum:gmg", "July–December 2008"] },
        { text: "IOM, in its capacity as co-chair of the GMG, drafted the report.", expect: ["org:iom", "forum:gmg"] },
        { text: "UNHCR, the current chair of the GMG, opened the meeting.", expect: ["org:unhcr", "forum:gmg"] },
        { text: "UNESCO assumed the chairmanship of the GMG in 2011.", expect: ["org:unesco", "forum:gmg", "2011"] },
        { text: "Mexico was chosen as the next pro tempore president of the Puebla Process.", expect: ["ctry:mx", "forum:puebla-process"] },
        { text: "The Rabat Process met in Dakar. It is co-chaired by Morocco and France.", expect: ["ctry:fr", "forum:rabat-process"] },
        // Co-chairs: each chairs.
        { text: "UNICEF is co-chairing with UNFPA and the World Bank the Global Migration Group this year.", expect: ["org:world-bank", "forum:gmg"] },
        { text: "In 2009, IOM, together with UNHCR, chaired the Global Migration Group.", expect: ["org:unhcr", "forum:gmg"] },
        // A role phrase opening the sentence, with its period, names its holder after the comma (frontedRole.ts).
        { text: "As Chair of the GMG from January to June 2008, UNFPA led a study on rights.", expect: ["org:unfpa", "forum:gmg", "January to June 2008"] },
        { text: "In its capacity as the GMG Chair in the second half of 2012, UNODC delivered a statement.", expect: ["org:unodc", "forum:gmg", "second half of 2012"] },
        // The holder of a body's or a state's top office acts for it (mentionLists.ts OFFICE_HOLDER), and the agents after "and by" still count.
        { text: "The Rabat Process met in Dakar. It was co-chaired by the President of the European Commission and by Morocco.", expect: ["org:european-commission", "forum:rabat-process"] },
        { text: "The Rabat Process met in Dakar. It was co-chaired by the Prime Minister of Spain and by Morocco.", expect: ["ctry:es", "forum:rabat-process"] },
      ],
      negative: [
        { text: "IOM briefed the GFMD Chair on migration data.", expect: ["org:iom", "forum:gfmd"] },
        // An adviser to an office-holder is no holder: the body does not chair through them.
        { text: "The Rabat Process met in Dakar. It was co-chaired by an adviser to the President of the European Commission and by Morocco.", expect: ["org:european-commission", "forum:rabat-process"] },
        { text: "The Migration Policy Institute and the incoming Swedish Chair of the GFMD convened a session.", expect: ["org:mpi", "forum:gfmd"] },
        { text: "UNICEF will chair the GMG in 2014.", expect: ["org:unicef", "forum:gmg"] },
        { text: "As the incoming chair of the GMG in 2014, UNICEF will convene a meeting.", expect: ["org:unicef", "forum:gmg"] },
        { text: "As a member of the GMG in 2012, UNODC thanked the Chair.", expect: ["org:unodc", "forum:gmg"] },
        { text: "In its capacity as the GMG Chair in the coming months, UNODC will speak.", expect: ["org:unodc", "forum:gmg"] },
        { text: "Workshops in Senegal were run by the UNESCO Chair on International Migration Dialogue and Rights.", expect: ["ctry:sn", "forum:international-migration-dialogue-and-rights"] },
      ],
    },
  },
  {
    // "The GFMD 2009, held under the presidency of Greece", "Under the chairmanship of Mexico, the GFMD 2010 met":
    // the holder follows the role noun; the body is the forum named after the holder, else the one named before.
    id: "under-chairmanship-of",
    type: "CHAIRED",
    trigger: "under|during ?pro ?tempore chairmanship|co-chairmanship|presidency|chair|co-chairs|chairs of",
    shape: "delegation",
    subjectGap: "^\\s*(?:the\\s+)?$",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    confidence: 0.75,
    examples: {
      positive: [
        { text: "UNHCR took part in the GFMD 2009, held in Athens under the presidency of Greece.", expect: ["ctry:gr", "forum:gfmd-2009"] },
        { text: "Under the chairmanship of Mexico, the GFMD 2010 met in Puerto Vallarta.", expect: ["ctry:mx", "forum:gfmd-2010"] },
      ],
      negative: [
        { text: "Under the chairmanship of Mexico, UNDP launched the JMDI.", expect: ["ctry:mx", "ini:jmdi"] },
        { text: "The GFMD 2014 will meet under the presidency of Sweden.", expect: ["ctry:se", "forum:gfmd-2014"] },
        { text: "UNHCR spoke at the GFMD 2009 about the presidency of the European Union.", expect: ["org:european-union", "forum:gfmd-2009"] },
      ],
    },
  },
  {
    // "Senegal is the current chair", "Kenya took over as chair in 2019", "Ghana was elected chair for 2019-2020":
    // the role with no body named is the chair of the forum the sentence or page is about. An incoming chair is not yet one.
    id: "chair-role-implicit",
    type: "CHAIRED",
    trigger: "be current|outgoing|acting|rotating chair|co-chair|chairperson|president|chairman / take over as chair|co-chair|chairperson|president|chairman / elect|appoint ?as chair|co-chair|chairperson|president|chairman",
    shape: "subject-first",
    implicitObject: true,
    // "the current chair of the Board of UNDP": a body named after the role is its own (the CHAIRED rule reads a forum there).
    notFollowedBy: "^\\s+(?:of|at|in)\\s+(?:the\\s+)?[A-Z]",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 12,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "The Rabat Process was launched in 2006. Senegal is the current chair.", expect: ["ctry:sn", "forum:rabat-process"] },
        { text: "The Rabat Process was launched in 2006. Senegal took over as chair in 2019.", expect: ["ctry:sn", "forum:rabat-process", "2019"] },
        { text: "The Rabat Process was launched in 2006. Senegal was elected chair for 2019-2020.", expect: ["ctry:sn", "forum:rabat-process"] },
      ],
      negative: [
        { text: "The Rabat Process was launched in 2006. Senegal is the incoming chair.", expect: ["ctry:sn", "forum:rabat-process"] },
        { text: "The Rabat Process was launched in 2006. Senegal hopes to be elected chair in 2020.", expect: ["ctry:sn", "forum:rabat-process"] },
        { text: "The Rabat Process was launched in 2006. Senegal is the current chair of the Board of UNDP.", expect: ["ctry:sn", "forum:rabat-process"] },
      ],
    },
  },
  {
    // "Benin hosted the sixth meeting in Cotonou as Chair-in-Office": a host that did it as chair chaired that meeting;
    // the meeting is the one the host verb before the role took. The host verb stands between the subject and the role:
    // "…, and Jordan attended as chair" has a subject that hosted nothing. A chair to come chairs nothing yet.
    id: "hosted-as-chair",
    type: "CHAIRED",
    trigger: "as chair|co-chair|chair-in-office|chairperson|chairman|president",
    shape: "subject-first",
    implicitObject: true,
    sentenceHas: "host|co-host|hosted|co-hosted",
    subjectGap: "\\b(?:co-)?host(?:s|ed|ing)?\\b",
    notFollowedBy: "^\\s*(?:-?\\s*(?:designate|elect)\\b|(?:of|for|at|in)\\s)",
    subjects: ["ORGANIZATION", "COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 12,
    confidence: 0.7,
    examples: {
      positive: [
        { text: "Mauritius hosted the GFMD 2012 in Port Louis as chair.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "The GFMD met again in 2010. Mexico hosted the GFMD 2010 in Puerto Vallarta, in its capacity as Chair-in-Office.", expect: ["ctry:mx", "forum:gfmd-2010"] },
      ],
      negative: [
        { text: "Mauritius hosted the GFMD 2012 in Port Louis as chair of the African Union.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "Mauritius hosted the GFMD 2012 in Port Louis as chair-designate.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "Mauritius attended the GFMD 2012 in Port Louis as chair.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "Mauritius hosted the GFMD 2012 in Port Louis as future chair.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "Ghana hosted the GFMD 2012 in Accra, while Mauritius sat as chair.", expect: ["ctry:mu", "forum:gfmd-2012"] },
      ],
    },
  },
  {
    id: "hosted-verb",
    type: "HOSTED",
    trigger: "host|co-host|co-hosted / play|played host to",
    verbal: true,
    shape: "subject-first",
    passive: true,
    subjects: ["COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 12,
    confidence: 0.8,
    examples: {
      positive: [
        { text: "Mauritius hosted the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "The GFMD 2010 was hosted by Mexico.", expect: ["ctry:mx", "forum:gfmd-2010"] },
        { text: "The GFMD 2010 was co-hosted by the Governments of Mexico and Guatemala.", expect: ["ctry:gt", "forum:gfmd-2010"] },
        // An object relative clause: the meeting is what "which" follows.
        { text: "Officials flew to the GFMD 2012, which Mauritius hosted in Port Louis.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        // A second past verb joined by "and" shares the object (ruleEngine.ts JOINED_VERB).
        { text: "Mauritius hosted and chaired the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
      ],
      negative: [
        { text: "Mauritius will host the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        // A new subject after "and" opens a clause of its own: its verb is not the host's.
        { text: "Mauritius hosted and Senegal chaired the GFMD 2012.", expect: ["ctry:sn", "forum:gfmd-2012"] },
        // A joined verb that undoes the first states no hosting.
        { text: "Mauritius co-hosted and later suspended the GFMD 2012.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "Officials flew to the GFMD 2012, which Mauritius had offered to host.", expect: ["ctry:mu", "forum:gfmd-2012"] },
        { text: "The GFMD 2010 was hosted by Mexico with the Governments of Guatemala and Peru as observers.", expect: ["ctry:gt", "forum:gfmd-2010"] },
      ],
    },
  },
  {
    // "Kuwait acted as host", "Nepal was the host country": of the meeting last reported, where the sentence names none.
    id: "host-role-implicit",
    type: "HOSTED",
    trigger: "act|serve|stand as ?the host / be the host|venue / be host",
    shape: "subject-first",
    implicitObject: true,
    meetingObject: true,
    // "served as host of the secretariat", "host to the Network": what follows is the thing hosted.
    notFollowedBy: "^\\s+(?:country|state|government|city)?\\s*(?:of|to|for)\\b",
    // "Sri Lanka was only the venue": a place and no more, which the sentence sets against the hosts.
    notAcross: "only|merely|solely",
    subjects: ["COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 12,
    confidence: 0.7,
    examples: {
      positive: [{ text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process on Monday. Sri Lanka acted as host.", expect: ["ctry:lk", "forum:colombo-process-5-meeting"] }],
      negative: [
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process on Monday. Sri Lanka acted as host of the secretariat.", expect: ["ctry:lk", "forum:colombo-process-5-meeting"] },
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process on Monday. Nepal will serve as host.", expect: ["ctry:np", "forum:colombo-process-5-meeting"] },
        { text: "Ministers opened the 5th Ministerial Meeting of the Colombo Process on Monday. Sri Lanka was only the venue: the hosts were IOM and UNDP.", expect: ["ctry:lk", "forum:colombo-process-5-meeting"] },
      ],
    },
  },
  {
    // The meeting is a common noun here; relate() takes the forum's meeting of the year or ordinal stated.
    id: "hosted-meeting",
    type: "HOSTED",
    trigger: "host|co-host|co-hosted meeting|forum|summit|conference|session|round / meeting|forum|summit|conference|session|round be host|co-host|co-hosted",
    shape: "subject-first",
    passive: true,
    implicitObject: true,
    subjects: ["COUNTRY"],
    objects: ["FORUM"],
    objectWithin: 12,
    confidence: 0.75,
    examples: {
      positive: [
        { text: "The GFMD meets once a year. The third meeting was hosted by Greece in Athens in 2009.", expect: ["ctry:gr", "forum:gfmd-2009"] },
        { text: "The GFMD meets once a year. In 2010 Mexico hosted the fourth meeting in Puerto Vallarta.", expect: ["ctry:mx", "forum:gfmd-2010"] },
        { text: "Belgium hosted the first meeting of the GFMD in Brussels.", expect: ["ctry:be", "forum:gfmd-2007"] },
      ],
      negative: [
        { text: "The GFMD meets once a year. Greece offered to host the meeting in 2009.", expect: ["ctry:gr", "forum:gfmd-2009"] },
        { text: "The GFMD meets once a year. In 2009 Greece and Mexico hosted a side meeting on remittances in 2010.", expect: ["ctry:gr", "forum:gfmd-2009"] },
        // The page's forum is not the one the meeting belongs to ("the sixth GFMD meeting"): no meeting of it is made for the year.
        { text: "The Abu Dhabi Dialogue meets every two years.\n\nThe sixth GFMD meeting was hosted by Mauritius in November 2012.", expect: ["ctry:mu", "forum:abu-dhabi-dialogue-2012"] },
        // "with Bahrain in the chair" is an absolute phrase: Bahrain chaired, it did not co-host (withAbsolute.ts).
        { text: "Third Senior Officials' Meeting of the Red Sea Labour Dialogue, Jeddah, 4 May 2021\n\nSaudi Arabia hosted the meeting with Egypt in the chair.", expect: ["ctry:eg", "forum:red-sea-labour-dialogue-2021"] },
      ],
    },
  },
];

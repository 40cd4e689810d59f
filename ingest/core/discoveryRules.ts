import { BODY_SUMMITS } from "./bodySummits.js";
import { CONTEXT_IN_NAME } from "./contextInName.js";
import { INSIDE_PLACES_IN_NAME } from "./insidePlacesInName.js";
import { SLASHED_WORDS } from "./slashedWords.js";
import { HEADING_ACRONYMS } from "./headingAcronym.js";
import { ACRONYM_FIRST_TITLES } from "./acronymFirstTitle.js";
import { TITLE_NAMES } from "./titleName.js";
import { COINED_TITLE_NAMES } from "./coinedTitleName.js";
import { DEMONYM_STATES } from "./demonymStates.js";
import type { NameRule } from "./nameRules.js";
import { DATED_ONE_OFF_MEETINGS } from "./oneOffMeeting.js";
import { DATED_ONE_OFF_ADJUNCTS } from "./meetingDateAdjunct.js";
import { PROGRAMME_PHASES } from "./programmePhases.js";
import { HEADING_PROJECTS } from "./headingProjects.js";
import { APPOSED_MEETING_NAME, APPOSED_PROJECT_NAME } from "./apposedProjectName.js";
import { REGION_SCOPE } from "./regionScope.js";
import { PUBLICATION_SUBTITLE } from "./publicationSubtitle.js";
import { SUPPORT_PROJECTS } from "./supportProject.js";
import { COINED_PROGRAMME_NAMES } from "./coinedProgrammeNames.js";
import { CALL_TITLES } from "./callTitles.js";
import { COMPANY_GROUPS } from "./companyGroups.js";
import { PASSIVE_SUBJECT_NAMES } from "./passiveSubjectNames.js";
import { TITLE_AFTER_CLASS_NOUN } from "./titleAfterClassNoun.js";
import { RATIFIED_TITLE } from "./ratifiedTitle.js";
import { PROTOCOL_OF_YEAR } from "./protocolOfYear.js";
import { TREATY_PARTIES } from "./treatyParties.js";
import { DEFINED_AGREEMENTS } from "./definedAgreement.js";
import { DASHED_PARTY_TREATIES } from "./dashedPartyTreaty.js";
import { TREATY_ON_ARTICLE } from "./treatyOnArticle.js";
import { OWNED_TREATIES } from "./ownedTreaty.js";
import { RUN_IN_PROJECT_TITLES } from "./runInProjectTitle.js";
import { QUOTED_ITEM_TITLES } from "./quotedItemTitle.js";

/**
 * Recognition rules for bodies and meetings no catalog lists, as data with example sentences
 * (run by test/unit/discoveryRules.test.ts through the whole pipeline). Examples are written for
 * these specs: invented names, so that the catalog cannot be what finds them.
 */

export const DATED_MEETINGS: NameRule = {
  id: "dated-meetings",
  what: "A standing forum's name with a year right before or after it, or 'its <ordinal> <meeting noun>' after the forum, is that year's or that numbered meeting; a numbered meeting in a sentence that opens on its one year ('In 2016 …, the fourth X') or in a paragraph under a dateline ('Caracas, 2007.') is that year's; 'the seventh Conference', 'the XIII Conference' (a capitalised head of the forum named before) is that forum's numbered meeting; a meeting series that is held, hosted or organized in a sentence opening on its one year is that year's meeting (meetings.ts); a numbered meeting 'of the X Process' names the forum, not a body called 'Ministerial Conference of the X Process' (meetingOfSeries.ts).",
  words: [],
  positive: [
    // A Roman numeral after "its" numbers the series' meeting as an ordinal word does.
    { text: "The Andean Fisheries Forum held its III Conference in Lima in 2004, hosted by Peru.", name: "Andean Fisheries Forum 2004", kind: "FORUM", year: 2004, parentId: "forum:andean-fisheries-forum" },
    { text: "The Andean Refugee Forum met in Lima. The 2019 Andean Refugee Forum was co-convened by Peru.", name: "Andean Refugee Forum 2019", kind: "FORUM", parentId: "forum:andean-refugee-forum", year: 2019 },
    { text: "Pledges made at the Andean Refugee Forum 2021 were reviewed.", name: "Andean Refugee Forum 2021", kind: "FORUM", parentId: "forum:andean-refugee-forum", year: 2021 },
    { text: "The 12th Ministerial Conference of the Coastal Fisheries Process was held in 2016.", name: "Coastal Fisheries Process 2016", kind: "FORUM", parentId: "forum:coastal-fisheries-process", year: 2016 },
    { text: "The Sixth Ministerial Conference of the Coastal Fisheries Dialogue met in Accra.", name: "Sixth Ministerial Conference of the Coastal Fisheries Dialogue", kind: "FORUM", parentId: "forum:coastal-fisheries-dialogue" },
    { text: "The Coastal Fisheries Process held its 4th Ministerial Conference in 2014.", name: "Coastal Fisheries Process 2014", kind: "FORUM", parentId: "forum:coastal-fisheries-process", year: 2014 },
    { text: "At its 9th Session in 2011, the Coastal Fisheries Conference adopted a charter.", name: "Coastal Fisheries Conference 2011", kind: "FORUM", parentId: "forum:coastal-fisheries-conference", year: 2011 },
    { text: "The first Coastal Refugee Forum was held in Geneva in December 2019.", name: "Coastal Refugee Forum 2019", kind: "FORUM", parentId: "forum:coastal-refugee-forum", year: 2019 },
    { text: "The third Coastal Refugee Forum met in Accra, Ghana on 3 May 2021.", name: "Coastal Refugee Forum 2021", kind: "FORUM", parentId: "forum:coastal-refugee-forum", year: 2021 },
    { text: "Talks went on at the seventeenth Andean Summit of Heads of State in 2007 in Quito.", name: "Andean Summit of Heads of State 2007", kind: "FORUM", year: 2007 },
    { text: "UNFPA supported the Andean Refugee Forum in Quito, Ecuador, in 2012.", name: "Andean Refugee Forum 2012", kind: "FORUM", parentId: "forum:andean-refugee-forum", year: 2012 },
    { text: "In 2016 building on earlier pledges, the fourth Coastal Refugee Forum adopted a charter.", name: "Coastal Refugee Forum 2016", kind: "FORUM", parentId: "forum:coastal-refugee-forum", year: 2016 },
    { text: "The Coastal Migration Conference was founded in 2000.\n\nCaracas, 2007. The government hosted the seventh Conference.", name: "Coastal Migration Conference 2007", kind: "FORUM", parentId: "forum:coastal-migration-conference", year: 2007 },
    { text: "The Coastal Migration Conference was founded in 2000.\n\n2007, Caracas. The government hosted the seventh Conference.", name: "Coastal Migration Conference 2007", kind: "FORUM", parentId: "forum:coastal-migration-conference", year: 2007 },
    { text: "The Coastal Migration Conference was founded in 2000.\n\nLima, 4-5 April 2009. The government hosted the ninth Conference.", name: "Coastal Migration Conference 2009", kind: "FORUM", parentId: "forum:coastal-migration-conference", year: 2009 },
    { text: "The Coastal Migration Conference was founded in 2000. The XIII Conference met in Quito in 2013.", name: "Coastal Migration Conference 2013", kind: "FORUM", parentId: "forum:coastal-migration-conference", year: 2013 },
    { text: "The Coastal Migration Conference was founded in 2000. The eighth Conference was held in Lima.", name: "eighth Conference of the Coastal Migration Conference", kind: "FORUM", parentId: "forum:coastal-migration-conference" },
    { text: "In 2011 the Andean Refugee Forum, co-organized by UNHCR and IOM, adopted a plan.", name: "Andean Refugee Forum 2011", kind: "FORUM", parentId: "forum:andean-refugee-forum", year: 2011 },
    { text: "Lima, 2 May 2017. Peru hosted the first Lima Conference on the Future of Venezuela and the Andes.", name: "Lima Conference on the Future of Venezuela and the Andes 2017", kind: "FORUM", parentId: "forum:lima-conference-on-the-future-of-venezuela-and-the-andes", year: 2017 },
    { text: "Peru hosted the first Lima Conference on Andean Fishers in 2017.\n\nQuito, 3 May 2018. The second conference was hosted by Ecuador.", name: "Lima Conference on Andean Fishers 2018", kind: "FORUM", parentId: "forum:lima-conference-on-andean-fishers", year: 2018 },
    { text: "The first Ministerial Conference of the Coastal Fisheries Process met in 2012. Togo hosted the second Ministerial Conference in 2015.", name: "Coastal Fisheries Process 2015", kind: "FORUM", parentId: "forum:coastal-fisheries-process", year: 2015 },
    { text: "Ministers of the Coastal Fisheries Process met in Lomé in 2016 at the third Ministerial Conference.", name: "Coastal Fisheries Process 2016", kind: "FORUM", parentId: "forum:coastal-fisheries-process", year: 2016 },
    { text: "The Coastal Fisheries Dialogue's fourth Ministerial Consultation took place in Accra in 2017.", name: "Coastal Fisheries Dialogue 2017", kind: "FORUM", parentId: "forum:coastal-fisheries-dialogue", year: 2017 },
    { text: "The Coastal Refugee Forum is convened every year by ECOWAS. Its sixth edition was hosted by Togo in 2020.", name: "Coastal Refugee Forum 2020", kind: "FORUM", parentId: "forum:coastal-refugee-forum", year: 2020 },
    { text: "The Coastal Fisheries Process, set up by the African Union, held its fifth meeting in Lomé in 2014.", name: "Coastal Fisheries Process 2014", kind: "FORUM", parentId: "forum:coastal-fisheries-process", year: 2014 },
    { text: "The Coastal Refugee Forum first met in 2019. The Forum's Lomé edition followed in 2021.", name: "Coastal Refugee Forum 2021", kind: "FORUM", parentId: "forum:coastal-refugee-forum", year: 2021 },
    { text: "The Coastal Migration Consultations (CMC) began in 2010. In 2014 Togo hosted the III Regional Conference of the CMC.", name: "CMC 2014", kind: "FORUM", parentId: "forum:coastal-migration-consultations", year: 2014 },
    { text: "The first Coastal Refugee Forum was held in 2019. The second Coastal Refugee Forum followed in December 2022.", name: "Coastal Refugee Forum 2022", kind: "FORUM", parentId: "forum:coastal-refugee-forum", year: 2022 },
    { text: "Togo hosted the fifth Senior Officials' Meeting of the Coastal Fisheries Process in Lomé in 2016.", name: "Coastal Fisheries Process 2016", kind: "FORUM", parentId: "forum:coastal-fisheries-process", year: 2016 },
  ],
  negative: [
    { text: "In 2019 Andean Refugee Forum delegates met again.", name: "Andean Refugee Forum 2019" },
    { text: "The Andean Refugee Forum 2019-2020 work plan was adopted.", name: "Andean Refugee Forum 2019" },
    { text: "The 12th Ministerial Conference of the Coastal Fisheries Process was held in 2016.", name: "Ministerial Conference of the Coastal Fisheries Process" },
    { text: "At its 9th Session in 2011, IOM met the Coastal Fisheries Conference.", name: "Coastal Fisheries Conference 2011" },
    { text: "IOM thanked the Coastal Fisheries Process for its 3rd annual report.", name: "3rd annual report of the Coastal Fisheries Process" },
    { text: "The Andean Refugee Forum at UNHCR in 2012 was a success.", name: "Andean Refugee Forum 2012" },
    { text: "Reports of 2011 cite an Expert Meeting on Coastal Rescue among many.", name: "Expert Meeting on Coastal Rescue 2011" },
    { text: "The Coastal Migration Conference was founded in 2000.\n\nLima, 2009. The second conference on fisheries met in Lima.", name: "Coastal Migration Conference 2009" },
    { text: "The first Coastal Refugee Forum was held in Geneva. Its report came out in 2019.", name: "Coastal Refugee Forum 2019" },
    { text: "The Andean Refugee Forum in Ecuador has grown since 2012.", name: "Andean Refugee Forum 2012" },
    { text: "In 2016 and 2018 the fourth Coastal Refugee Forum was cited.", name: "Coastal Refugee Forum 2016" },
    { text: "The Coastal Migration Conference was founded in 2000.\n\nCaracas, 2007. A report of 2009 praised the seventh Conference.", name: "Coastal Migration Conference 2007" },
    { text: "The Coastal Migration Conference was founded in 2000. The seventh conference on fisheries met in Lima.", name: "seventh conference of the Coastal Migration Conference" },
    { text: "In 2011 the Andean Refugee Forum published a report on pledges.", name: "Andean Refugee Forum 2011" },
    { text: "In 2011 the Andean Migration Group, set up by Peru, adopted a plan.", name: "Andean Migration Group 2011" },
    { text: "The Coastal Fisheries Process welcomed IOM and its 5th regional meeting.", name: "5th regional meeting of the Coastal Fisheries Process" },
    { text: "The Coastal Fisheries Process and the Andean Refugee Forum met in 2015. Togo hosted the second Ministerial Conference in 2016.", name: "Coastal Fisheries Process 2016" },
    { text: "The Coastal Refugee Forum first met in 2019. The Forum's Lomé edition drew praise.", name: "Coastal Refugee Forum 2019" },
    { text: "IOM, an agency, praised the Coastal Fisheries Process. Its fifth edition of the report came out in 2014.", name: "Coastal Fisheries Process 2014" },
    { text: "The first Coastal Refugee Forum was held in 2019. The second Coastal Refugee Forum followed the 2021 plan.", name: "Coastal Refugee Forum 2021" },
    { text: "Delegates of the Coastal Fisheries Process praised the second Ministerial Conference in 2016.", name: "Coastal Fisheries Process 2016" },
  ],
};

export const HYPHENATED_OWNERS: NameRule = {
  id: "hyphenated-owners",
  what: "Bodies joined by hyphens that open a name ('EU-CELAC Summit', 'UNESCO-UN-Habitat Committee') are part of the name, which is kept whole; the bodies stay mentions of their own. Their acronyms before generic words describe a joint thing ('the EU–UN Joint Programme'), except a summit, dialogue, conference or forum, a series they hold ('the AU-EU Summit').",
  words: [],
  positive: [
    { text: "Leaders met at the EU-CELAC Summit of Coastal Heads of Government in Brussels.", name: "EU-CELAC Summit of Coastal Heads of Government", kind: "FORUM" },
    { text: "The UNESCO-UN-Habitat Joint Committee on Coastal Towns met twice.", name: "UNESCO-UN-Habitat Joint Committee on Coastal Towns", kind: "ORGANIZATION" },
    { text: "The EU-Africa Summit on Coastal Mobility was held in Valletta.", name: "EU-Africa Summit on Coastal Mobility", kind: "FORUM" },
    { text: "Ghana hosted the 3rd ECOWAS-EU Summit in Accra.", name: "3rd ECOWAS-EU Summit", kind: "FORUM" },
  ],
  negative: [
    { text: "The UNESCO-UN-Habitat Joint Committee on Coastal Towns met twice.", name: "Joint Committee on Coastal Towns" },
    { text: "An EU-funded Project on Coastal Towns started.", name: "EU-funded Project on Coastal Towns" },
    { text: "It complements the EU–UN Joint Programme entitled “Safer Coastal Towns”.", name: "EU–UN Joint Programme" },
  ],
};

export const GOVERNING_BODIES: NameRule = {
  id: "governing-bodies",
  what: "The executive, steering or governing committee or board of a named forum or initiative is a body named whole, also when the forum is written by its head word after the passage named it ('the Executive Committee of the Network'); a secretariat or working group of it is not a body of its own. Such a body is a forum within its owner (PART_OF), whatever its head noun. On a page whose title or defining heading names one forum or programme, 'the Steering Board' alone is that topic's, unless the passage named another forum or programme before it.",
  words: [],
  positive: [
    { text: "The Executive Committee of the Coastal Network on Migration met in May.", name: "Executive Committee of the Coastal Network on Migration", kind: "FORUM" },
    { text: "The Executive Committee of the Coastal Network on Migration met in May.", name: "Coastal Network on Migration", kind: "INITIATIVE" },
    { text: "The Steering Committee of the Global Forum on Migration and Development met in Geneva.", name: "Steering Committee of the Global Forum on Migration and Development", kind: "FORUM" },
    { text: "The Coastal Network on Migration was set up in 2018. The Executive Committee of the Network met in May.", name: "Executive Committee of the Coastal Network on Migration", kind: "FORUM" },
    { text: "Togo chaired the Coastal Fisheries Process Steering Committee in 2015.", name: "Steering Committee of the Coastal Fisheries Process", kind: "FORUM" },
    { text: "Norway chaired the Rabat Process Steering Committee in 2015.", name: "Steering Committee of the Rabat Process", kind: "FORUM" },
    { text: "Norway chaired the Coastal Refugee Initiative Steering Group.", name: "Steering Group of the Coastal Refugee Initiative", kind: "FORUM" },
    { text: "Coastal Fishers Network (CFN)\n\nThe CFN links harbour towns.\n\nThe Steering Board sets its work programme.", name: "Steering Board of the Coastal Fishers Network", kind: "FORUM" },
  ],
  negative: [
    { text: "The Secretariat of the Coastal Network on Migration sent a note.", name: "Secretariat of the Coastal Network on Migration" },
    { text: "The Rabat Process Secretariat sent a note.", name: "Secretariat of the Rabat Process" },
    { text: "The Executive Committee of the Network met in May.", name: "Executive Committee of the Network" },
    // A page about no one body: the board is nobody's in particular.
    { text: "News and Events\n\nThe Steering Board meets twice a year and is chaired by Ghana.", name: "Steering Board of the Coastal Migration Network" },
    { text: "The Coastal Network on Migration and the Harbour Network on Fishers met. The Executive Committee of the Network met in May.", name: "Executive Committee of the Coastal Network on Migration" },
    { text: "Coastal Fishers Network (CFN)\n\nThe CFN works with the Harbour Dialogue on Crews. The Steering Board of it met.", name: "Steering Board of the Coastal Fishers Network" },
  ],
};

export const MEETING_PURPOSE: NameRule = {
  id: "meeting-purpose",
  what: "A meeting named for what it was convened to do keeps its object in its name ('Conference to Adopt the X'), and the object stays a mention of its own (purposeMeeting.ts).",
  words: [],
  positive: [
    { text: "The Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration met in Marrakech.", name: "Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration", kind: "FORUM" },
    { text: "The Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration met in Marrakech.", name: "Global Compact for Safe, Orderly and Regular Migration", kind: "INITIATIVE" },
    { text: "Delegates went to the Coastal Conference to Review the Andean Fisheries Charter in Lima.", name: "Coastal Conference to Review the Andean Fisheries Charter", kind: "FORUM" },
  ],
  negative: [
    { text: "The Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and Regular Migration met in Marrakech.", name: "Intergovernmental Conference to Adopt" },
    { text: "The Conference to Adopt the Andean Fisheries Charter met in Lima.", name: "Conference to Adopt" },
  ],
};

export const YEAR_IN_TITLE: NameRule = {
  id: "year-in-title",
  what: "A year right after 'the' and before a programme's or treaty's title ('the 2030 Agenda for X') is kept as another writing of the undated name, which stays the name (a year may also date one round: 'the 2011 Small Grants Facility'); before a forum it dates a meeting (DATED_MEETINGS).",
  words: [],
  positive: [
    { text: "States adopted the 2030 Agenda for Coastal Development in 2015.", name: "Agenda for Coastal Development", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "In 2015 Coastal Development Programme staff met.", name: "2015 Coastal Development Programme" },
  ],
};

export const OF_INSIDE_PLACE: NameRule = {
  id: "of-inside-place",
  what: "A name whose only 'of' joins capitalised words up to a programme or forum head ('Bay of Bengal Fisheries Programme', 'Horn of Africa Migration Route Initiative') is headed by that last word and kept whole (headKind.ts); an organization word there heads nothing ('Role of Civil Society').",
  words: [],
  positive: [
    { text: "The Bay of Coral Fisheries Programme ended in 2010.", name: "Bay of Coral Fisheries Programme", kind: "INITIATIVE" },
    { text: "The Gulf of Guinea Coastal Forum met in Accra.", name: "Gulf of Guinea Coastal Forum", kind: "FORUM" },
    { text: "It is also called the EU-Horn of Coral Migration Route Initiative.", name: "EU-Horn of Coral Migration Route Initiative", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "The Gulf of Guinea Coastal Forum met in Accra.", name: "Guinea Coastal Forum" },
    { text: "A chapter on the Role of Coastal Civil Society follows.", name: "Role of Coastal Civil Society" },
  ],
};

export const NEW_OF_A_PLACE: NameRule = {
  id: "new-of-a-place",
  what: "A leading 'New' is dropped as a function word ('a New Plan'), except when it opens a known place's name ('the New York Declaration', 'the New Zealand … Scheme'): nameTrim.ts.",
  words: [],
  positive: [
    { text: "States welcomed the New York Declaration on Coastal Refugees in 2016.", name: "New York Declaration on Coastal Refugees", kind: "INITIATIVE" },
    { text: "Workers came under the New Zealand Coastal Seasonal Workers Scheme.", name: "New Zealand Coastal Seasonal Workers Scheme", kind: "INITIATIVE" },
  ],
  negative: [
    { text: "States welcomed the New York Declaration on Coastal Refugees in 2016.", name: "York Declaration on Coastal Refugees" },
    { text: "They drafted a New Coastal Mobility Plan in 2016.", name: "New Coastal Mobility Plan" },
  ],
};

export const COUNTRY_IN_COMPLEMENT: NameRule = {
  id: "country-in-complement",
  what: "A country closing a name's 'from/for/of' complement is part of the name and stays a mention of its own ('… Platform for Refugees and Migrants from Venezuela'); a country after 'in' may be a venue and closes no name.",
  words: [],
  positive: [
    { text: "The Coastal Coordination Platform for Refugees from Venezuela was set up in 2018.", name: "Coastal Coordination Platform for Refugees from Venezuela", kind: "INITIATIVE" },
    { text: "The Coastal Coordination Platform for Refugees from Venezuela was set up in 2018.", name: "Venezuela", kind: "COUNTRY" },
  ],
  negative: [
    { text: "The Coastal Coordination Platform in Venezuela was set up in 2018.", name: "Coastal Coordination Platform in Venezuela" },
  ],
};

export const RESPONSIBLE_FOR_IN_NAME: NameRule = {
  id: "responsible-for-in-name",
  what: "'responsible for' right after 'Ministers', 'Ministries' or 'Authorities' goes on with a name when a capitalised word follows ('Island Forum of Ministries responsible for Ocean Transport'); after any other word, or before a lower-case word, it is prose and the name ends before it (namePatterns.ts).",
  words: [],
  positive: [
    { text: "A joint statement on ferries came from the Island Forum of Ministries responsible for Ocean Transport in 2011.", name: "Island Forum of Ministries responsible for Ocean Transport", kind: "FORUM" },
  ],
  negative: [
    { text: "A joint statement on ferries came from the Island Forum of Ministries responsible for Ocean Transport in 2011.", name: "Island Forum of Ministries" },
    // After a head that is no office-holder plural, "responsible for" is prose about what the body does: without the
    // lookbehind the name would run on into the fund or programme named after it. (Before a lower-case word the name
    // ends anyway, as NAME_PHRASE goes on only before a capital, so no negative here tests that.)
    { text: "The Harbour Agency responsible for the Reef Fund opened an office in Suva.", name: "Harbour Agency responsible for the Reef Fund" },
    { text: "The Reef Council responsible for the Lagoon Ferry Programme met in Apia.", name: "Reef Council responsible for the Lagoon Ferry Programme" },
  ],
};

export const AT_IN_NAME: NameRule = {
  id: "at-in-name",
  what: "'at' before one capitalised common noun goes on with a name ('… in Distress at Sea', 'Safety and Health at Work'), and so does a unit's or programme's head noun after that noun ('Rights at Work Branch'), not a body's ('Project Lead at Tinford Council'); 'at' before a place, a body or a longer capitalised run names a venue (openSetNames.ts).",
  words: [],
  positive: [
    { text: "UNHCR convened an Expert Meeting on Coastal Migrants in Distress at Sea in Djibouti.", name: "Expert Meeting on Coastal Migrants in Distress at Sea", kind: "FORUM" },
    { text: "The Coastal Programme on Safety and Health at Work was set up.", name: "Coastal Programme on Safety and Health at Work", kind: "INITIATIVE" },
    { text: "The Fishing Rights at Work Branch of the ILO drafted it.", name: "ILO Fishing Rights at Work Branch", kind: "ORGANIZATION", parentId: "org:ilo" },
  ],
  negative: [
    { text: "UNHCR convened an Expert Meeting on Coastal Migrants in Distress at Sea in Djibouti.", name: "Expert Meeting on Coastal Migrants" },
    { text: "The Coastal Migration Forum at Geneva was held.", name: "Coastal Migration Forum at Geneva" },
    { text: "The Coastal Migration Forum at Lake Chad met.", name: "Coastal Migration Forum at Lake" },
    { text: "The Fishing Rights at Work Branch of the ILO drafted it.", name: "ILO Work Branch" },
    { text: "She is the Coastal Project Lead at Tinford Council.", name: "Coastal Project Lead at Tinford Council" },
  ],
};

export const TITLE_BEFORE_NOUN: NameRule = {
  id: "title-before-noun",
  what: "A capitalised title followed by a lower-case programme noun ('the Better Harbour Management programme') is an initiative named by the title, and 'Friends of X' after 'the' or before 'group' a group of states; a sponsor before it ('EU-funded', 'IOM-led') is no part of the name; a publication title or generic words before the noun are not (openSetNames.ts, nameTrim.ts).",
  words: ["programme", "program", "project", "initiative", "campaign", "facility"],
  positive: [
    { text: "The EU-funded Better Harbour Management programme started in 2016.", name: "Better Harbour Management", kind: "INITIATIVE" },
    { text: "The IOM-led Coastal Return and Reintegration project began in May.", name: "Coastal Return and Reintegration", kind: "INITIATIVE" },
    { text: "Under its 9 Harbour Voices campaign, UNFPA advocated.", name: "9 Harbour Voices", kind: "INITIATIVE" },
    { text: "Togo and Benin lead the Friends of Coastal Fishers group in New York.", name: "Friends of Coastal Fishers", kind: "FORUM" },
    { text: "Togo chaired the Friends of Coastal Fishers when it met in New York.", name: "Friends of Coastal Fishers", kind: "FORUM" },
    // A head that names an action ("Movement of", "Administration of") is the topic of the programme noun after it.
    { text: "The reef NGO council launched a Free Movement of Fishers campaign to push for ratification of the Protocol.", name: "Free Movement of Fishers", kind: "INITIATIVE" },
    { text: "Norway funds the Safe Movement of Crews programme in Ghana.", name: "Safe Movement of Crews", kind: "INITIATIVE" },
    { text: "The union ran a Fair Administration of Recruitment project in 2019.", name: "Fair Administration of Recruitment", kind: "INITIATIVE" },
    // A movement named for its members or its cause is a body whatever noun follows.
    { text: "The Coastal Fishers Movement campaign reached Togo in May.", name: "Coastal Fishers Movement", kind: "ORGANIZATION" },
    { text: "Volunteers joined the Movement Against Coastal Xenophobia campaign in May.", name: "Movement Against Coastal Xenophobia", kind: "ORGANIZATION" },
  ],
  negative: [
    { text: "The Coastal Labour Market Survey programme ran for a year.", name: "Coastal Labour Market Survey" },
    { text: "The Global Regional programme ran for a year.", name: "Global Regional" },
    { text: "Within the West African programme, procedures were set up.", name: "West African" },
    { text: "Friends of Coastal Fishers met the group in New York.", name: "Friends of Coastal Fishers" },
    { text: "It was seen in the 2007–2008 Harbour Sana project for fishers.", name: "2008 Harbour Sana" },
    { text: "The EU-funded Better Harbour Management programme started in 2016.", name: "EU-funded Better Harbour Management" },
    // Without a manner adjective before it, "Movement of" heads a body of those people: the campaign is the body's.
    { text: "Volunteers joined the Movement of Undocumented Workers campaign in May. The Movement of Undocumented Workers leads the Harbour Rights Project.", name: "Movement of Undocumented Workers", notKind: "INITIATIVE" },
    { text: "Volunteers joined the National Movement of Fisher Families campaign in May.", name: "National Movement of Fisher Families", notKind: "INITIATIVE" },
  ],
};

export const HEAD_AFTER_ACRONYM: NameRule = {
  id: "head-after-acronym",
  what: "A definition whose name has no head noun, with one head noun right after the brackets ('the X Route (XR) Programme'), or a meeting's head with its level ('the X (XP) Ministerial Conference'), is that programme, body or forum, with the acronym (acronymDefinitions.ts); a longer capitalised run after the brackets is another name.",
  words: [],
  positive: [
    { text: "Earlier projects include the Coastal Fisheries Route (CFR) Programme, which ended in 2012.", name: "Coastal Fisheries Route Programme", kind: "INITIATIVE" },
    { text: "It joined the Harbour Data Exchange (HDE) Network in 2015.", name: "Harbour Data Exchange Network", kind: "INITIATIVE" },
    { text: "Lima was the venue of the Building Fisher Partnerships (BFP) Ministerial Conference.", name: "Building Fisher Partnerships Ministerial Conference", kind: "FORUM" },
  ],
  negative: [
    { text: "The Coastal Fisheries Route (CFR) Programme Office closed.", name: "Coastal Fisheries Route Programme" },
    { text: "The Building Fisher Partnerships (BFP) Ministerial Conference Room was full.", name: "Building Fisher Partnerships Ministerial Conference" },
  ],
};

export const DISCOVERY_RULES: NameRule[] = [DEMONYM_STATES, TITLE_NAMES, TITLE_BEFORE_NOUN, RESPONSIBLE_FOR_IN_NAME, AT_IN_NAME, CONTEXT_IN_NAME, INSIDE_PLACES_IN_NAME, SLASHED_WORDS, COUNTRY_IN_COMPLEMENT, DATED_MEETINGS, DATED_ONE_OFF_MEETINGS, DATED_ONE_OFF_ADJUNCTS, PROGRAMME_PHASES, HEADING_PROJECTS, APPOSED_PROJECT_NAME, APPOSED_MEETING_NAME, HYPHENATED_OWNERS, BODY_SUMMITS, GOVERNING_BODIES, MEETING_PURPOSE, YEAR_IN_TITLE, OF_INSIDE_PLACE, NEW_OF_A_PLACE, HEAD_AFTER_ACRONYM, REGION_SCOPE, PUBLICATION_SUBTITLE, HEADING_ACRONYMS, ACRONYM_FIRST_TITLES, COINED_TITLE_NAMES, SUPPORT_PROJECTS, COINED_PROGRAMME_NAMES, CALL_TITLES, COMPANY_GROUPS, PASSIVE_SUBJECT_NAMES, TITLE_AFTER_CLASS_NOUN, RATIFIED_TITLE, PROTOCOL_OF_YEAR, TREATY_PARTIES, DASHED_PARTY_TREATIES, DEFINED_AGREEMENTS, TREATY_ON_ARTICLE, OWNED_TREATIES, RUN_IN_PROJECT_TITLES, QUOTED_ITEM_TITLES];

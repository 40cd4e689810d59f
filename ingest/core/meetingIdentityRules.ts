import type { IdentityRule } from "./identityRules.js";
import { MEETING_HEAD_SERIES } from "./meetingHeadSeries.js";
import { ELIDED_MEETING, ELIDED_PLURAL_SITTING, MEETING_OCCASION, ORDINAL_ALONE_SITTING, ORDINAL_MEETING } from "./meetingOccasionRules.js";
import { RANKED_AMONG } from "./rankedAmong.js";
import { YEAR_SITTING } from "./yearSittingFold.js";
import { SAME_ORDINAL_ANY_NOUN } from "./sittingOrdinalKeys.js";

/**
 * Identity rules for dated and numbered meetings (run by test/unit/identityRules.test.ts with the other identity
 * rules): what makes two written meetings one id, and what keeps them two.
 */
export const ORDINAL_KEY: IdentityRule = {
  id: "ordinal-key",
  what: "A numbered meeting's id derives from its natural key, the series and the ordinal with the series' head noun: 'the 5th Coastal Ministerial Conference on Trade and Ports' and, later, 'the fifth Conference' are one meeting, never keyed by the name's last word ('…-5-ports'). Another ordinal is another meeting.",
  words: [],
  positive: [
    {
      text: "In May delegates met at the 5th Coastal Ministerial Conference on Trade and Ports in Accra. The fifth Conference adopted a plan on harbour safety.",
      present: ["forum:coastal-ministerial-conference-on-trade-and-ports-5-conference"],
      absent: ["forum:coastal-ministerial-conference-on-trade-and-ports-5-ports"],
    },
  ],
  negative: [
    {
      text: "In May delegates met at the 5th Coastal Ministerial Conference on Trade and Ports in Accra. The sixth Conference adopted a plan on harbour safety.",
      present: ["forum:coastal-ministerial-conference-on-trade-and-ports-5-conference", "forum:coastal-ministerial-conference-on-trade-and-ports-6-conference"],
    },
  ],
};

export const ORDINAL_YEAR: IdentityRule = {
  id: "ordinal-year",
  what: "A meeting found by its ordinal and, elsewhere, by its ordinal and its year ('the 5th X Conference was held in Accra in 2015' / 'Ghana chaired the 5th X Conference'; a table row '2000 | I | Accra' under 'Year | Conference | Venue' / 'the first Conference') is one event of the series, dated: the natural key is the series and the ordinal. Another ordinal, another kind of meeting ('5th ministerial meeting' / 'fifth technical meeting'), another series, or two different years for one ordinal keep them apart.",
  words: [],
  positive: [
    {
      text: "The 5th Coastal Ministerial Conference on Trade and Ports was held in Accra in 2015. Ghana chaired the 5th Coastal Ministerial Conference on Trade and Ports.",
      same: ["Coastal Ministerial Conference on Trade and Ports 2015", "5th Coastal Ministerial Conference on Trade and Ports"],
      absent: ["forum:coastal-ministerial-conference-on-trade-and-ports-5-conference"],
    },
    {
      text: "Coastal Migration Conference\n\nThe Coastal Migration Conference meets once a year in a member state. The first Conference was held in Accra a year after the founding meeting.\n\nConferences, 2000-2002\n\nYear | Conference | Venue\n2000 | I | Accra, Ghana\n2002 | II | Lima, Peru\n",
      present: ["forum:coastal-migration-conference-2000"],
      absent: ["forum:coastal-migration-conference-1-conference"],
    },
  ],
  negative: [
    {
      text: "The 5th Coastal Ministerial Conference on Trade and Ports was held in Accra in 2015. Peru chaired the 6th Coastal Ministerial Conference on Trade and Ports.",
      present: ["forum:coastal-ministerial-conference-on-trade-and-ports-2015", "forum:coastal-ministerial-conference-on-trade-and-ports-6-conference"],
    },
    {
      text: "The 5th ministerial meeting of the Lagoon Migration Process was held in Accra in 2016. The fifth technical meeting of the Lagoon Migration Process came later.",
      present: ["forum:lagoon-migration-process-2016", "forum:lagoon-migration-process-5-meeting"],
    },
    {
      text: "The 5th Coastal Ministerial Conference on Trade and Ports was held in Accra in 2015. The 5th Coastal Ministerial Conference on Trade and Ports was held in Lima in 2017. Ghana chaired the 5th Coastal Ministerial Conference on Trade and Ports.",
      present: ["forum:coastal-ministerial-conference-on-trade-and-ports-2015", "forum:coastal-ministerial-conference-on-trade-and-ports-2017"],
    },
  ],
};

export const NUMBERED_MEETING_DATE: IdentityRule = {
  id: "numbered-meeting-date",
  what: "A numbered meeting takes the year of a full date right after it ('the first meeting of the GMG on 9 May 2006', '… took place in Khartoum on 18 and 19 May 2016') or of a sentence that opens on a month and its one year ('In July 2010 ECLAC spoke at the second …'). A date that is not the meeting's ('on 9 May, and the report came out in 2006') or a sentence with two years dates nothing.",
  words: [],
  positive: [
    { text: "UNCTAD chaired the first meeting of the GMG on 9 May 2006.", present: ["forum:gmg-2006"] },
    { text: "The seventh meeting of the Lagoon Migration Process took place in Accra on 18 and 19 May 2016.", present: ["forum:lagoon-migration-process-2016"] },
    { text: "In July 2010 ECLAC spoke at the second Coastal Ministerial Conference on Trade and Ports in Lima.", present: ["forum:coastal-ministerial-conference-on-trade-and-ports-2010"] },
  ],
  negative: [
    { text: "UNCTAD chaired the first meeting of the GMG on 9 May, and the report came out in 2006.", absent: ["forum:gmg-2006"] },
    { text: "In July 2010 and again in 2012, ECLAC spoke at the second Coastal Ministerial Conference on Trade and Ports in Lima.", absent: ["forum:coastal-ministerial-conference-on-trade-and-ports-2010"] },
  ],
};

export const SERIES_SINGULAR_KEY: IdentityRule = {
  id: "series-singular-key",
  what: "A series named by a plural head ('the Tasman Meetings on Ferry Safety', 'the Fjord Conferences on Pilots') and by its singular ('the Tasman Meeting on Ferry Safety') is one series keyed by the singular (core/registerName.ts), whichever form a page writes first and whichever pages are read with it, so a sitting keyed by its series and year keeps its id. The plural stays a name of it. Another head noun ('Conferences' beside 'Meeting') is another series.",
  words: [],
  positive: [
    {
      text: "Since 2009 the Tasman Meetings on Ferry Safety have brought six states together. New Zealand hosted the third meeting in Nelson on 4 June 2013.",
      present: ["forum:tasman-meeting-on-ferry-safety", "forum:tasman-meeting-on-ferry-safety-2013"],
      absent: ["forum:tasman-meetings-on-ferry-safety", "forum:tasman-meetings-on-ferry-safety-2013"],
    },
    {
      text: "The Tasman Meeting on Ferry Safety was founded in 2009 by six states. Its 2011 meeting was hosted by Australia.",
      others: ["Since 2009 the Tasman Meetings on Ferry Safety have brought six states together. New Zealand hosted the third meeting in Nelson on 4 June 2013."],
      same: ["Tasman Meeting on Ferry Safety", "Tasman Meetings on Ferry Safety"],
      present: ["forum:tasman-meeting-on-ferry-safety-2011", "forum:tasman-meeting-on-ferry-safety-2013"],
      absent: ["forum:tasman-meetings-on-ferry-safety-2013"],
    },
  ],
  negative: [
    {
      text: "The Tasman Meeting on Ferry Safety was founded in 2009 by six states. The Tasman Conferences on Ferry Safety, a wider series, began in 2015.",
      apart: ["Tasman Meeting on Ferry Safety", "Tasman Conferences on Ferry Safety"],
    },
  ],
};

export const MEETING_IDENTITY_RULES: IdentityRule[] = [ORDINAL_KEY, ORDINAL_YEAR, NUMBERED_MEETING_DATE, MEETING_HEAD_SERIES, MEETING_OCCASION, ORDINAL_MEETING, ELIDED_MEETING, ELIDED_PLURAL_SITTING, ORDINAL_ALONE_SITTING, YEAR_SITTING, SAME_ORDINAL_ANY_NOUN, RANKED_AMONG, SERIES_SINGULAR_KEY];

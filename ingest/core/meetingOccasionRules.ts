import type { IdentityRule } from "./identityRules.js";

/**
 * Identity rules for the meetings of one series within a year (meetingOccasion.ts, meetingOccasions.ts; run by
 * test/unit/identityRules.test.ts): what makes two dated meetings two entities, and what keeps one meeting one.
 */
export const MEETING_OCCASION: IdentityRule = {
  id: "meeting-occasion",
  what: "Meetings of one series in one year that the text dates on different days, numbers differently or places in different cities are different meetings, each keyed by its day (else its number, else its city), with `date`, `ordinal` and `city` set as stated; one meeting stated in several places (its date in one, its number in another) stays one. A series that met once that year keeps its '<series> <year>' id.",
  words: [],
  positive: [
    {
      text: "Harbour Contact Group\n\nThe first meeting of the Harbour Contact Group was held in Rome on 20 March 2017. The second meeting of the Harbour Contact Group was held in Tunis on 24 July 2017.",
      apart: ["Harbour Contact Group meeting, Rome, 20 March 2017", "Harbour Contact Group meeting, Tunis, 24 July 2017"],
    },
    {
      text: "Bern, 13 November 2017 - Ministers are gathered today for the third meeting of the Harbour Contact Group. The group first met in Rome on 20 March 2017.",
      present: ["forum:harbour-contact-group-2017"],
      same: ["Harbour Contact Group meeting, Bern, 13 November 2017", "third meeting of the Harbour Contact Group"],
    },
  ],
  negative: [
    {
      text: "The third meeting of the Harbour Contact Group took place in Bern on 13 November 2017; its report came out on 2 December 2017.",
      present: ["forum:harbour-contact-group-2017"],
      absent: ["forum:harbour-contact-group-2017-12-02", "forum:harbour-contact-group-2017-11-13"],
    },
    {
      text: "The Harbour Contact Group met in Rome in 2017. Italy chaired the Harbour Contact Group in 2017.",
      present: ["forum:harbour-contact-group-2017"],
    },
  ],
};

export const ORDINAL_MEETING: IdentityRule = {
  id: "ordinal-meeting",
  what: "An ordinal before a bare meeting noun with no complement of its own ('The fifth meeting, in Lomé …', 'A second meeting followed on 24 July 2017', a row '1st meeting: Rome, 20 March 2017') is that numbered meeting of the series the passage named last, else of the one the lead-in before it, the section or the page names, and only then of one an earlier paragraph named in passing; its own clause's date dates it. A complement ('the first meeting with donors', 'the second session of the Board') or another series in the sentence keeps it from the series.",
  words: [],
  positive: [
    {
      text: "Harbour Contact Group\n\nMeetings of the Harbour Contact Group so far:\n- 1st meeting: Rome, 20 March 2017\n- 2nd meeting: Tunis, 24 July 2017",
      present: ["forum:harbour-contact-group-1-meeting", "forum:harbour-contact-group-2-meeting"],
      apart: ["Harbour Contact Group meeting, Rome, 20 March 2017", "Harbour Contact Group meeting, Tunis, 24 July 2017"],
    },
    {
      text: "Harbour Contact Group\n\nThe Harbour Contact Group meets twice a year. Its meetings so far:\n\n- 12 March 2021 - first meeting, Djibouti\n- 8 October 2021 - second meeting, Nairobi",
      apart: ["Harbour Contact Group meeting, Djibouti, 12 March 2021", "Harbour Contact Group meeting, Nairobi, 8 October 2021"],
    },
    {
      // A series an earlier paragraph names in passing is not the page's: the bare "first session" is the topic's.
      text: "Lagoon Dialogue\n\nThe Lagoon Dialogue first sat in Apia in 2009. Its fifth sitting was planned beside the Reef Leaders Summit, but it stayed a meeting of the Dialogue.\n\nNot every state of 2009 came back. Tonga and Fiji, both at the first session, stayed away.",
      present: ["forum:lagoon-dialogue-1-session"],
      absent: ["forum:reef-leaders-summit-1-session"],
    },
  ],
  negative: [
    {
      text: "Harbour Contact Group\n\nThe Harbour Contact Group was set up in 2016. IOM organised the first meeting with donors in Geneva on 3 May 2018.",
      absent: ["forum:harbour-contact-group-1-meeting", "forum:harbour-contact-group-2018"],
    },
  ],
};

export const ELIDED_MEETING: IdentityRule = {
  id: "elided-meeting",
  what: "'… held its first meeting in Niamey in February 2020, and its second in Ouagadougou in October 2020': an ordinal after 'its' with the meeting noun left out, in the sentence of a numbered meeting, is the same series' meeting of that number and kind (meetingEllipsis.ts). Without a numbered meeting before it in its sentence, or with a noun of its own ('its second phase'), it names no meeting.",
  words: [],
  positive: [
    {
      text: "The Harbour Contact Group held its first meeting in Niamey in February 2020, hosted by Niger, and its second in Ouagadougou in October 2020, hosted by Burkina Faso.",
      present: ["forum:harbour-contact-group-2020-02", "forum:harbour-contact-group-2020-10"],
    },
  ],
  negative: [
    {
      text: "The Harbour Contact Group met in Niamey in February 2020. Its second in Ouagadougou is not yet planned.",
      absent: ["forum:harbour-contact-group-2-meeting", "forum:harbour-contact-group-2020-10"],
    },
  ],
};

export const ELIDED_PLURAL_SITTING: IdentityRule = {
  id: "elided-plural-sitting",
  what: "'Tinland hosted the first of the Coastal Conferences on Seafarers in 2015. The second was held in Suva in 2019': 'the Nth' alone as the subject of a verb of meeting, in or right after the sentence that counts a series named by a plural meeting noun ('the first of the X', 'three X'), or right after the sentence that names such a series uncounted ('The Coastal Forums on Seafarers began in 2015. The second …'), or after a 'The Nth …' sentence that reached it, is that series' meeting of that number (meetingEllipsis.ts). After a series named otherwise ('the Coastal Process'), or when another counted noun stands between ('two working groups'), it names no meeting.",
  words: [],
  positive: [
    {
      text: "Tinland hosted the first of the Coastal Conferences on Seafarers in 2015. The second was held in Suva in May 2019, with Fiji as host.",
      present: ["forum:coastal-conference-on-seafarers-2019"],
    },
    {
      text: "Three Coastal Consultations on Net Safety have met so far. The first was held in Apia in 2014. The second opened in Suva in March 2017.",
      present: ["forum:coastal-consultation-on-net-safety-2014", "forum:coastal-consultation-on-net-safety-2017"],
    },
    {
      text: "The Island Forums on Reef Fisheries were set up by Samoa and Tonga in 2012. The second took place in Nuku'alofa in July 2015.",
      present: ["forum:island-forum-on-reef-fisheries-2015"],
    },
    {
      text: "Norway backs the High-Level Dialogues on Arctic Pilots, a series begun in 2010. The third was held in Tromsø in 2016.",
      present: ["forum:high-level-dialogue-on-arctic-pilots-2016"],
    },
    // How often the series meets counts nothing the ordinal could count.
    {
      text: "The Fjord Conferences on Ferry Crews meet every three years. The second was held in Bergen in 2006.",
      present: ["forum:fjord-conference-on-ferry-crews-2006"],
    },
    // "and the Nth" with its verb left out goes on with the chain of its sentence.
    {
      text: "The Fjord Conferences on Ferry Crews began in 2003. The first was held in Bergen in June 2003 and the second in Tromsø in 2005.",
      present: ["forum:fjord-conference-on-ferry-crews-2003", "forum:fjord-conference-on-ferry-crews-2005"],
    },
  ],
  negative: [
    {
      text: "The Fjord Conferences on Ferry Crews began in 2003. The first was held in Bergen in June 2003 and two reports came out, the second in Oslo in 2005.",
      absent: ["forum:fjord-conference-on-ferry-crews-2005"],
    },
    {
      text: "The Fjord Conferences on Ferry Crews began in 2003. Norway wrote two plans, and the second in Oslo in 2005 was adopted.",
      absent: ["forum:fjord-conference-on-ferry-crews-2005"],
    },
    {
      text: "The Island Forums on Reef Fisheries were set up by Samoa and Tonga in 2012. Fiji later chaired a panel. The second took place in Suva in July 2015.",
      absent: ["forum:island-forum-on-reef-fisheries-2015"],
    },
    {
      text: "The Island Forums on Reef Fisheries asked the two fishing agencies for reports. The second met in Suva in July 2015.",
      absent: ["forum:island-forum-on-reef-fisheries-2015"],
    },
    {
      text: "It was agreed at the first of the Regional Conferences on Fishers in Accra in 2017 to set up two working groups. The second met in Lomé in May 2019.",
      absent: ["forum:regional-conference-on-fishers-2019"],
    },
    {
      text: "Tinland hosted the first of the Harbour Process on Seafarers talks in 2015. The second was held in Suva in May 2019, with Fiji as host.",
      absent: ["forum:harbour-process-on-seafarers-2019", "forum:harbour-process-on-seafarers-2-process"],
    },
    // Another counted thing between the chain and "and the Nth" (NEXT_ELIDED): the ordinal may count it.
    {
      text: "The Fjord Conferences on Ferry Crews began in 2003. The first was held in Bergen in 2003, where three guidelines were drafted, and the second in Oslo in 2005.",
      absent: ["forum:fjord-conference-on-ferry-crews-2005"],
    },
    // A counted thing opening the sentence ("Three task forces …") is counted as well.
    {
      text: "The Fjord Conferences on Ferry Crews began in 2003. Three task forces were formed: the first met in Bergen in 2004 and the second in Oslo in 2005.",
      absent: ["forum:fjord-conference-on-ferry-crews-2004", "forum:fjord-conference-on-ferry-crews-2005"],
    },
    // "and the Nth" with a verb of its own is not said to have met.
    {
      text: "The Fjord Conferences on Ferry Crews began in 2003. The first was held in Bergen in 2003 and the second in Oslo was called off.",
      absent: ["forum:fjord-conference-on-ferry-crews-2003-2"],
    },
    {
      text: "The Fjord Conferences on Ferry Crews began in 2003. The first was held in Bergen in 2003 and the second in Oslo will take place in 2030.",
      absent: ["forum:fjord-conference-on-ferry-crews-2030"],
    },
    // Two plural series in reach: "the Nth" may count either.
    {
      text: "The Fjord Conferences on Ferry Crews and the Coastal Forums on Pilots both began in 2003. The first was held in Bergen in 2004 and the second in Oslo in 2005.",
      absent: ["forum:coastal-forum-on-pilots-2004", "forum:coastal-forum-on-pilots-2005", "forum:fjord-conference-on-ferry-crews-2004"],
    },
  ],
};

export const ORDINAL_ALONE_SITTING: IdentityRule = {
  id: "ordinal-alone-sitting",
  what: "An ordinal heading its own noun phrase ('came back for a second in Apia on 9 May 2018', 'received a third in June 2020', 'The first met in 1994', 'The second of them met …') is a sitting of the series counted just before it, dated only by its own clause (ordinalAloneSittings.ts): after a lower-numbered sitting of one series at most two sentences back, or right after a paragraph-opening count of sittings by a plural meeting noun whose series that sentence names or the page is named after. With a noun of its own between ('the first phase', 'a first grant'), another series or two sittings of different series before it, a count that is not of meetings ('the first of three reports', 'a third of the funds'), a clause without a year ('the second, at 20 million dollars'), a future sitting, or a count of another actor's meetings in mid-paragraph, it names no sitting. Nor does it when the Nth meets in the year of the sitting before it or earlier, when a count of another plural noun or of times ('two resolutions', 'over two days', 'twice') stands between, when the count's series is not the owner of the counted meetings ('three meetings prepared X'), or when the Nth falls outside the count's own span ('held in 2005', 'since 2009', 'by 2015').",
  words: [],
  positive: [
    {
      text: "Donors who had met at the first Harbour Relief Conference for Tonga in Suva in 2016 came back for a second in Apia on 9 May 2018; Samoa paid for it. Nuku'alofa received a third in June 2020.",
      present: ["forum:harbour-relief-conference-for-tonga-2018", "forum:harbour-relief-conference-for-tonga-2020"],
    },
    {
      text: "The Coastal Consultations on Net Safety\n\nSince 1994 Pacific governments have called their fisheries ministers to the Coastal Consultations on Net Safety.\n\nFive consultations at ministerial level have taken place since then. The first was convened in Nuku'alofa in 1994, with Tonga in the chair.",
      present: ["forum:coastal-consultation-on-net-safety-1994"],
    },
    {
      text: "Reef fisheries ministers, Pacific Islands, 2021\n\nFour ministerial meetings of the Coastal Fisheries Dialogue had taken place by 2020. The first met in Apia in 2011, and Tonga hosted the second in 2014.",
      present: ["forum:coastal-fisheries-dialogue-2011", "forum:coastal-fisheries-dialogue-2014"],
    },
  ],
  negative: [
    {
      text: "Norway gave the most at the first Harbour Relief Conference for Chad on 4 April 2017, and the second, at 20 million dollars, was Germany.",
      absent: ["forum:harbour-relief-conference-for-chad-2-conference"],
    },
    {
      text: "Samoa hosted the first Reef Relief Conference for Tonga in Apia in 2016 and paid for the first phase of the port fund, and the second in 2019.",
      absent: ["forum:reef-relief-conference-for-tonga-2019"],
    },
    {
      text: "Samoa hosted the first Reef Relief Conference for Tonga in Apia on 4 April 2016. The Conference approved a first grant for ports. A second followed in 2018.",
      absent: ["forum:reef-relief-conference-for-tonga-2018"],
    },
    {
      text: "Samoa hosted the first Reef Relief Conference for Tonga in Apia on 4 April 2016. The first of three reports followed in 2017. A third of the funds went to ports in 2018.",
      absent: ["forum:reef-relief-conference-for-tonga-2017", "forum:reef-relief-conference-for-tonga-2018"],
    },
    {
      text: "The first Reef Relief Conference for Tonga met in Apia in 2016, and the first Lagoon Safety Conference met in Majuro in 2017. The second met in Suva in 2019.",
      absent: ["forum:reef-relief-conference-for-tonga-2019", "forum:lagoon-safety-conference-2019"],
    },
    {
      text: "Tonga's ports were rebuilt with money from the first Harbour Relief Conference for Tonga (Suva, 2016). Samoa has offered to host a second, planned for May 2027.",
      absent: ["forum:harbour-relief-conference-for-tonga-2027"],
    },
    {
      text: "The Coastal Fisheries Ministerial Meetings\n\nThe Coastal Fisheries Ministerial Meetings bring Pacific ministers together.\n\nOther meetings in the region\n\nPacific ministers of labour also meet on their own. Three ministerial meetings had been held by 2015. The first met in 2009, and Tonga hosted it.",
      absent: ["forum:coastal-fisheries-ministerial-meeting-2009"],
    },
    {
      text: "The Coastal Fisheries Dialogue\n\nThe Coastal Fisheries Dialogue brings Pacific ministers together. First, it shares catch data; second, in 2019, it set up a patrol fund.\n\nThree ministerial meetings had been held by 2015. The first met in Apia in 2009.",
      absent: ["forum:coastal-fisheries-dialogue-2009"],
    },
    {
      // A second sitting does not meet before the first: this "second" counts something else.
      text: "The first Reef Relief Conference for Tonga met in Apia in 2016. Officials had prepared it for a long time; the second, in 2014, wrote its agenda.",
      absent: ["forum:reef-relief-conference-for-tonga-2014"],
    },
    {
      text: "The first Harbour Relief Conference for Tonga ran over two days in Suva in April 2016. Donors spoke on the first, and ministers on the second, on 5 April 2017.",
      absent: ["forum:harbour-relief-conference-for-tonga-2017"],
    },
    {
      text: "Ghana hosted the first Harbour Relief Conference for Togo in Accra in 2016. Two resolutions were adopted. The second, in 2017, set up a port fund.",
      absent: ["forum:harbour-relief-conference-for-togo-2017"],
    },
    {
      text: "Kenya hosted the first Ministerial Conference of the Lagoon Process in 2014. Senior officials had met twice since then. The second, in 2016, met in Cairo.",
      absent: ["forum:lagoon-process-2016"],
    },
    {
      // The counted meetings prepared the series; they are not its sittings.
      text: "Before its launch\n\nThree regional meetings prepared the Atoll Labour Process. The first met in Majuro in 2006.",
      absent: ["forum:atoll-labour-process-2006"],
    },
    {
      text: "Three preparatory meetings of the Atoll Labour Process were held in 2005. The first met in Majuro in 2006.",
      absent: ["forum:atoll-labour-process-2006"],
    },
  ],
};

/**
 * Numbered meetings as news pages write them, read by seriesMeetingPhrases.ts, meetings.ts and dateline.ts
 * (NUMBERED_KIND_MEETING): a title-cased ordinal ("the Fifth Ministerial Conference"), a date after "on" that dates the
 * meeting rather than giving it a topic, a wire dateline closed by a dash, "their" for a series with a plural name, and
 * a place name the name reader ran into the phrase ("Nairobi for the Third Ministerial Consultation").
 * Left alone: a meeting whose "on" gives a topic, a sentence naming two series, a dateline that another year in its
 * paragraph overrides, a meeting some other series' sentence names.
 */
export const NUMBERED_KIND_MEETING = {
  id: "numbered-kind-meeting",
  positive: [
    { text: "Delegates of the Andean Return Process gathered in Quito for talks that ended with the Fifth Ministerial Conference on 3 May 2022.", title: "Page", event: "Andean Return Process 2022" },
    { text: "Nairobi, 4-6 March 2021 - Ministers from the member states of the Great Lakes Mobility Dialogue are meeting in Nairobi for the Third Ministerial Consultation.", title: "Page", event: "Great Lakes Mobility Dialogue 2021" },
    { text: "The Caribbean Migration Consultations held their Fourth Ministerial Meeting in Kingston in 2017.", title: "Page", event: "Caribbean Migration Consultations 2017" },
    { text: "Officials of the Nile Basin Labour Dialogue met in Kampala, where the Second Senior Officials' Meeting closed on 14 June 2018.", title: "Page", event: "Nile Basin Labour Dialogue 2018" },
    // A series' head word in the possessive before a numbered meeting ("the dialogue's Fourth …") is the series named last with that head.
    { text: "Amman, 14-15 March 2023 - Ministers of the Levant Mobility Dialogue gathered in Amman for the dialogue's Fourth Ministerial Meeting.", title: "Page", event: "Levant Mobility Dialogue 2023" },
    { text: "The Coastal Labour Forum was set up by Ghana, which chaired the Forum's second meeting, held in Accra in 2019.", title: "Page", event: "Coastal Labour Forum 2019" },
    // A year in place of the ordinal (POSSESSIVE_YEAR_SITTING): that year's sitting.
    { text: "The Fjordland Fisheries Forum gathers the coastal states of the north. Norway hosted the Forum's 2016 meeting in a harbour town.", title: "Page", event: "Fjordland Fisheries Forum 2016" },
    { text: "The Saharan Water Dialogue has met yearly since 2005. Delegates of eight states attended the Dialogue's 2011 Ministerial Conference.", title: "Page", event: "Saharan Water Dialogue 2011" },
  ],
  negative: [
    // The head word of another series named last ("the Process's") does not reach the dialogue named before it.
    { text: "Ministers of the Levant Mobility Dialogue and of the Coastal Return Process met in 2023 for the Process's Fourth Ministerial Meeting.", title: "Page", event: "Levant Mobility Dialogue 2023" },
    { text: "Delegates of the Andean Return Process gathered in Quito to prepare the Fifth Ministerial Conference on Return in 2022.", title: "Page", event: "Andean Return Process 2022" },
    { text: "Ministers of the Andean Return Process and of the Amazon Labour Dialogue gathered in Lima for the Fifth Ministerial Conference on 3 May 2022.", title: "Page", event: "Amazon Labour Dialogue 2022" },
    { text: "Nairobi, 4-6 March 2021 - Ministers of the Great Lakes Mobility Dialogue met to recall the Third Ministerial Consultation, held in Kampala in 2018.", title: "Page", event: "Great Lakes Mobility Dialogue 2021" },
    { text: "The Caribbean Migration Consultations met in 2017. Their members later attended the Fourth Ministerial Meeting of the Atlantic Labour Dialogue in 2019.", title: "Page", event: "Caribbean Migration Consultations 2019" },
    // A dated meeting used as a date is cited, not reported: the sentence tells of what followed it.
    { text: "Since the 2013 ministerial conference of the Baltic Labour Dialogue, Latvia has led the work on data.", title: "Page", event: "Baltic Labour Dialogue 2013" },
    // A year's sitting still to come, called off, or cited as a date.
    { text: "The Fjordland Fisheries Forum gathers the coastal states of the north. Norway will host the Forum's 2031 meeting.", title: "Page", event: "Fjordland Fisheries Forum 2031" },
    { text: "The Fjordland Fisheries Forum gathers the coastal states of the north. The Forum's 2020 meeting was called off.", title: "Page", event: "Fjordland Fisheries Forum 2020" },
    { text: "The Fjordland Fisheries Forum gathers the coastal states of the north. Iceland was to hold the Forum's 2021 meeting in a fishing port until a storm closed the harbour.", title: "Page", event: "Fjordland Fisheries Forum 2021" },
    { text: "The Saharan Water Dialogue has met yearly since 2005. Since the Dialogue's 2011 meeting, Niger has led the work on wells.", title: "Page", event: "Saharan Water Dialogue 2011" },
  ],
};

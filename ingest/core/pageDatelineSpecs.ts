/**
 * Example pages for the meeting a news page is about (pageDateline.ts): a headline names a numbered meeting of a series,
 * the lead's dateline dates it, and a later passage names it with no year. `event` is the dated meeting the page must
 * hold, or, in a negative, must not hold.
 */
export interface PageMeetingExample {
  title: string;
  text: string;
  event: string;
}

export const PAGE_MEETING: { id: string; positive: PageMeetingExample[]; negative: PageMeetingExample[] } = {
  id: "page-dateline-meeting",
  positive: [
    {
      title: "Coastal Labour Dialogue: the Fifth Ministerial Meeting, day by day",
      text: "Lomé, 3-4 May 2022 - this page is updated through the week.\n\nMONDAY, 10:00\nMinisters of the Coastal Labour Dialogue are gathering in Lomé for the Fifth Ministerial Meeting, which opens tomorrow.",
      event: "Coastal Labour Dialogue 2022",
    },
    {
      title: "Andean Return Process: the Third Ministerial Conference",
      text: "Quito, 12 June 2019 - live notes from the venue.\n\nMorning\nDelegations of the Andean Return Process met at the Third Ministerial Conference, which opened the talks.",
      event: "Andean Return Process 2019",
    },
  ],
  negative: [
    // The lead names no numbered meeting: a numbered meeting further down may be of another year.
    {
      title: "Coastal Data Alliance launched",
      text: "Lomé, 2 March 2022 - The Coastal Data Alliance was launched today.\n\nMinisters of the Coastal Labour Dialogue met in Accra at the Fifth Ministerial Meeting, which discussed the same theme.",
      event: "Coastal Labour Dialogue 2022",
    },
    // Another number than the headline's is another meeting, in a background note with no year of its own.
    {
      title: "Coastal Labour Dialogue: the Fifth Ministerial Meeting, day by day",
      text: "Lomé, 3-4 May 2022 - this page is updated through the week.\n\nBACKGROUND\nMinisters of the Coastal Labour Dialogue first met in Accra at the Third Ministerial Meeting.",
      event: "Coastal Labour Dialogue 2022",
    },
    // A passage that states years tells its own history: its meeting is not the page's.
    {
      title: "Coastal Labour Dialogue: the Fifth Ministerial Meeting, day by day",
      text: "Lomé, 3-4 May 2022 - this page is updated through the week.\n\nBACKGROUND\nSince 2015 ministers of the Coastal Labour Dialogue have met at the Fifth Ministerial Meeting in turn.",
      event: "Coastal Labour Dialogue 2022",
    },
  ],
};

/**
 * Example sentences for a kind of meeting written right after a standing series' name and dated by the words after it
 * (meetings.ts, KIND_RIGHT_AFTER in meetingPatterns.ts). `event` is the dated meeting the page must hold, or, in a
 * negative, must not hold.
 */
export const KIND_AFTER_SERIES: { id: string; positive: Array<{ text: string; event: string }>; negative: Array<{ text: string; event: string }> } = {
  id: "series-kind-meeting-dated",
  positive: [
    { text: "The board heard a report on the Coastal Return Process ministerial conference held in Dakar in 2018.", event: "Coastal Return Process 2018" },
    { text: "Delegates of Ghana attended the Coastal Return Process senior officials' meeting in Accra in May 2019.", event: "Coastal Return Process 2019" },
  ],
  negative: [
    // A meeting used as a date, a planned one, and a year that dates something else are no meeting reported.
    { text: "Since the Coastal Return Process meeting in 2013, Ghana has chaired the working group.", event: "Coastal Return Process 2013" },
    { text: "The Coastal Return Process ministerial conference to be held in Dakar in 2026 will adopt a plan.", event: "Coastal Return Process 2026" },
    { text: "Ministers adopted the Coastal Return Process action plan of 2018.", event: "Coastal Return Process 2018" },
  ],
};

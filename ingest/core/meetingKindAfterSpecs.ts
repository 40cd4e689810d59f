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
    // The sentence opens on its one year and a verb of holding governs the phrase (FRONTED_KIND_SITTING).
    { text: "The Gulf Labour Process (GLP) links six states of the Gulf. During 2011 a GLP ministerial meeting was held at a resort near Doha to agree a charter.", event: "Gulf Labour Process 2011" },
    { text: "The Gulf Labour Process (GLP) links six states of the Gulf. In 2013 the labour ministry of Qatar convened a two-day GLP meeting in Doha for forty delegates.", event: "Gulf Labour Process 2013" },
    { text: "In 2012, the Coastal Return Process ministerial meeting took place in a seaside town and adopted a work plan.", event: "Coastal Return Process 2012" },
  ],
  negative: [
    // A meeting used as a date, a planned one, and a year that dates something else are no meeting reported.
    { text: "Since the Coastal Return Process meeting in 2013, Ghana has chaired the working group.", event: "Coastal Return Process 2013" },
    { text: "The Coastal Return Process ministerial conference to be held in Dakar in 2026 will adopt a plan.", event: "Coastal Return Process 2026" },
    { text: "Ministers adopted the Coastal Return Process action plan of 2018.", event: "Coastal Return Process 2018" },
    // A fronted year with a sitting to come, a meeting noun that goes on, or a second year in the sentence.
    { text: "In 2027 the Coastal Return Process ministerial meeting is to be held in Dakar.", event: "Coastal Return Process 2027" },
    { text: "In 2016 the Coastal Return Process meeting calendar was cut to one session a year.", event: "Coastal Return Process 2016" },
    { text: "In 2016, two years after its 2014 start, the Coastal Return Process meeting took place in a seaside town.", event: "Coastal Return Process 2016" },
    // The year dates another act: a relative clause, a verb of speech or study, a negation.
    { text: "In 2018 Senegal, which chairs the Coastal Return Process ministerial conference, opened a training centre.", event: "Coastal Return Process 2018" },
    { text: "In 2019, the minister argued the Coastal Return Process conference was too costly.", event: "Coastal Return Process 2019" },
    { text: "In 2020 a think tank published a report that reviewed the Coastal Return Process meeting.", event: "Coastal Return Process 2020" },
    { text: "In 2021 the Coastal Return Process ministerial meeting was not convened for lack of funds.", event: "Coastal Return Process 2021" },
  ],
};

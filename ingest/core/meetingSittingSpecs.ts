/**
 * Example pages for a numbered sitting of a commission, council, board or committee read as an organization, or of
 * a project or other initiative (meetingSittingBody.ts): `event` is the dated meeting the page must hold, or, in a negative, must not hold.
 */
export interface SittingExample {
  text: string;
  event: string;
  /** A relation the page must hold to the meeting: [type, source name]. */
  relation?: [string, string];
  /** A source the page must link to the meeting by no relation but PART_OF (the body itself). */
  unlinked?: string;
}

export const SITTING_MEETINGS: { id: string; positive: SittingExample[]; negative: SittingExample[] } = {
  id: "sitting-body-meetings",
  positive: [
    { text: "The Andean Statistical Commission held its 31st session in Lima in 2019. Peru chaired the session.", event: "Andean Statistical Commission 2019", relation: ["CHAIRED", "Peru"], unlinked: "Andean Statistical Commission" },
    { text: "Delegates of Chile attended the 12th session of the Pacific Fisheries Council in 2021.", event: "Pacific Fisheries Council 2021", relation: ["PARTICIPATES_IN", "Chile"] },
    { text: "In 2016 the Baltic Labour Commission held its fourth session in Riga.", event: "Baltic Labour Commission 2016" },
    // A project's numbered, dated sitting is its own meeting, whatever the project's head word.
    { text: "The Coral Reef Livelihoods Project held its second steering committee meeting in Nuku'alofa on 9 May 2022. Tonga chaired the meeting.", event: "Coral Reef Livelihoods Project 2022", relation: ["CHAIRED", "Tonga"], unlinked: "Coral Reef Livelihoods Project" },
    { text: "The Harbour Crews Project is run by the ILO. The third meeting of the Harbour Crews Project took place in Suva on 3 and 4 May 2021.", event: "Harbour Crews Project 2021" },
  ],
  negative: [
    // The body alone, or with a year that dates a report, is no sitting.
    { text: "Peru chaired the Andean Statistical Commission in 2019 and published its report.", event: "Andean Statistical Commission 2019" },
    { text: "The 2019 report of the Andean Statistical Commission was adopted by Peru.", event: "Andean Statistical Commission 2019" },
    // An undated sitting cited for what it produced is no meeting the page reports.
    { text: "Officials looked at the recommendations of the fourth meeting of the Regional Labour Coordination Committee.", event: "fourth meeting of the Regional Labour Coordination Committee" },
    // A body whose head is no sitting noun ("Secretariat") has no numbered sessions read this way.
    { text: "The 12th session of the Andean Statistical Secretariat opened in Lima in 2019.", event: "Andean Statistical Secretariat 2019" },
    // A project named on the page does not own the numbered meeting of another body named after it.
    { text: "The Coral Reef Livelihoods Project is run by UNDP in Fiji. The Pacific Islands Forum held its second regional meeting in Suva on 9 May 2022.", event: "Coral Reef Livelihoods Project 2022" },
    // A plan named after a meeting, and a count of meetings with no ordinal, name no sitting of the project.
    { text: "The Coral Reef Livelihoods Project adopted its second meeting plan in 2022.", event: "Coral Reef Livelihoods Project 2022" },
    { text: "The Coral Reef Livelihoods Project held three steering committee meetings in 2022.", event: "Coral Reef Livelihoods Project 2022" },
    // An undated sitting of a project, cited for what it decided, is no meeting the page reports.
    { text: "Officials of Tonga acted on the conclusions of the third steering meeting of the Coral Reef Livelihoods Project.", event: "third steering meeting of the Coral Reef Livelihoods Project" },
  ],
};

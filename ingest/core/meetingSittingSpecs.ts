/**
 * Example pages for a numbered sitting of a commission, council, board or committee read as an organization
 * (meetingSittingBody.ts): `event` is the dated meeting the page must hold, or, in a negative, must not hold.
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
  ],
  negative: [
    // The body alone, or with a year that dates a report, is no sitting.
    { text: "Peru chaired the Andean Statistical Commission in 2019 and published its report.", event: "Andean Statistical Commission 2019" },
    { text: "The 2019 report of the Andean Statistical Commission was adopted by Peru.", event: "Andean Statistical Commission 2019" },
    // An undated sitting cited for what it produced is no meeting the page reports.
    { text: "Officials looked at the recommendations of the fourth meeting of the Regional Labour Coordination Committee.", event: "fourth meeting of the Regional Labour Coordination Committee" },
    // A body whose head is no sitting noun ("Secretariat") has no numbered sessions read this way.
    { text: "The 12th session of the Andean Statistical Secretariat opened in Lima in 2019.", event: "Andean Statistical Secretariat 2019" },
  ],
};

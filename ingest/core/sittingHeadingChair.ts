import { heldSitting } from "./meetingRowChair.js";
import { DATE_FIELD, PLACE_DATE_LINE } from "./months.js";

/**
 * A chair field under a heading that dates one sitting of a series ("Quito, May 2016" then "Chair: Peru", or "June
 * 2018" then "- Chair: Chile") names who chaired that sitting, not the series. The row goes to that year's meeting
 * where the page holds it, and otherwise to nothing: a state that chaired one sitting did not chair the process. A
 * heading that dates no sitting (the series' own name, "Past chairs", a term "2019-2021") leaves the row to the series.
 * Returns undefined where the heading dates no sitting, null where it does but the page holds no such meeting.
 */
export function sittingHeadingChair(section: string | null | undefined, series: string, eventFor: (forumId: string, year: number, known?: boolean) => string | null, isEvent: (id: string) => boolean): string | null | undefined {
  const heading = section?.split(" › ").pop()?.trim();
  if (!heading) return undefined;
  // "City, [day] Month Year" or "[day] Month Year" alone: the date of one sitting, not a term.
  const dated = PLACE_DATE_LINE.exec(heading) ?? DATE_FIELD.exec(heading);
  if (!dated) return undefined;
  return heldSitting(series, Number(dated[dated.length - 1]), eventFor, isEvent);
}

const DIALOGUE = "Andean Dialogue on Labour Mobility\n\nThe Andean Dialogue on Labour Mobility gathers the labour ministries of the Andean states every year.\n\n";

/** Pages the chair reading must get right ([sourceId, targetId] of CHAIRED); test/unit/sittingHeadingChair.test.ts runs them. */
export const SITTING_HEADING_CHAIR_EXAMPLES = {
  positive: [
    // The page builds the sitting (a register row of that year): the chair under its date chaired that sitting.
    { text: `${DIALOGUE}Sessions\n\n2016 – Quito, Ecuador\n2018 – La Paz, Bolivia\n\nQuito, May 2016\nChair: Peru\n`, expect: ["ctry:pe", "forum:andean-dialogue-on-labour-mobility-2016"] },
    // The row under the sitting's date keeps the series' chairs of other kinds: a term chair under the page's own heading.
    { text: `${DIALOGUE}Chair: Peru (2019-2021)\nSecretariat: Lima\n`, expect: ["ctry:pe", "forum:andean-dialogue-on-labour-mobility"] },
  ],
  negative: [
    // One sitting's chair, under a "City, Month Year" heading, chaired no series.
    { text: `${DIALOGUE}Sessions\n\nQuito, May 2016\nHost: Ecuador. Chair: Peru.\n\nLa Paz, June 2018\nHost: Bolivia. Chair: Colombia.\n`, expect: ["ctry:pe", "forum:andean-dialogue-on-labour-mobility"] },
    { text: `${DIALOGUE}Earlier meetings\n\nLima, March 2015\n- Host: Peru\n- Chair: Chile\n\nBogota, April 2017\n- Host: Colombia\n- Chair: Ecuador\n`, expect: ["ctry:cl", "forum:andean-dialogue-on-labour-mobility"] },
    { text: `${DIALOGUE}Earlier meetings\n\nNovember 2014\nChair: Ecuador\n`, expect: ["ctry:ec", "forum:andean-dialogue-on-labour-mobility"] },
    // … nor the series, nor another year's sitting, where the page builds the sittings.
    { text: `${DIALOGUE}Sessions\n\n2016 – Quito, Ecuador\n2018 – La Paz, Bolivia\n\nQuito, May 2016\nChair: Peru\n`, expect: ["ctry:pe", "forum:andean-dialogue-on-labour-mobility"] },
    { text: `${DIALOGUE}Sessions\n\n2016 – Quito, Ecuador\n2018 – La Paz, Bolivia\n\nQuito, May 2016\nChair: Peru\n`, expect: ["ctry:pe", "forum:andean-dialogue-on-labour-mobility-2018"] },
  ],
};

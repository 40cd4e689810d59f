import { SUB_BODIES } from "./subBodyRules.js";

/**
 * A meeting named by its kind with its series' head word as its complement (SERIES_HEAD_COMPLEMENT): "The last
 * ministerial conference of the Dialogue, in Nairobi in 2019, was hosted by Kenya", "a technical meeting of the Process
 * held in Lomé on 4 May 2021", "the fourth meeting of the Process in Lomé in May 2021". "of the Dialogue" refers back to the series (descriptionHeads.ts reads "the Dialogue" so
 * in a sentence), so it is that series' meeting, read as kindMeeting.ts reads "a ministerial conference held in …".
 * Left alone: a complement whose head word is not the series' ("a meeting of the Council" on a page about a Dialogue),
 * a complement that goes on ("of the Conference of the Parties", "of the Group on Data") and a lower-case or plural one
 * ("a meeting of the partners").
 */
export const SERIES_HEAD_COMPLEMENT = {
  id: "series-head-complement",
  positive: [
    { text: "The Limpopo Labour Dialogue links ministries of labour. The last ministerial conference of the Dialogue, in Maputo in 2019, was hosted by Mozambique.", title: "Limpopo Labour Dialogue", event: "Limpopo Labour Dialogue meeting, Maputo, 2019" },
    { text: "The Volta Return Process was set up in 2015. A technical meeting of the Process took place in Lomé on 4 May 2021.", title: "Volta Return Process", event: "Volta Return Process meeting, Lomé, 4 May 2021" },
    // The venue right after the head word, with the sitting's date after it.
    { text: "The Volta Return Process was set up in 2015. In its sixth year, an expert meeting of the Process in Accra in March 2021 drew up a plan on reception.", title: "Volta Return Process", event: "Volta Return Process 2021" },
  ],
  negative: [
    // Another head: the complement names another body.
    { text: "The Limpopo Labour Dialogue links ministries of labour. The last ministerial conference of the Council, in Maputo in 2019, was hosted by Mozambique.", title: "Limpopo Labour Dialogue", event: "Limpopo Labour Dialogue 2019" },
    // The complement goes on to name something else.
    { text: "The Volta Return Process was set up in 2015. A technical meeting of the Group on Data took place in Lomé on 4 May 2021.", title: "Volta Return Process", event: "Volta Return Process 2021" },
    // A place after the head that is no city a list knows: a part of the series ("the Process in Asia"), not its venue.
    { text: "The Volta Return Process was set up in 2015. Togo hosted the fourth technical meeting of the Process in Africa in May 2021.", title: "Volta Return Process", event: "Volta Return Process 2021" },
  ],
};

/** The words a series' name may end on that "of the <Head>" may stand for: a forum's heads, and the standing bodies' (SUB_BODIES). */
const HEADS = ["Dialogue", "Process", "Forum", "Consultation", "Consultations", "Conference", "Partnership", "Platform", "Network", "Initiative", "Commission", ...SUB_BODIES.heads].join("|");
/**
 * "of the Dialogue" closing a kind of meeting (group: the head word); a complement that goes on is no head alone. "in" and
 * a capital after it may be the sitting's venue ("of the Process in Lomé") or a part of the name ("of the Process in
 * Asia"): kindMeeting.ts keeps it only where the place is a known city (venueAfterHead).
 */
export const SERIES_HEAD_OF = String.raw`(?:\s+of\s+the\s+(${HEADS})\b(?!['’]|\s+(?:of|on|for|[A-Z])))`;

/** Whether the series' id, built from its name, holds the head word: "forum:limpopo-labour-dialogue" and "Dialogue". */
export function seriesHasHead(parentId: string, head: string): boolean {
  return parentId.replace(/^[a-z]+:/, "").split("-").includes(head.toLowerCase());
}

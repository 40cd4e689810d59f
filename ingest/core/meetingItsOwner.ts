import { sentenceAround } from "./sentenceAround.js";
import type { Mention } from "./types.js";

/**
 * FRONTED_ITS_OWNER: "At its Nth meeting, …" whose clause names no body after the phrase is the previous sentence's
 * body's; one whose clause opens on a body right after it, with or without a comma ("At its 49th session in 2018 the
 * Council adopted …"), is that body's.
 */
export const FRONTED_ITS_OWNER = {
  id: "fronted-its-owner",
  positive: [
    { title: "Andean Community", text: "The Andean Committee of Border Authorities (CAFA) is the Community's committee of national border services. At its fifteenth meeting, held in Lima in 2016 under the presidency of Colombia, officials of Bolivia and Ecuador agreed on a joint plan.", event: "Andean Committee of Border Authorities 2016" },
    // "By its Nth …," opening a passage that has named no body yet: the series the page is about.
    { title: "Tatra Process: interior ministers of Central Europe", text: "The Tatra Process is a forum in which the interior ministers of the region meet.\n\nHow it grew\nBy its ninth ministerial conference, held on 12 May 2014, the delegations had agreed on a common plan.", event: "Tatra Process 2014" },
    // No comma after the phrase: the subject right after it, past the phrase's own time, is the body that sat.
    { title: "Andean Community", text: "The Andean Committee of Border Authorities (CAFA) is the Community's committee of national border services. At its 31st session in 2016 the Andean Statistics Council adopted a plan.", event: "Andean Statistics Council 2016" },
    // The clause reports an act at the sitting: a body read as an organization sat, dated here by the year heading above.
    { title: "Harbour Data Group chronology", text: "The Harbour Data Group is an expert group of the Tinland Statistical Commission.\n\n2016\nAt its 47th session the Tinland Statistical Commission decided to set up the Group.", event: "47th session of the Tinland Statistical Commission" },
  ],
  negative: [
    // The clause after the phrase opens on its own subject: "its" is that body's, not the earlier committee's.
    { title: "Andean Community", text: "The Andean Committee of Border Authorities (CAFA) is the Community's committee of national border services. At its fifteenth meeting, held in Lima in 2016, the Andean Statistics Council adopted a plan.", event: "Andean Committee of Border Authorities 2016" },
    // A body named before it in the passage: "its" is that body's, not the page's series.
    { title: "Tatra Process: interior ministers of Central Europe", text: "The Tatra Process is a forum in which the interior ministers of the region meet.\n\nHow it grew\nThe Danube Police Council was set up in 2001. By its ninth ministerial conference, held on 12 May 2014, the delegations had agreed on a common plan.", event: "Tatra Process 2014" },
    // Words of their own between the phrase and the body ("officials of"): the body is no subject "its" fronts.
    { title: "Andean Community", text: "The Andean Committee of Border Authorities (CAFA) is the Community's committee of national border services. At its 31st session in 2016 officials of the Andean Statistics Council adopted a plan.", event: "Andean Statistics Council 2016" },
    // "its" inside the sentence, after a body of its own: that body's meeting, as before.
    { title: "Andean Community", text: "The Andean Committee of Border Authorities (CAFA) is the Community's committee of national border services. Peru told the Andean Statistics Council at its fifteenth meeting, held in Lima in 2016, that the plan was ready.", event: "Andean Committee of Border Authorities 2016" },
  ],
};

/**
 * What "its" stands for: the last body named before it in its sentence, passing over an aside that names another
 * ("The X, led by the League of Arab States, held its fourth meeting"); a sentence that opens on "Its" with no body
 * before it is the previous sentence's first body ("The X is convened by the AU. Its fifth edition …"). So is a fronted
 * "At its fifteenth meeting, held in Lima in 2016, officials …" whose clause after the phrase opens on no body (`fronted`,
 * FRONTED_ITS_OWNER): "its" is the body the previous sentence is about.
 */
export function itsOwner(text: string, sorted: readonly Mention[], sentenceStart: number, at: number, fronted = false): Mention | undefined {
  const before = sorted.filter((m) => m.kind !== "COUNTRY" && m.localEnd <= at && m.localStart >= sentenceStart);
  const last = before[before.length - 1];
  const previous = before[before.length - 2];
  if (last && previous && /,/.test(text.slice(previous.localEnd, last.localStart)) && /^[^,]*,[^,]*$/.test(text.slice(last.localEnd, at))) return previous;
  if (last || !(fronted ? FRONTING : /^\s*$/).test(text.slice(sentenceStart, at))) return last;
  const { from } = sentenceAround(text, Math.max(0, sentenceStart - 2), Math.max(0, sentenceStart - 1));
  return sorted.find((m) => m.kind !== "COUNTRY" && m.localStart >= from && m.localEnd < sentenceStart);
}

/** The preposition a fronted "At its fifteenth meeting, …" opens on; "By its tenth conference, …" dates what follows by it. */
export const FRONTING = /^\s*(?:At|During|In|By)\s*$/;

/** Words that open an aside about the sitting after a fronted phrase's comma, not the clause's subject. */
const OPENS_ASIDE = /^\s*(?:held|hosted|convened|organi[sz]ed|chaired|attended|in|on|at|under|from|which|where|when)\b/;

/** The first comma after `from` in the sentence that no aside follows: where the clause after a fronted phrase opens. */
export function clauseComma(text: string, from: number, sentenceEnd: number): number {
  for (let i = text.indexOf(",", from); i > 0 && (sentenceEnd < 0 || i < sentenceEnd); i = text.indexOf(",", i + 1)) {
    if (!OPENS_ASIDE.test(text.slice(i + 1, i + 40))) return i;
  }
  return -1;
}

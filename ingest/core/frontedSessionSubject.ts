/**
 * FRONTED_SESSION_SUBJECT: "At the 51st session in March the Council endorsed the Group's handbook." A numbered
 * meeting fronted by "At/During the …", whose clause then names its subject as "the <Head>", is that subject's
 * meeting: the body that sits in session is the one the clause says acted there. Where that head is no word of the
 * series the page or passage would give the meeting to ("the Council" for a "Harbour Data Group"), the meeting is not
 * that series' (no meeting is made: the Council's sessions are read where the text names the Council in full).
 * "At its 49th session the Council …" is read by meetings.ts itsMeeting; this reads seriesMeetingPhrases.ts ORDINAL_PLAIN
 * ("the 51st session", "the second meeting"), whose series is otherwise the last one named or the page's topic.
 */
export const FRONTED_SESSION_SUBJECT = {
  examples: {
    positive: [
      // The subject is the series itself: still its meeting.
      { text: "The Harbour Data Group was set up in 2015.\n\n2019\nAt the fifth session in March the Group adopted a charter.", name: "fifth session of the Harbour Data Group" },
    ],
    negative: [
      { text: "The Harbour Data Group is an expert group of the Tinland Statistical Council.\n\n2020\nAt the 51st session in March the Council endorsed the Group's handbook.", name: "51st session of the Harbour Data Group" },
      { text: "The Harbour Data Group reports to the Tinland Statistical Council. During the 12th session, the Council thanked the Group.", name: "12th session of the Harbour Data Group" },
    ],
  },
};

/** "At the", "During the" opening the sentence right before the meeting phrase. */
const FRONTED = /(?:^|[.\n]\s*)(?:At|During)\s+the\s+$/;
/** After the phrase: an optional "in <month or year>" and comma, then "the <Head>" and a lower-case verb. */
const SUBJECT_AFTER = /^(?:\s+(?:in|on)\s+[A-Z0-9][\w]*(?:\s+\d{4})?)?,?\s+the\s+([A-Z][a-z]+)\s+[a-z]/;

/**
 * The head noun of the subject of a fronted numbered meeting ("Council" in "At the 51st session in March the Council
 * endorsed …"), or null when the phrase is not fronted or no such subject follows; `start`/`end` bound the phrase
 * from its ordinal to its head.
 */
export function frontedSessionSubject(text: string, start: number, end: number): string | null {
  if (!FRONTED.test(text.slice(Math.max(0, start - 40), start))) return null;
  return SUBJECT_AFTER.exec(text.slice(end, end + 60))?.[1] ?? null;
}

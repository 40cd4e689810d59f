/**
 * Dates and time adverbs that may stand after a verb whose object is left unwritten ("ratified on 3 May 2016",
 * "joined in 1995", "acceded later too"), as a regular-expression source: any number of them, each optionally after a
 * comma. Readings that allow nothing else before the end of the clause (unnamedTreatyPartyRules.ts "ratified-bare",
 * membershipRules.ts "member-joined-titled") put it in their `notFollowedBy`.
 */
export const TIME_ADJUNCTS =
  "(?:\\s*,?\\s*(?:(?:on|in|during|by)\\s+(?:(?:the|a|that|this)\\s+)?(?:(?:\\d{1,2}|early|late|mid|single|same)\\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+(?:19|20)\\d\\d)?|(?:19|20)\\d\\d|day|year|month)|at\\s+once|later|too|as\\s+well|first|also|then|in\\s+turn|(?:soon|shortly)\\s+after(?:wards)?|the\\s+same\\s+(?:day|year))\\b)*";

/** "became the seventeenth member state in 2018": the class word a member noun may carry before its dates. */
export const MEMBER_CLASS_WORD = "(?:\\s+(?:[Ss]tates?|[Cc]ountry|[Cc]ountries))?";

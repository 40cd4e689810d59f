/** Month names as a regular-expression alternation, for patterns that read dates. */
export const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December";

/** One month name, as a non-capturing group. */
export const MONTH = `(?:${MONTH_NAMES})`;

/**
 * STATE_STYLE: the words a state's own style puts before its short name, "the Government of", "the Kingdom of",
 * "the Federal Republic of", "the Union of the". Every reader that must see a country mention through its style (a
 * list item, a row's label, a clause's subject, a preposition's object) reads it from this one lexicon, so that a
 * style one reader knows is never a stranger to another. The catalog's own formal names (FORMAL_STATE_NAMES) are
 * forms of a state's name; these words are what may stand before any of its forms. A reader of the words between
 * two names tests that gap whole against the style, so that the mention ends the style: "the Republic of Korea",
 * read as one mention, is not a style before "Korea".
 */
export const STATE_STYLE = {
  id: "state-style",
  what: "A title word ('Government', 'Kingdom', 'Republic', 'Union' …), with at most state adjectives before it, and 'of (the)' before a state's name are the state's own style, not a body or a preposition's object.",
  titles: "Governments? Union Federation Republic Kingdom Commonwealth State Sultanate Principality Emirate Duchy".split(" "),
  adjectives: "Democratic Federal Federated Islamic United Plurinational Bolivarian Socialist Hashemite People's People’s Arab Independent Cooperative Oriental Grand".split(" "),
};

const titles = (words: readonly string[]) => `(?:(?:${STATE_STYLE.adjectives.join("|")})\\s+)*(?:${words.join("|")})\\s+of\\s+(?:the\\s+)?`;

/** The style's words as a regular-expression source, optionally only some title words (the state's own names). */
export const stateStyleSource = (words: readonly string[] = STATE_STYLE.titles): string => titles(words);

/** A state's style ending where the text ends: "… the Government of ", "… the Federal Republic of ". */
export const STATE_STYLE_BEFORE = new RegExp(`\\b${titles(STATE_STYLE.titles)}$`);

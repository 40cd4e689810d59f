/**
 * FEATURE_NAME: a state's name right after a word that names a lake, a gulf or a bay ("Lake Chad", "the Gulf of
 * Guinea", "Lake Victoria") is part of that place's name, not a mention of the state: "projects around Lake Chad" says
 * nothing of Chad, and a programme "for Herders in Sahel and Lake Chad" keeps its whole name. A state named after the
 * word "and" ("Lake Malawi and Chad") or elsewhere is still the state.
 */
export const FEATURE_NAME = {
  id: "feature-name",
  before: /\b(?:Lakes?|Gulf\s+of|Bay\s+of)\s+(?:the\s+)?$/,
  positive: [
    { text: "The Herders Initiative for Pastoral Mobility in Sahel and Lake Chad is run by FAO.", name: "Herders Initiative for Pastoral Mobility in Sahel and Lake Chad", notCountry: "ctry:td" },
    { text: "Fishing boats crossing the Gulf of Guinea were inspected by the coast guards.", name: null, notCountry: "ctry:gn" },
  ],
  negative: [
    { text: "FAO helps herders in Chad and around Lake Victoria.", country: "ctry:td" },
    { text: "The lake project works in Malawi and Chad.", country: "ctry:td" },
  ],
};

/** Whether the text before a country's match names a lake, gulf or bay of which the country's name is part. */
export const inFeatureName = (before: string): boolean => FEATURE_NAME.before.test(before);

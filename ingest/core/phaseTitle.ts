/**
 * PHASE_TITLES: 'the Dialogue entered its fourth phase, "A Dialogue for Results"'. A title in quotation marks that a
 * phase or stage noun introduces names a period of some body's work, not a body, a meeting or a programme of its own,
 * whatever its head noun ("Dialogue", "Forum", "Partnership"); like a theme or slogan (quotedTitles.ts THEME_QUOTE) its
 * words are taken, so no later step reads a name in them. Unquoted words after "phase" and a quoted title a project
 * noun introduces are read as before.
 */
export const PHASE_TITLES = {
  words: ["phase", "phases", "stage", "stages"],
  examples: {
    positive: [
      // What stays named around it: the body whose phase it is.
      { text: "The Coastal Dialogue was set up in 2002. In 2012 the Dialogue entered its third phase, “A Dialogue for Results”. Meetings were held in Oslo.", name: "Coastal Dialogue" },
      { text: "UNEP runs the Harbour Programme. Its first stage, “Partnership for Safe Ports”, ran from 2015 to 2018.", name: "Harbour Programme" },
      // A quoted title a project noun introduces is still the project.
      { text: "In its second phase UNEP ran a project entitled “Partnership for Safe Ports” in Accra.", name: "Partnership for Safe Ports" },
    ],
    negative: [
      { text: "The Coastal Dialogue was set up in 2002. In 2012 the Dialogue entered its third phase, “A Dialogue for Results”. Meetings were held in Oslo.", name: "Dialogue for Results" },
      { text: "UNEP runs the Harbour Programme. Its first stage, “Partnership for Safe Ports”, ran from 2015 to 2018.", name: "Partnership for Safe Ports" },
    ],
  },
};

/**
 * The phase noun, an optional numeral or "of the/its X", then a comma, a colon or "entitled/called", and the quoted
 * title (group 1).
 */
export const PHASE_TITLE = new RegExp(
  `\\b(?:${PHASE_TITLES.words.join("|")})(?:\\s+(?:\\d{1,2}|[IVX]{1,4}))?(?:\\s+of\\s+(?:the|its|their)\\s+[^“”",.;]{1,60}?)?(?:\\s*[,:]\\s*|,?\\s+(?:entitled|titled|called|named|known as)\\s+)[“"]([^”"]{3,150})[”"]`,
  "gi",
);

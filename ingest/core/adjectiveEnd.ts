/**
 * ADJECTIVE_END: "led by the Commission on the European side", "a Forum on the African continent": a capitalised run
 * that stops on an adjective of people or place ("European", "African", "Sahelian", "Danish") whose noun follows in
 * lower case has read the adjective of that noun, not the last word of a name. A name never ends on such an adjective
 * without its noun, so the complement that carries it ("on the European") is cut and the head keeps what is left.
 * Before a function word or a verb ("the Council of the Andean and …", "the Office for the Sahelian was …") the
 * adjective may be a noun itself and the name is left alone.
 */
export const ADJECTIVE_END_EXAMPLES = {
  positive: [
    { text: "Both treaties were negotiated by the Commission on the European side and signed in Lomé.", absent: "Commission on the European" },
    { text: "Talks with the Harbour Council for the Sahelian region began in 2019.", absent: "Harbour Council for the Sahelian" },
  ],
  negative: [
    // No article: a place's name, whatever its ending, is no adjective.
    { text: "Ghana sent two students to the University of Tamarican campus in 2019.", name: "University of Tamarican" },
    // A capital after the adjective: the noun belongs to the name.
    { text: "Ghana wrote to the Harbour Council for the Sahelian Region in 2019.", name: "Harbour Council for the Sahelian Region" },
    // Nothing in lower case after it: the name is left as read.
    { text: "Ghana joined the Coastal Council of the Andean in 2019.", name: "Coastal Council of the Andean" },
  ],
};

/**
 * A complement on an adjective of people or place, at the end of the name, after "the": a place's own name ("University
 * of Tamarican") takes no article and is left alone.
 */
const COMPLEMENT_ON_ADJECTIVE = /\s+(?:of|on|for|in|to|from|at)\s+the\s+(?:[A-Z][\p{Ll}]+-)?[A-Z][\p{Ll}]+(?:an|ese|ish|ic)$/u;
/** The adjective's noun after the name: a lower-case word that is no function word, verb form or clause opener. */
const NOUN_AFTER = /^\s+(?!(?:and|or|but|nor|of|on|for|in|to|from|at|by|with|as|than|that|which|who|whose|where|when|while|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|does|did|do|not|also|then|now|too|alone|itself|themselves|says|said|the|a|an|this|these|its|their)\b)[\p{Ll}]+\b(?![’'-])/u;

/** The length of the name once a complement ending on an adjective whose noun follows in the text is cut; `name.length` when none is. */
export function adjectiveEndCut(name: string, after: string, demonyms: ReadonlyMap<string, string>): number {
  const m = COMPLEMENT_ON_ADJECTIVE.exec(name);
  if (!m || !NOUN_AFTER.test(after)) {
    const last = name.split(/\s+/).pop() ?? "";
    const cut = demonyms.has(last) ? new RegExp(String.raw`\s+(?:of|on|for|in|to|from|at)\s+the\s+${last}$`).exec(name) : null;
    return cut && NOUN_AFTER.test(after) ? cut.index : name.length;
  }
  return m.index;
}

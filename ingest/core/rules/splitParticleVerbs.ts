/**
 * Phrasal verbs whose particle may follow their object: "UNITAR carried the project out", "IGAD set it up in 2008". The
 * verb alone says nothing ("carried it to Geneva", "set it apart"); with its own particle after the object it runs or
 * founds the object, as "carried out" and "set up" do written whole. One list for the predicate lexicon
 * (predicateLeadingVerbs.ts) and for an object "it" between verb and particle (objectPronoun.ts).
 */
export interface SplitParticleVerb {
  /** The verb's forms, as a PredicateEntry phrase spells them. */
  phrase: string;
  /** The particle right after the object, as a source for a RegExp anchored at the object's end. */
  after: string;
}

export const SPLIT_PARTICLE_VERBS = {
  // "carried the project out of Geneva" moves it: "out of" is a preposition, not the particle.
  carryOut: { phrase: "carry|carries|carried|carrying", after: String.raw`^\s+out\b(?!\s+of\b)` },
  setUp: { phrase: "set|sets|setting", after: String.raw`^\s+up\b` },
} satisfies Record<string, SplitParticleVerb>;

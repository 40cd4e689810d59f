/** A reading's example sentences and the relation each must state ([type, sourceId, targetId]) or must not. */
export interface TripleExamples {
  positive: Array<{ text: string; expect: [string, string, string] }>;
  negative: Array<{ text: string; expect: [string, string, string] }>;
}

/** A page-level reading's examples: each is a page (its title and text) and the relation it must state or must not. */
export interface PageTripleExamples {
  id: string;
  positive: Array<{ title: string; text: string; expect: [string, string, string] }>;
  negative: Array<{ title: string; text: string; expect: [string, string, string] }>;
}

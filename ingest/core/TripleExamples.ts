/** A reading's example sentences and the relation each must state ([type, sourceId, targetId]) or must not. */
export interface TripleExamples {
  positive: Array<{ text: string; expect: [string, string, string] }>;
  negative: Array<{ text: string; expect: [string, string, string] }>;
}

/** An identity rule and its example documents (identityRules.ts says how the examples are read). */
export interface IdentityExample {
  text: string;
  /** Names (or aliases) that must resolve to one id. */
  same?: [string, string];
  /** Names (or aliases) that must resolve to two ids. */
  apart?: [string, string];
  present?: string[];
  absent?: string[];
  /** Further documents read with the example's text, as a corpus. */
  others?: string[];
  /** An entity id and how many times the example's text mentions it. */
  mentions?: { id: string; count: number };
}

export interface IdentityRule<T = string[]> {
  id: string;
  what: string;
  words: T;
  positive: IdentityExample[];
  negative: IdentityExample[];
}

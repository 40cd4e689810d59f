import type { Proposal } from "./predicateReader.js";
import type { HeadingEntity } from "./headingEntity.js";
import type { EntityRecord } from "./types.js";

/** What relate() (relate.ts) knows beyond the document: the entities recognised, the catalog's places, the meetings of a forum. */
export interface RelateContext {
  entities: Map<string, EntityRecord & { parentId?: string }>;
  /** Demonym → country id, for "the Belgian GFMD Chair". */
  demonyms?: Map<string, string>;
  /** City → country id, for "the third GFMD in Athens". */
  cities?: Map<string, string>;
  /** Seat city → country id: cities where international bodies sit, where a meeting may be a body's own. */
  seatCities?: ReadonlyMap<string, string>;
  /** Acronyms of the organizations the catalog knows ("UNCTAD"), to tell an agency's own meeting by its name. */
  organizationAcronyms?: ReadonlySet<string>;
  /** The forum's meeting of a year (catalog or discovered); with `known`, only one the graph or the catalog already holds. */
  eventFor?: (forumId: string, year: number, known?: boolean) => string | null;
  /** Sees every relation the predicate reader proposes, also where a rule already linked the pair (to judge the reader alone). */
  onPredicate?: (p: Proposal, sentence: { text: string; passageId: string; section: string | null }, linkedByRule: boolean) => void;
  /** The catalog entity a heading names (headingEntity.ts). */
  headingEntity?: HeadingEntity;
  /** The state's body a page is titled by ("X (ACR), Tinland - profile", titleState.ts), if the graph holds it. */
  pageStateBody?: (title: string) => string | null;
}

import type { EntityKind } from "../../src/ontology/ontology.js";
import type { HeadingEntity } from "./headingEntity.js";
import type { M } from "./mentionLists.js";
import type { HeadingList } from "./rules/listRules.js";
import type { EntityRecord, StructuredDocument } from "./types.js";

/** A list being read: what its rows are, and the entity they belong to. */
export type Heading = { list: HeadingList[]; topic: M | null; section: string | null };
/** What an unwritten end refers to, by kind (relate.ts's topicFor for one sentence). */
export type TopicOf = (kinds: readonly EntityKind[]) => M | null;
/** Reads one sentence's rows (or the rest of a label's line, shifted by `offset`) as rows of the open list. */
export type ReadRows = (text: string, ms: M[], offset?: number) => void;

/** What the reader needs to know of the page, once per document. */
export interface HeadingListPage {
  doc: StructuredDocument;
  /** The entity of one of `kinds` a label names (PageTopics.named). */
  named: (label: string | null | undefined, kinds: readonly EntityKind[]) => M | null;
  /** The latest salient entity of `kinds` (coreference). */
  latest: (kinds: EntityKind[], meetingFirst?: boolean) => M | null;
  headingEntity?: HeadingEntity;
  entities: Map<string, EntityRecord & { parentId?: string }>;
  /** The entities this page's text mentions (entities holds the whole run's). */
  onPage?: ReadonlySet<string>;
}

import type { EntityRecord } from "../../ingest/core/types.js";
import {
  EntityIndex,
  RelationIndex,
  endFormsFrom,
  entitiesFromFacts,
  normaliseName,
  quoteOccurs,
  scoreEntity,
  scoreFact,
  type EndForms,
  type EndSpec,
  type EntityOutcome,
  type ExpectedEntity,
  type Fact,
  type FactOutcome,
  type FormsOf,
  type Split,
} from "./devsetMatch.js";
import { matchDescribedMeetings } from "./meetingMatch.js";
import type { PipelineRun } from "./pipelineRun.js";

/** One dev set's graph scored against its facts and expected entities, each outcome tagged with its half. */
export interface SetResult {
  name: "corpus" | "unseen";
  run: PipelineRun;
  outcomes: Array<FactOutcome & { split: Split }>;
  absent: Array<FactOutcome & { split: Split }>;
  entities: Array<EntityOutcome & { split: Split }>;
  unassigned: Fact[];
  quoteMissing: Fact[];
  relationCount: number;
  entityCount: number;
}

export function evaluate(name: SetResult["name"], run: PipelineRun, facts: Fact[], splitFn: (f: Fact) => Split | null, expected: ExpectedEntity[] | null, formsOf: FormsOf): SetResult {
  const all = new Map<string, EntityRecord>();
  const perDoc = new Map<string, EntityIndex>();
  const byPage = new Map<string, EntityRecord[]>();
  for (const g of run.graphs) {
    for (const e of g.entities) all.set(e.id, e);
    perDoc.set(g.document.source, new EntityIndex(g.entities));
    byPage.set(g.document.source, g.entities);
  }
  const pageEntities = (file: string) => byPage.get(file) ?? [];
  const entityIndex = new EntityIndex(all.values());
  const relations = new RelationIndex(run.graphs);
  const text = new Map(run.sources.map((s) => [s.name, s.text]));

  const quoteMissing = facts.filter((f) => !quoteOccurs(f.quote, text.get(f.file) ?? ""));
  const unassigned: Fact[] = [];
  const withSplit: Array<Fact & { split: Split }> = [];
  for (const f of facts) {
    const split = splitFn(f);
    if (split) withSplit.push({ ...f, split });
    else unassigned.push(f);
  }
  const expectedList = (expected ?? entitiesFromFacts(withSplit)).map((e) => ({ ...e, split: e.split ?? null }));
  const pageIndex = (file: string) => perDoc.get(file) ?? new EntityIndex([]);
  const meetings = matchDescribedMeetings(expectedList.map((e) => ({ ...e, split: e.split ?? undefined })), withSplit, pageEntities, pageIndex, formsOf);
  const meetingIds = (file: string, name: string | undefined) => (name ? meetings.get(`${file}|${normaliseName(name)}`) : undefined);
  const namedForms = expected ? endFormsFrom(expected) : (_f: Fact, end: EndSpec) => end;
  const endForms: EndForms = (f, end) => {
    const spec = namedForms(f, end);
    return { ...spec, ids: meetingIds(f.file, end.name) };
  };
  const score = (f: Fact & { split: Split }) => ({ ...scoreFact(f, entityIndex, relations, formsOf, endForms), split: f.split });
  const outcomes = withSplit.filter((f) => !f.absent).map(score);
  const absent = withSplit.filter((f) => f.absent).map(score);

  const entities = expectedList
    .filter((e): e is ExpectedEntity & { split: Split } => e.split === "tune" || e.split === "validate")
    .map((e) => ({ ...scoreEntity({ ...e, ids: meetingIds(e.file, e.name) }, pageIndex(e.file), formsOf), split: e.split }));
  return { name, run, outcomes, absent, entities, unassigned, quoteMissing, relationCount: relations.size, entityCount: all.size };
}

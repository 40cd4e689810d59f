import type { EntityOutcome, FactOutcome, Split } from "./devsetMatch.js";
import type { SetResult } from "./evaluateSet.js";

/** A slice of a dev set to report on one line: its label, the scored set, its half, and (for a sealed round) its files. */
export type Slice = [label: string, set: SetResult, split: Split, files: Set<string> | null];

// A sealed round is a subset of the validate half, reported on its own line as well: one line per
// distinct `sealed` value of the manifest ("2026-12-02 round 5" is unseen/sealed-r5), in round order.
const sealedLabel = (sealed: string) => {
  const m = /round\s+(\d+)/i.exec(sealed);
  return `unseen/sealed-${m ? `r${m[1]}` : sealed.replace(/\s+/g, "-")}`;
};
const sealedOrder = (label: string) => Number(/-r(\d+)$/.exec(label)?.[1] ?? Number.MAX_SAFE_INTEGER);

/** Both halves of both sets, then one slice per sealed round of the unseen manifest. */
export function recallSlices(corpus: SetResult, unseen: SetResult, documents: ReadonlyArray<{ file: string; sealed?: string }>): Slice[] {
  const sealed = new Map<string, Set<string>>();
  for (const d of documents) {
    if (!d.sealed) continue;
    const label = sealedLabel(d.sealed);
    if (!sealed.has(label)) sealed.set(label, new Set());
    sealed.get(label)!.add(d.file);
  }
  return [
    ["corpus/tune", corpus, "tune", null],
    ["corpus/validate", corpus, "validate", null],
    ["unseen/tune", unseen, "tune", null],
    ["unseen/validate", unseen, "validate", null],
    ...[...sealed.entries()]
      .sort(([a], [b]) => sealedOrder(a) - sealedOrder(b) || a.localeCompare(b))
      .map(([label, files]): Slice => [label, unseen, "validate", files]),
  ];
}

const inSlice = (split: Split, files: Set<string> | null) => (x: { split: Split; file: string }) => x.split === split && (!files || files.has(x.file));

/** A slice's fact outcomes, absent-pair outcomes and entity outcomes. */
export function sliceOutcomes([, set, split, files]: Slice): { facts: Array<FactOutcome & { split: Split }>; absent: Array<FactOutcome & { split: Split }>; entities: Array<EntityOutcome & { split: Split }> } {
  const keep = inSlice(split, files);
  return {
    facts: set.outcomes.filter((x) => keep({ split: x.split, file: x.fact.file })),
    absent: set.absent.filter((x) => keep({ split: x.split, file: x.fact.file })),
    entities: set.entities.filter((x) => keep({ split: x.split, file: x.expected.file })),
  };
}

export interface SliceFigures {
  facts: number;
  /** Facts whose two ends are both in the graph: the share a relation reader could find at all. */
  endsFound: number;
  pair: number;
  typed: number;
  typedInFile: number;
  withYear: number;
  yearRight: number;
  entities: number;
  entitiesFound: number;
  kindRight: number;
  absent: number;
  falseLinks: number;
  anyLinks: number;
}

export function sliceFigures(slice: Slice): SliceFigures {
  const { facts: o, absent: a, entities: e } = sliceOutcomes(slice);
  return {
    facts: o.length,
    endsFound: o.filter((x) => x.endsFound).length,
    pair: o.filter((x) => x.pair).length,
    typed: o.filter((x) => x.typed).length,
    typedInFile: o.filter((x) => x.typedInFile).length,
    withYear: o.filter((x) => x.yearRight !== null).length,
    yearRight: o.filter((x) => x.yearRight === true).length,
    entities: e.length,
    entitiesFound: e.filter((x) => x.found).length,
    kindRight: e.filter((x) => x.kindRight).length,
    absent: a.length,
    // An absent pair is a claim about its own page; another page may state the link truly.
    falseLinks: a.filter((x) => x.typedInFile).length,
    anyLinks: a.filter((x) => x.pair).length,
  };
}

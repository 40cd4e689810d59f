/**
 * Judged precision samples (test/fixtures/judged/*.json): drawn by
 * bench/sample.ts with a seed at a commit, then filled in by a judge who
 * reads each item's evidence and sets `verdict`.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const RELATION_VERDICTS = ["right", "wrong-type", "wrong-direction", "unsupported"] as const;
export const ENTITY_VERDICTS = ["right", "wrong-kind", "fragment", "not-an-entity", "duplicate"] as const;

export interface SampledRelation {
  id: string;
  type: string;
  sourceId: string;
  sourceName: string;
  targetId: string;
  targetName: string;
  year: number | null;
  role: string | null;
  confidence: number;
  method: string;
  evidence: Array<{ document: string; section: string | null; text: string }>;
  /** One of RELATION_VERDICTS once judged; "" before. */
  verdict: string;
  note?: string;
}

export interface SampledEntity {
  id: string;
  name: string;
  kind: string;
  acronym: string | null;
  aliases: string[];
  origin: string;
  mention: { document: string; section: string | null; text: string } | null;
  /** One of ENTITY_VERDICTS once judged; "" before. */
  verdict: string;
  note?: string;
}

export interface JudgedSample {
  seed: number;
  commit: string;
  drawnAt: string;
  corpus: string[];
  population: { relations: number; entities: number };
  /** Who judged, when, and how (free text). */
  judge?: string;
  verdicts: { relations: readonly string[]; entities: readonly string[] };
  relations: SampledRelation[];
  entities: SampledEntity[];
}

export interface VerdictCounts {
  drawn: number;
  judged: number;
  right: number;
  /** verdict -> count, judged items only. */
  byVerdict: Map<string, number>;
}

function count(items: Array<{ verdict: string }>, allowed: readonly string[], where: string): VerdictCounts {
  const byVerdict = new Map<string, number>();
  let judged = 0;
  items.forEach((item, i) => {
    const v = (item.verdict ?? "").trim();
    if (!v) return;
    if (!allowed.includes(v)) throw new Error(`${where} item ${i + 1}: verdict "${v}" is not one of ${allowed.join(", ")}`);
    judged++;
    byVerdict.set(v, (byVerdict.get(v) ?? 0) + 1);
  });
  return { drawn: items.length, judged, right: byVerdict.get("right") ?? 0, byVerdict };
}

export interface JudgedSummary {
  file: string;
  seed: number;
  commit: string;
  drawnAt: string;
  relations: VerdictCounts;
  entities: VerdictCounts;
}

export function summariseJudged(file: string, sample: JudgedSample): JudgedSummary {
  if (!Array.isArray(sample.relations) || !Array.isArray(sample.entities)) throw new Error(`${file}: expected "relations" and "entities" arrays`);
  return {
    file,
    seed: sample.seed,
    commit: sample.commit,
    drawnAt: sample.drawnAt,
    relations: count(sample.relations, RELATION_VERDICTS, `${file} relations`),
    entities: count(sample.entities, ENTITY_VERDICTS, `${file} entities`),
  };
}

/** Every *.json in `dir`, summarised; a missing folder is an empty list. */
export function readJudged(dir: string): { summaries: JudgedSummary[]; errors: string[] } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
  } catch {
    return { summaries: [], errors: [] };
  }
  const summaries: JudgedSummary[] = [];
  const errors: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      summaries.push(summariseJudged(path, JSON.parse(readFileSync(path, "utf8")) as JudgedSample));
    } catch (e) {
      errors.push(`${path}: ${(e as Error).message}`);
    }
  }
  return { summaries, errors };
}

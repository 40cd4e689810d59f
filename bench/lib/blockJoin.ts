/**
 * What joins two ends of a fact that no single passage names together (bench only: a census, never the pipeline).
 * Each end is placed in the passages that name it (name, acronym or alias), in the page title and in section
 * headings; the first join that holds names the structure a reader would have to follow:
 *   heading     a passage naming one end sits under a heading (or the heading above it) naming the other;
 *   title       one end is named in the page title and the other only in the body;
 *   label-row   the other end stands in a "Label: …" row (or a list item) and the first end is named earlier;
 *   news        both ends stand in one news article's passages;
 *   hub-earlier one end is named first and never again near the other, which comes later;
 *   other       anything else (both only in headings, or the order is reversed).
 */
import type { DocumentGraph, EntityRecord } from "../../ingest/core/types.js";

export interface BlockFact {
  file: string;
  split: string | undefined;
  type: string;
  source: string;
  target: string;
  klass: string;
  join: string;
  detail: string;
}

type Passage = DocumentGraph["passages"][number];
const LABEL_ROW = /^[A-Z][\w ,'/()-]{0,40}:\s*\S/;

const sentenceOf = (text: string, re: RegExp) =>
  text
    .split(/(?<=[.!?;])\s+|\n+/)
    .find((s) => re.test(s.toLowerCase()))
    ?.slice(0, 220) ?? "";

/** The join of a fact whose ends are built; null when some passage names both, or an end is named nowhere. */
export function blockJoin(
  g: DocumentGraph,
  src: EntityRecord[],
  tgt: EntityRecord[],
  formRegex: (e: EntityRecord) => RegExp | null,
): Pick<BlockFact, "join" | "detail"> | null {
  const res = (ends: EntityRecord[]) => ends.map(formRegex).filter((r): r is RegExp => !!r);
  const [rs, rt] = [res(src), res(tgt)];
  const names = (text: string | null | undefined, rx: RegExp[]) => !!text && rx.some((r) => r.test(text.toLowerCase()));
  const inText = (rx: RegExp[]) => g.passages.map((p, i) => (names(p.text, rx) ? i : -1)).filter((i) => i >= 0);
  const [ps, pt] = [inText(rs), inText(rt)];
  if (ps.some((i) => pt.includes(i))) return null;
  const title = g.document.title;
  const [ts, tt] = [names(title, rs), names(title, rt)];
  const heads = (p: Passage, rx: RegExp[]) => names(p.section, rx) || names(p.headingAbove, rx);
  if (!ps.length && !pt.length) return null;
  if (!ps.length && !ts && !g.passages.some((p) => heads(p, rs))) return null;
  if (!pt.length && !tt && !g.passages.some((p) => heads(p, rt))) return null;
  const at = (i: number | undefined, rx: RegExp[]) => {
    if (i === undefined) return "      -";
    const p = g.passages[i]!;
    const rx0 = rx.find((r) => r.test(p.text.toLowerCase()))!;
    return `      #${i} ${p.kind}${p.article !== null ? ` art${p.article}` : ""} [${p.headingAbove ? `${p.headingAbove} > ` : ""}${p.section ?? ""}] ${sentenceOf(p.text, rx0)}`;
  };
  const detail = [`      title: ${title}${ts ? " (names source)" : ""}${tt ? " (names target)" : ""}`, at(ps[0], rs), at(pt[0], rt)].join("\n");
  let join = "other";
  if (pt.some((i) => heads(g.passages[i]!, rs)) || ps.some((i) => heads(g.passages[i]!, rt))) join = "heading";
  else if ((ts && !tt) || (tt && !ts)) join = "title";
  else {
    const first = Math.min(...ps, ...pt);
    const [early, late] = ps.includes(first) ? [ps, pt] : [pt, ps];
    const lateRow = late.some((i) => LABEL_ROW.test(g.passages[i]!.text) || g.passages[i]!.kind === "list-item");
    const article = (i: number) => g.passages[i]!.article;
    if (early.length && late.length && article(early[0]!) !== null && early.some((i) => late.some((j) => article(i) === article(j)))) join = "news";
    else if (early.length && late.length && lateRow) join = "label-row";
    else if (early.length && late.length) join = "hub-earlier";
  }
  return { join, detail };
}

/** The `--scale` table of bench/api.ts: p50 per op and target at 1× and at N×, and ours/raw at each size. */
interface Figures {
  op: string;
  target: string;
  p50: number;
  rps: number;
}

export function scaleTable(ops: string[], targets: readonly string[], at1: Figures[], atN: Figures[], n: number): string {
  const find = (rows: Figures[], op: string, target: string) => rows.find((r) => r.op === op && r.target === target);
  const f = (x: number | undefined) => (x === undefined ? "-" : x.toFixed(2)).padStart(10);
  const lines = [`\np50 at 1× and ${n}× (ms); ${n}×/1× per target; ours/raw at each size`];
  lines.push(`${"op".padEnd(22)}${targets.map((t) => `${t} 1×`.padStart(18) + `${n}×`.padStart(10) + `${n}×/1×`.padStart(9)).join("")}${"ours/raw 1×".padStart(13)}${`ours/raw ${n}×`.padStart(14)}`);
  for (const op of ops) {
    const cells = targets.map((t) => {
      const a = find(at1, op, t)?.p50;
      const b = find(atN, op, t)?.p50;
      return f(a).padStart(18) + f(b) + (a && b ? (b / a).toFixed(2) : "-").padStart(9);
    });
    const ratio = (rows: Figures[]) => {
      const ours = find(rows, op, "ours")?.p50;
      const raw = find(rows, op, "raw-cypher")?.p50;
      return ours && raw ? ours / raw : undefined;
    };
    lines.push(`${op.padEnd(22)}${cells.join("")}${f(ratio(at1)).padStart(13)}${f(ratio(atN)).padStart(14)}`);
  }
  return lines.join("\n");
}

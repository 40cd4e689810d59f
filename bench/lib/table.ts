/** Plain-text tables for the benchmark reports (first column left-aligned, the rest right-aligned). */
export const log = (line = "") => process.stdout.write(`${line}\n`);

export function table(header: string[], rows: Array<Array<string | number>>): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => "  " + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  log(line(cells[0]!));
  log("  " + widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of cells.slice(1)) log(line(r));
}

import type { SourceFile } from "../../ingest/core/types.js";

/** n copies of the corpus; copy k's files are named "copyKK-<name>" so document ids differ (ingest.ts, scaleProbe.ts). */
export function scaled(sources: SourceFile[], n: number): SourceFile[] {
  const out: SourceFile[] = [];
  for (let k = 0; k < n; k++) {
    const prefix = `copy${String(k).padStart(2, "0")}-`;
    for (const s of sources) out.push({ ...s, name: `${prefix}${s.name}`, path: `${prefix}${s.path}` });
  }
  return out;
}

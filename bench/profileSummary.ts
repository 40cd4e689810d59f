/**
 * Summarise a V8 CPU profile (the .cpuprofile file `node --cpu-prof` writes) by self and inclusive time, per function
 * and per source file. Inclusive time counts a sample once per function (or file) however deeply it recurses, so the
 * figures of a recursive reader are not inflated. With a third argument, the self time of the files whose path contains
 * it, line by line (V8's position ticks; lines of the file that ran, so profile the compiled dist/ for readable ones).
 * Usage: npx tsx bench/profileSummary.ts FILE.cpuprofile [top N] [file part]
 */
import { readFileSync } from "node:fs";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
  positionTicks?: Array<{ line: number; ticks: number }>;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg, linesOf] = process.argv.slice(2);
if (!file) throw new Error("usage: profileSummary FILE.cpuprofile [top N]");
const top = Number(topArg ?? 40);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);

const fileOf = (f: CallFrame): string => (f.url ? f.url.replace(/^file:\/\//, "").replace(/^.*\/(node_modules|wt\/[^/]+)\//, "") : "(native)");
const functionOf = (f: CallFrame): string => `${f.functionName || "(anonymous)"} ${fileOf(f)}:${f.lineNumber + 1}`;

/** Time per sampled leaf node, in microseconds. */
const leafTime = new Map<number, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  leafTime.set(id, (leafTime.get(id) ?? 0) + dt);
  total += dt;
});

const selfFn = new Map<string, number>();
const inclFn = new Map<string, number>();
const selfFile = new Map<string, number>();
const inclFile = new Map<string, number>();
const add = (m: Map<string, number>, k: string, t: number) => m.set(k, (m.get(k) ?? 0) + t);

for (const [leaf, t] of leafTime) {
  const frame = byId.get(leaf)!.callFrame;
  add(selfFn, functionOf(frame), t);
  add(selfFile, fileOf(frame), t);
  const fns = new Set<string>();
  const files = new Set<string>();
  for (let id: number | undefined = leaf; id !== undefined; id = parentOf.get(id)) {
    const f = byId.get(id)!.callFrame;
    fns.add(functionOf(f));
    files.add(fileOf(f));
  }
  for (const k of fns) add(inclFn, k, t);
  for (const k of files) add(inclFile, k, t);
}

const show = (title: string, m: Map<string, number>) => {
  console.log(`== ${title}`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((100 * t) / total).toFixed(1).padStart(5)}% ${(t / 1000).toFixed(0).padStart(7)} ms  ${k}`);
  }
};
console.log(`total ${(total / 1000).toFixed(0)} ms sampled`);
show("self, per function", selfFn);
show("inclusive, per function", inclFn);
show("self, per file", selfFile);
show("inclusive, per file", inclFile);

if (linesOf) {
  // Ticks, not time: a sample's share of its node's self time is the same for every tick of that node.
  const ticks = new Map<string, number>();
  let all = 0;
  for (const n of profile.nodes) {
    for (const p of n.positionTicks ?? []) {
      all += p.ticks;
      if (fileOf(n.callFrame).includes(linesOf)) add(ticks, `${fileOf(n.callFrame)}:${p.line} ${n.callFrame.functionName || "(anonymous)"}`, p.ticks);
    }
  }
  console.log(`== self ticks by line, files containing "${linesOf}" (of ${all} ticks)`);
  for (const [k, t] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * t) / all).toFixed(2).padStart(6)}% ${String(t).padStart(6)}  ${k}`);
}

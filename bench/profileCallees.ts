/**
 * Where one function's time goes, callee by callee, from a V8 CPU profile (`node --cpu-prof`): every sample under the
 * function (its outermost frame of that name, so recursion counts once) is given to the direct callee on its path, or
 * to "(self)". profileSummary.ts ranks functions by inclusive time; this splits one of them into its readers, e.g.
 * `recognise` into acronymDefinitions, catalogMentions, openSetNames …, or `applyRules` into fire and matchAt.
 * A regular expression's own time shows as a "RegExp: …" callee where V8 did not inline it into the caller.
 * Usage: npx tsx bench/profileCallees.ts FILE.cpuprofile FUNCTION[:LINE] [file part] [top N]
 *   FUNCTION is the profile's function name ("(anonymous)" for an arrow, with the LINE this tool prints for it);
 *   "file part" narrows it to frames whose script path contains it.
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, target, filePart = "", topArg] = process.argv.slice(2);
if (!file || !target) throw new Error("usage: profileCallees FILE.cpuprofile FUNCTION [file part] [top N]");
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
// Time per leaf node: a sample's delta is the time until the next sample.
const leafTime = new Map<number, number>();
profile.samples.forEach((id, i) => leafTime.set(id, (leafTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const label = (n: ProfileNode) => `${n.callFrame.functionName.slice(0, 70) || "(anonymous)"} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber + 1}`;
// An unnamed function (a reader written as an arrow) is asked for as "(anonymous)", with its file part and line.
const [targetName, targetLine] = target.split(":");
const isTarget = (n: ProfileNode) =>
  (n.callFrame.functionName || "(anonymous)") === targetName && n.callFrame.url.includes(filePart) && (targetLine === undefined || n.callFrame.lineNumber + 1 === Number(targetLine));

const byCallee = new Map<string, number>();
let total = 0;
for (const [leaf, t] of leafTime) {
  const path: ProfileNode[] = [];
  for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) path.push(byId.get(id)!);
  // The outermost frame of the function: a recursive call's time is the outer call's callee's.
  let at = -1;
  for (let i = path.length - 1; i >= 0 && at === -1; i--) if (isTarget(path[i]!)) at = i;
  if (at === -1) continue;
  total += t;
  const key = at === 0 ? "(self)" : label(path[at - 1]!);
  byCallee.set(key, (byCallee.get(key) ?? 0) + t);
}

const ms = (us: number) => (us / 1000).toFixed(0).padStart(8);
console.log(`${target}${filePart ? ` (${filePart})` : ""}: ${ms(total).trim()} ms inclusive`);
for (const [key, t] of [...byCallee].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(t)} ms  ${((100 * t) / (total || 1)).toFixed(1).padStart(5)}%  ${key}`);

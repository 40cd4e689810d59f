import type { Hit } from "./nameTrim.js";
import { OWNED_PARTS_LEAD_IN } from "./namePatterns.js";
import type { PassageScan } from "./PassageScan.js";

/**
 * The body a sub-unit named without its parent belongs to, read before it: the body before a dash ("the Office of
 * Legal Affairs – Division for Ocean Affairs"), or the body whose parts the sentence lists ("two ILO branches, the
 * Labour Migration Branch and …", OWNED_PARTS_LEAD_IN; the body is named before its parts, so the link is stated).
 */
export function subunitOwnerBefore(scan: PassageScan, start: number): Hit | undefined {
  const { text } = scan;
  const dash = /\s[–—-]\s$/.exec(text.slice(Math.max(0, start - 3), start));
  const body = dash ? scan.mentions.find((x) => x.kind === "ORGANIZATION" && x.localEnd === start - dash[0].length) : undefined;
  if (body) return { start: body.localStart, end: body.localEnd, id: body.key, kind: "ORGANIZATION" };
  const owner = scan.mentions.find((x) => x.kind === "ORGANIZATION" && x.localEnd < start && OWNED_PARTS_LEAD_IN.test(text.slice(x.localEnd, start)));
  return owner ? { start: -1, end: -1, id: owner.key, kind: "ORGANIZATION" } : undefined;
}

import type { M } from "./mentionLists.js";
import { listAt } from "./mentionLists.js";

/**
 * "Hosted by Indonesia in 2011, the meeting gathered 40 members", "Co-hosted by Kenya and Uganda." (a profile's line):
 * a sentence that opens on its host names the meeting of its main clause, the forum or meeting its subject names
 * ("…, the Coastal Forum adopted"), else, where the main clause names none, what the page or section is about. The
 * sink (relationSink.ts) turns a standing forum into the meeting of the year the sentence states, when that meeting
 * is known. Test: test/unit/frontedHost.test.ts.
 */
const FRONTED = /^\s*(?:(?:Co-|Jointly\s+)?[Hh]osted|Co-hosted)\s+by\s+(?:the\s+)?/;
/** The clause of hosting ends at its comma (after the hosts and their place and date) or the sentence's end. */
const CLAUSE_END = /,(?!\s*(?:and\s+)?(?:the\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*\s*(?:,|and\b))|[.;]|$/u;

export function frontedHosts(text: string, ms: readonly M[], topic: () => M | null): Array<{ host: string; target: string }> {
  const lead = FRONTED.exec(text);
  if (!lead) return [];
  const from = lead[0].length;
  const end = from + CLAUSE_END.exec(text.slice(from))!.index;
  const hosts = listAt(ms.filter((m) => m.kind === "COUNTRY" && m.start >= from && m.end <= end), text, from, end);
  if (hosts.length === 0) return [];
  // The main clause's subject, right after the comma: "…, the Coastal Forum adopted …".
  const subject = text[end] === "," ? ms.find((m) => m.start > end && /^,\s*(?:the\s+)?$/i.test(text.slice(end, m.start))) : undefined;
  const rest = text.slice(end).replace(/^[,.;\s]*/, "");
  const target = subject ? (subject.kind === "FORUM" ? subject : null) : rest === "" || /^the (?:meeting|conference|summit|session|forum|consultation|event)\b/i.test(rest) ? topic() : null;
  return target && target.kind === "FORUM" ? hosts.map((h) => ({ host: h.id, target: target.id })) : [];
}

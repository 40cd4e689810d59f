import { DESCRIPTION_HEADS } from "./descriptionHeads.js";
import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * Heads a name must carry for "the <head>" to stand for it (descriptionHeads.ts `carries`), written in lower case: the
 * words a body may be defined by ("a network", "an alliance", "an agency"). A phase or a meeting is no class a body is.
 */
const CLASS_HEADS = [...new Set(DESCRIPTION_HEADS.filter((h) => h.carries && !h.event && !h.words.includes("phase")).flatMap((h) => h.words).filter((w) => /^[a-z]/.test(w)))].sort((a, b) => b.length - a.length);
/** Words that start a phrase of their own, so that the head after them is another thing's ("a member of the network"). */
const NOT_MODIFIER = /^(?:of|in|for|with|and|or|to|by|on|at|from|the|its|their|member|members|part|partners|observer|host|chair|secretariat)$/;
const DEFINITION = new RegExp(`^\\s*(?:\\([^)]*\\)\\s*)?(?:,\\s*|\\s+(?:is|was|has\\s+been|became|remains)\\s+)(?:a|an)\\s+((?:[a-z][\\w-]*\\s+){0,3}?)(${CLASS_HEADS.map((w) => w.replace(/ /g, "\\s+")).join("|")})\\b(?!-)`);

/**
 * "ERSO is a network of European NGOs", "The Kivu Compact, an alliance of …": the class noun the sentence's opening
 * subject is defined by, which "the network", "the alliance" then speak of though its name does not carry the word
 * (coreference.ts, describedReferent.ts). Only the subject that opens the sentence, only a class said of it without
 * negation or a phrase between ("is a member of the network" defines nothing).
 */
export function definedClass(text: string, ms: readonly M[]): { id: string; noun: string } | null {
  const subject = [...ms].sort((a, b) => a.start - b.start)[0];
  if (!subject || !/^[\s"“(]*(?:[Tt]he\s+)?$/.test(text.slice(0, subject.start))) return null;
  const m = DEFINITION.exec(text.slice(subject.end));
  if (!m) return null;
  if (m[1]!.trim().split(/\s+/).some((w) => NOT_MODIFIER.test(w))) return null;
  // Another mention inside the defining phrase ("is a UNHCR-led network") makes the class that body's as well: none.
  const phraseEnd = subject.end + m.index + m[0].length;
  if (ms.some((o) => o !== subject && o.start >= subject.end && o.start < phraseEnd)) return null;
  return { id: subject.id, noun: m[2]!.replace(/\s+/g, " ") };
}

/** Pages the defined class must read right ([type, sourceId, targetId]); test/unit/coreference.test.ts runs them. */
export const DEFINED_CLASS_EXAMPLES: TripleExamples = {
  positive: [
    // The name has no "network" in it; the page said what the body is, and "the network" in another section is it.
    { text: "NRSO - Nordic Return Support Organisations\n\nNRSO is a network of Nordic charities that advise people going home.\n\nWho belongs\nThe Danish Refugee Council is a founding member of the network.\n", expect: ["PARTICIPATES_IN", "org:danish-refugee-council", "ini:nrso"] },
    { text: "Kivu Learning Compact\n\nThe Kivu Learning Compact, an alliance of schools and ministries, started in 2021.\n\nSupport\nUNICEF supports the alliance.\n", expect: ["SUPPORTS", "org:unicef", "ini:kivu-learning-compact"] },
  ],
  negative: [
    // Being a member of a network defines no network: "the network" stays unresolved.
    { text: "NRSO - Nordic Return Support Organisations\n\nThe Norwegian Refugee Council is a member of the network of Nordic charities.\n\nWho belongs\nThe Danish Refugee Council is a founding member of the network.\n", expect: ["MEMBER_OF", "org:danish-refugee-council", "org:norwegian-refugee-council"] },
    // A network named in full since is what "the network" then speaks of, not the body defined as one before it.
    { text: "NRSO - Nordic Return Support Organisations\n\nNRSO is a network of Nordic charities that advise people going home. In 2019 it met the Baltic Migrant Support Network in Riga. The Danish Refugee Council is a founding member of the network.\n", expect: ["PARTICIPATES_IN", "org:danish-refugee-council", "ini:nrso"] },
  ],
};

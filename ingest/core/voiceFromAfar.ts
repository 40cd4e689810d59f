import type { EntityKind } from "../../src/ontology/ontology.js";

/**
 * A voice lent from afar is no presence at a meeting: a video or recorded message, speaking by video link, joining
 * online or remotely, a written word sent. Whoever it is, a state too, was not there. A body that read out or
 * delivered another's message was there, and the message's sender is the one who lent its voice ("IOM read out a
 * message from the UN Secretary-General" keeps IOM). The presence test of the question sections (questionSection.ts),
 * kept apart so the participation rules can ask the same one; they do not yet: "took part online" or "spoke by video
 * link" after a meeting is still read as taking part by took-part-implicit and acted-at-meeting-implicit.
 */
const REMOTE = /\b(?:(?:video|recorded)\s+(?:message|statement|address)|by\s+video(?:[-\s]?(?:link|conference))?|(?:joined|spoke|took\s+part|participated|attended)\s+(?:online|virtually|remotely))\b/i;
// A body that sent a written word was not there. A state's leader speaking stands for the state (the participation
// rules), so a state's sending is left to them.
const SENT_MESSAGE = /\b(?:written\s+(?:message|statement|address)|sent\s+(?:a|an|the|his|her|their|its)\s+(?:\w+\s+)?(?:message|statement|greetings))\b/i;
// The name right after "a message from" (or "of") is the message's sender.
const MESSAGE_FROM = /\bmessage\s+(?:of\s+[\w-]+\s+)?(?:from|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}$/i;

/**
 * Whether `clause`, the clause that names a body of kind `kind`, tells of its voice from afar; `before` is the clause's
 * words up to the body's name.
 */
export function voiceFromAfar(clause: string, kind: EntityKind, before: string): boolean {
  return REMOTE.test(clause) || (SENT_MESSAGE.test(clause) && kind === "ORGANIZATION") || MESSAGE_FROM.test(before);
}

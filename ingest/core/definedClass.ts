import { DESCRIPTION_HEADS } from "./descriptionHeads.js";
import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * Heads a name must carry for "the <head>" to stand for it (descriptionHeads.ts `carries`), written in lower case: the
 * words a body may be defined by ("a network", "an alliance", "an agency"). A meeting (`event`) or a part of a programme (`part`) is no class a body is.
 */
const CLASS_HEADS = [...new Set(DESCRIPTION_HEADS.filter((h) => h.carries && !h.event && !h.part).flatMap((h) => h.words).filter((w) => /^[a-z]/.test(w)))].sort((a, b) => b.length - a.length);
/** Words that start a phrase of their own, so that the head after them is another thing's ("a member of the network"). */
const NOT_MODIFIER = /^(?:of|in|for|with|and|or|to|by|on|at|from|the|its|their|member|members|part|partners|observer|host|chair|secretariat)$/;
/**
 * Only a class that still holds ("is", "has been", "remains"; not "was", "became": a body that was a network may be
 * none now), and only where the class noun ends its phrase: "of", "that", "which" or the clause's end follow it. "A
 * network partner", "an alliance member" name a role, not what the body is.
 */
const DEFINITION = new RegExp(`^\\s*(?:\\([^)]*\\)\\s*)?(?:,\\s*|\\s+(?:is|has\\s+been|remains)\\s+)(?:a|an)\\s+((?:[a-z][\\w-]*\\s+){0,3}?)(${CLASS_HEADS.map((w) => w.replace(/ /g, "\\s+")).join("|")})(?:\\s+(?:of|that|which|where|(?:on|in|through)\\s+which)\\b|\\s*(?:[,.;:)]|$))`);

/**
 * "The Harbour Welcome Circle is a network that links port chaplains", "The Kivu Compact, an alliance of …": the class noun the sentence's opening
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
    { text: "Harbour Welcome Circle\n\nThe Harbour Welcome Circle is a network that links port chaplains in Kenya.\n\nMembers\nThe Danish Refugee Council is a founding member of the network.\n", expect: ["PARTICIPATES_IN", "org:danish-refugee-council", "ini:harbour-welcome-circle"] },
    { text: "Kivu Learning Compact\n\nThe Kivu Learning Compact, an alliance of schools and ministries, started in 2021.\n\nSupport\nUNICEF supports the alliance.\n", expect: ["SUPPORTS", "org:unicef", "ini:kivu-learning-compact"] },
    // A class noun the clause after it goes on from ("a website on which …"): "the site" is the body defined as one.
    { text: "Dockside Reviews\n\nThe Dockside Reviews, a website on which seafarers rate the agencies that hired them, opened in 2019.\n\nMoney\nThe site receives funding from Norway.\n", expect: ["FUNDS", "ctry:no", "ini:dockside-reviews"] },
    // A name with "Portal" carries "the site" (an online service by either word).
    { text: "Tideway Jobs Portal\n\nThe Tideway Jobs Portal lets deckhands compare crewing agencies.\n\nMoney\nThe site has been funded by Denmark since 2020.\n", expect: ["FUNDS", "ctry:dk", "ini:tideway-jobs-portal"] },
  ],
  negative: [
    // Two portals named together: "the site" after them is neither.
    { text: "Two services\n\nThe Tideway Jobs Portal and the Upland Housing Portal opened in 2021.\n\nMoney\nThe site receives funding from Denmark.\n", expect: ["FUNDS", "ctry:dk", "ini:tideway-jobs-portal"] },
    // "the site of the launch" is a place, no description of the portal.
    { text: "Tideway Jobs Portal\n\nThe Tideway Jobs Portal lets deckhands compare crewing agencies.\n\nLaunch\nThe site of the launch was offered by Denmark.\n", expect: ["SUPPORTS", "ctry:dk", "ini:tideway-jobs-portal"] },
    // Being a member of a network defines no network (NOT_MODIFIER): "the network" is not the forum.
    { text: "Lakeshore Youth Forum\n\nThe Lakeshore Youth Forum is a member of the network of river-town councils.\n\nMoney\nNorway funds the network.\n", expect: ["SUPPORTS", "ctry:no", "forum:lakeshore-youth-forum"] },
    // A class noun another noun follows names a role ("a network partner"), and "was" says what the body no longer is.
    { text: "Lakeshore Youth Forum\n\nThe Lakeshore Youth Forum is a network partner of river-town councils.\n\nMoney\nNorway funds the network.\n", expect: ["SUPPORTS", "ctry:no", "forum:lakeshore-youth-forum"] },
    { text: "Lakeshore Youth Forum\n\nThe Lakeshore Youth Forum was a network of river-town councils until 2015.\n\nMoney\nNorway funds the network.\n", expect: ["SUPPORTS", "ctry:no", "forum:lakeshore-youth-forum"] },
    // A network named in full since is what "the network" then speaks of, not the body defined as one before it.
    { text: "Harbour Welcome Circle\n\nThe Harbour Welcome Circle is a network that links port chaplains in Kenya. In 2020 it signed a pact with the Coastal Clinics Network in Mombasa. The Danish Refugee Council is a founding member of the network.\n", expect: ["PARTICIPATES_IN", "org:danish-refugee-council", "ini:harbour-welcome-circle"] },
  ],
};

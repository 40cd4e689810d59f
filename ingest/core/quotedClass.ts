import type { M } from "./mentionLists.js";
import type { TripleExamples } from "./TripleExamples.js";

/**
 * QUOTED_CLASS: "UNDP runs the project "Joint Support to the Response", which backs the platform's secretariat": a quoted
 * title after a class noun ("the project", "a campaign") is of that class, as a body defined by "X is a network" is
 * (definedClass.ts). "The project" further on may then speak of it, and "the platform" does not: a project is no
 * platform. Only a programme's nouns, and only the quote opening right after the noun.
 */
export const QUOTED_CLASS = {
  id: "quoted-class",
  examples: {
    positive: [
      // "the network" is carried by no name: the quoted title the page classed as a network is what it speaks of.
      { text: "Harbour Friends\n\nIn 2019 IOM set up the network \"Harbour Friends\" in Mombasa.\n\nSupport\nUNICEF supports the network.\n", expect: ["SUPPORTS", "org:unicef", "ini:harbour-friends"] },
    ],
    negative: [
      // The project the quote classes is no platform: "the platform" is some other thing, here left unnamed.
      { text: "Tinland Jobs Board\n\nIn 2019 Tinland set up the Tinland Jobs Board. UNDP runs the project \"Joint Support to Tinland Labour\".\nNorway funds the platform.\n", expect: ["FUNDS", "ctry:no", "ini:joint-support-to-tinland-labour"] },
    ],
  } satisfies TripleExamples,
};

/** "the project "X"", "a campaign ‘X’": the class noun right before the quote that opens a mention. */
const CLASS_BEFORE_QUOTE = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}?(programme|program|project|initiative|facility|platform|campaign|partnership|network)\s+["“‘«]$/;

/** The mentions of `ms` a quoted title with a class noun before it names, with that noun. */
export function quotedClasses(text: string, ms: readonly M[]): Array<{ id: string; noun: string }> {
  const out: Array<{ id: string; noun: string }> = [];
  for (const m of ms) {
    if (m.via === "coref" || m.start < 2) continue;
    // The mention may open on the quote itself or right after it.
    const before = text.slice(Math.max(0, m.start - 60), m.start + (/^["“‘«]/.test(text.slice(m.start)) ? 1 : 0));
    const c = CLASS_BEFORE_QUOTE.exec(before);
    if (c) out.push({ id: m.id, noun: c[1]!.toLowerCase() });
  }
  return out;
}

import type { M } from "./mentionLists.js";
import type { PageTreaty } from "./implicitObject.js";

/** A treaty spoken of without its name: "a border treaty", "the protocol", "trade agreements" (lowercase: a name is capitalised). */
const UNNAMED_TREATY = /(?:\b([Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Aa]n?|[Aa]nother|[Oo]ther)\s+)?(?:[\w-]+\s+){0,2}?\b(treaty|treaties|agreement|agreements|protocol|protocols|pact|pacts)\b/g;
/** What every noun UNNAMED_TREATY ends on starts with, as written (lower case). */
const TREATY_NOUN_STEMS = ["treat", "agreement", "protocol", "pact"];

/**
 * Whether the text speaks of a treaty other than the page's without naming it. "The treaty", "this regional
 * agreement" on the page of an Agreement is the page's own one spoken of again; "a border treaty", "another pact",
 * "the protocol" on a convention's page, "bilateral agreements" are others.
 */
function unnamedOther(text: string, ownName: string): boolean {
  // Asked of every sentence: most write no treaty noun, and the pattern tries up to three words at every letter.
  if (!TREATY_NOUN_STEMS.some((stem) => text.includes(stem))) return false;
  for (const m of text.matchAll(UNNAMED_TREATY)) {
    const [, determiner, noun] = m;
    const other = /^(?:an?|another|other)$/i.test(determiner ?? "") || noun!.endsWith("s");
    if (other || !(noun === "treaty" || ownName.toLowerCase().split(/[^a-z]+/).includes(noun!))) return true;
  }
  return false;
}

/**
 * What a section has said of treaties so far, sentence by sentence: the ones it named and whether it spoke of one
 * without naming it. A bare "Peru ratified on 3 May 2016" is said of the page's (or the heading's) treaty only where
 * the section has spoken of no other: after "Belize ratified the Refugee Convention" or "signed a border treaty", the
 * bare verb may well be about that one.
 */
export class SectionTreaties {
  private readonly named = new Set<string>();
  private unnamed = false;
  /** The section's own treaty and its name, read at the section's first sentence (undefined: not read yet). */
  private own: { m: M | null; name: string } | undefined;

  /** A new section: nothing said yet, its own treaty not read yet. */
  clear(): void {
    this.named.clear();
    this.unnamed = false;
    this.own = undefined;
  }

  /**
   * The reader for one sentence (its text and mentions); the sentence's words then count for the sentences after it.
   * The section's own treaty (`read`: its heading's, else the page's) is read once, at its first sentence, and named by
   * `nameOf`. The reader looks at the sentence only up to where it is asked (`before`).
   */
  pageTreaty(text: string, ms: readonly M[], read: () => M | null, nameOf: (id: string) => string): PageTreaty {
    if (!this.own) {
      const m = read();
      this.own = { m, name: m ? nameOf(m.id) : "" };
    }
    const { m: own, name: ownName } = this.own;
    const named = new Set(this.named);
    const unnamed = this.unnamed;
    const treaties = ms.filter((m) => m.kind === "CONVENTION" && m.via !== "coref");
    for (const m of treaties) this.named.add(m.id);
    if (unnamedOther(text, ownName)) this.unnamed = true;
    return (before) => {
      if (!own || unnamed || [...named].some((id) => id !== own.id)) return null;
      if (treaties.some((m) => m.end <= before && m.id !== own.id) || unnamedOther(text.slice(0, before), ownName)) return null;
      return own;
    };
  }
}

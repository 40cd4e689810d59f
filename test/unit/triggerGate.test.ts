import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "../../ingest/core/analysis.js";
import { RELATION_RULES } from "../../ingest/core/relationTable.js";
import { TRIGGER_SEQUENCES } from "../../ingest/core/compiledRules.js";
import { SLOT_WORDS, sequenceCanMatch, slotWordsIn } from "../../ingest/core/triggerGate.js";

/**
 * The gate may skip the analysis of a stretch only when no rule could fire on it. That holds when every
 * token's lower-case text and lemma that some trigger slot wants is among the words the gate reads from
 * the raw text; checked here on every sentence of the bundled corpus as wink analyses it.
 */
const require = createRequire(import.meta.url);
const corpus = "data/corpus";
const sentences = readdirSync(corpus)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(join(corpus, f), "utf8").split(/(?<=[.!?:])\s+|\n\s*\n/))
  .map((s) => s.replace(/\s+/g, " ").trim())
  .filter((s) => s.length > 0 && s.length < 2000);

describe("trigger gate before analysis", () => {
  it("reads every slot word wink's tokens present, as text or lemma, on every corpus sentence", () => {
    const slots = TRIGGER_SEQUENCES.flat();
    const missed: string[] = [];
    for (const s of sentences) {
      const present = slotWordsIn(s);
      for (const t of analyse(s).tokens) {
        if (!SLOT_WORDS.has(t.lower) && !SLOT_WORDS.has(t.lemma)) continue;
        // The rule engine's own test of a slot (lemma or lower-case text); the gate must see one of its words.
        for (const slot of slots) if ((slot.alts.has(t.lemma) || slot.alts.has(t.lower)) && ![...slot.alts].some((a) => present.has(a))) missed.push(`${t.lemma} (${t.text}) in: ${s.slice(0, 80)}`);
      }
    }
    expect(sentences.length).toBeGreaterThan(5000);
    expect(missed).toEqual([]);
  });

  it("reads a slot word from every form wink's exception tables and suffix rules map to it", () => {
    // wink's own tables, read here as the gate reads them: a form whose lemma a slot wants must present that slot word.
    const tables: Array<Record<string, string>> = ["verb", "noun", "adjective"].map((pos) => require(`wink-eng-lite-web-model/dist/wn-${pos}-exceptions.js`));
    const unseen = tables.flatMap((t) => Object.entries(t)).filter(([form, lemma]) => SLOT_WORDS.has(lemma) && !/[^a-z'’-]/.test(form) && !slotWordsIn(form).has(lemma));
    expect(unseen).toEqual([]);
    // Regular inflections and the British spellings wink maps, on words no corpus sentence need hold.
    for (const [form, lemma] of [["co-hosting", "co-host"], ["organising", "organize"], ["co-financed", "co-finance"], ["spearheaded", "spearhead"], ["convening", "convene"]]) {
      expect(SLOT_WORDS.has(lemma!) && slotWordsIn(form!).has(lemma!), `${form} → ${lemma}`).toBe(true);
    }
  });

  it("admits every positive example of the rule table", () => {
    const refused = RELATION_RULES.flatMap((r) => r.examples.positive.map((e) => (typeof e === "string" ? e : e.text))).filter((t) => !sequenceCanMatch(t));
    expect(refused).toEqual([]);
  });

  it("admits a corpus sentence exactly when the words slotWordsIn reads complete a sequence's required slots", () => {
    // sequenceCanMatch reads the words itself, to the slots directly; slotWordsIn is the plain statement of what it reads.
    const complete = (s: string) => {
      const present = slotWordsIn(s);
      return TRIGGER_SEQUENCES.some((seq) => seq.every((slot) => slot.optional || [...slot.alts].some((a) => present.has(a))));
    };
    const differ = sentences.filter((s) => sequenceCanMatch(s) !== complete(s));
    expect(differ).toEqual([]);
    expect(sentences.filter((s) => sequenceCanMatch(s)).length).toBeGreaterThan(100);
    expect(sentences.filter((s) => !sequenceCanMatch(s)).length).toBeGreaterThan(100);
  });

  it("admits a stretch only when a whole trigger sequence can be read in it", () => {
    expect(sequenceCanMatch("UNHCR is a member of the Global Migration Group")).toBe(true);
    expect(sequenceCanMatch("The presidency was held by Mexico")).toBe(true);
    expect(sequenceCanMatch("The GFMD is a voluntary, informal process")).toBe(false);
    expect(sequenceCanMatch("IOM is the UN migration agency")).toBe(false);
  });
});

import { describe, expect, it, vi } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { COMPILED_RULES } from "../../ingest/core/compiledRules.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { RELATION_RULES } from "../../ingest/core/relationTable.js";
import { readSources } from "../../ingest/read/readSources.js";
import { textSource } from "../support/textSource.js";

/**
 * The gate before analysis (triggerGate.ts) and the rule engine skip a rule when the mentions cannot be its ends
 * (endsOffered). That loses nothing only if the engine, left to try every rule, never fires one on mentions
 * endsOffered refuses: here endsOffered admits everything inside the pipeline, and every rule that fires, over
 * the rule table's own examples and the bundled corpus, is checked against the real test.
 */
const calls = vi.hoisted(() => ({ fired: [] as Array<{ rule: string; kinds: string[]; text: string }> }));
vi.mock("../../ingest/core/compiledRules.js", async (original) => ({ ...(await original<typeof import("../../ingest/core/compiledRules.js")>()), endsOffered: () => true }));
vi.mock("../../ingest/core/ruleEngine.js", async (original) => {
  const engine = await original<typeof import("../../ingest/core/ruleEngine.js")>();
  return {
    ...engine,
    applyRules: (...args: Parameters<typeof engine.applyRules>) => {
      const [text, ms, analysis, emit, topic] = args;
      const kinds = [...new Set(ms.map((m) => m.kind))];
      engine.applyRules(text, ms, analysis, (type, s, t, method, ...rest) => {
        calls.fired.push({ rule: /^rule:([^:+]+)/.exec(method)![1]!, kinds, text });
        emit(type, s, t, method, ...rest);
      }, topic);
    },
  };
});

const { endsOffered } = await vi.importActual<typeof import("../../ingest/core/compiledRules.js")>("../../ingest/core/compiledRules.js");
const catalog = defaultCatalog();
const page = (text: string, i: number) => textSource(`spec${i}.txt`, text);
const byId = new Map(COMPILED_RULES.map((c) => [c.rule.id, c]));
const refused = () => calls.fired.filter((f) => !endsOffered(byId.get(f.rule)!, new Set(f.kinds) as never)).map((f) => `${f.rule} on [${f.kinds.join(", ")}]: ${f.text.slice(0, 90)}`);

describe("a rule fires only on mentions that can be its ends", () => {
  it("holds for every example sentence of the rule table", () => {
    calls.fired.length = 0;
    const texts = RELATION_RULES.flatMap((r) => [...r.examples.positive, ...r.examples.negative].map((e) => e.text));
    texts.forEach((t, i) => buildGraphs([page(t, i)], catalog));
    expect(calls.fired.length).toBeGreaterThan(RELATION_RULES.length / 2);
    expect(refused()).toEqual([]);
  }, 300_000); // every example sentence through the whole pipeline: the suite runs beside helpers on 2 CPUs

  it("holds on the bundled corpus", () => {
    calls.fired.length = 0;
    buildGraphs(readSources(["data/corpus"]).sources, catalog);
    expect(calls.fired.length).toBeGreaterThan(200);
    expect(refused()).toEqual([]);
  }, 300_000);

  it("refuses a rule whose subjects or written objects the mentions lack", () => {
    const rule = COMPILED_RULES.find((c) => !c.rule.implicitObject && !c.rule.pairsOfSubjects && c.rule.shape !== "pairwise")!;
    const subject = rule.rule.subjects[0]!;
    const object = rule.rule.objects[0]!;
    expect(endsOffered(rule, new Set([subject, object]))).toBe(true);
    expect(endsOffered(rule, new Set([object].filter((k) => !rule.rule.subjects.includes(k))))).toBe(false);
    expect(endsOffered(rule, new Set([subject].filter((k) => !rule.rule.objects.includes(k))))).toBe(false);
  });
});

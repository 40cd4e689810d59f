import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { ANSWER_EXAMPLES, answerRows } from "../../ingest/core/questionAnswer.js";
import { questionLists } from "../../ingest/core/questionHeading.js";
import { ROW_REMARK_EXAMPLES, rowDenied } from "../../ingest/core/rowQualifier.js";
import { QUESTION_SENSES } from "../../ingest/core/rules/questionLexicon.js";
import type { M } from "../../ingest/core/mentionLists.js";
import { allowsEndpoints } from "../../src/ontology/ontology.js";
import { describeExamples } from "./support/describeExamples.js";
import { textSource } from "../support/textSource.js";

/** Every question sense runs its own positive and negative FAQ pages through the whole pipeline. */
const catalog = defaultCatalog();
const page = (text: string) => textSource("faq.txt", text);

describeExamples("question senses (data) with their example pages", QUESTION_SENSES, {
  page: "faq.txt",
  // Every row kind must pair with every topic kind: a question's answer rows are read against each topic.
  ends: (sense) => sense.rows.flatMap((row) => sense.topics.map((t) => (sense.rowsAreTargets ? allowsEndpoints(sense.type, t, row) : allowsEndpoints(sense.type, row, t)))),
  exactlyOnce: true,
});

describe("question lines", () => {
  const asks = (q: string) => questionLists(q).map((l) => `${l.type}/${l.topics.join("+")}`).sort();
  it("reads the wh-word, its noun and its verb, whatever numbers or marks the line", () => {
    expect(asks("2. Who started it?")).toEqual(["LEADS/FORUM", "LEADS/INITIATIVE"]);
    expect(asks("Q: Which states took part, and since when?")).toEqual(["PARTICIPATES_IN/FORUM", "PARTICIPATES_IN/INITIATIVE"]);
    expect(questionLists("Which agencies take part?")[0]!.rows).toEqual(["ORGANIZATION"]);
  });
  it("keeps what every clause asks alike: money and help support a forum, but fund and support an initiative apart", () => {
    expect(asks("5. Who paid for it, and who else helped?")).toEqual(["SUPPORTS/FORUM"]);
  });
  it("asks nothing in future, modal, negated or yes/no questions, nor in statements", () => {
    for (const q of ["Who will host the next meeting?", "Who might chair it next?", "Which bodies did not join?", "Does Norway fund it?", "Who started it.", "Which countries are observers?"]) expect(questionLists(q)).toEqual([]);
  });
});

describe("an FAQ page under an upper-case heading", () => {
  it("makes the heading's dialogue the topic its questions ask about, its other name an alias", () => {
    const g = buildGraphs([page("Regional dialogues > Kestrel Process > FAQ\n\nTHE KESTREL PROCESS (COASTAL CO-OPERATION PROCESS, CCP): QUESTIONS AND ANSWERS\n\nThis page was last reviewed in 2012.\n\n1. Who started it?\nMorocco and Spain, in 2006.\n\n2. Which states take part?\nBy year of joining:\n- 2006: Morocco, Spain\n")], catalog)[0]!;
    expect(g.relations.filter((r) => r.targetId === "forum:kestrel-process").map((r) => `${r.type} ${r.sourceId}`).sort()).toEqual(["LEADS ctry:es", "LEADS ctry:ma", "PARTICIPATES_IN ctry:es", "PARTICIPATES_IN ctry:ma"]);
    expect(g.entities.find((e) => e.id === "forum:kestrel-process")?.aliases).toContain("Coastal Co-Operation Process");
  });
});

describe("a fact sheet under a title that names no body", () => {
  it("takes the list's topic from the page's opening heading line", () => {
    const g = buildGraphs([page("FACT SHEET\nMigration for Development in Africa (MIDA)\n\nAt a glance\nManaged by: IOM\nCountries, phases I and II: Ghana, Ethiopia\n")], catalog)[0]!;
    expect(g.relations.filter((r) => r.type === "OPERATES_IN" && r.sourceId === "ini:mida").map((r) => r.targetId).sort()).toEqual(["ctry:et", "ctry:gh"]);
  });
});

describe("answers and row remarks", () => {
  it("takes the names opening the answer's first sentence", () => {
    const names = ["Italy", "Belgium", "UNHCR", "Swedish Migration Board", "European Union", "UNODC", "IOM", "UNICEF"];
    for (const ex of ANSWER_EXAMPLES) {
      // Mentions where the example's names stand, as recognition would give them.
      const ms: M[] = names.flatMap((n) => [...ex.text.matchAll(new RegExp(`\\b${n}\\b`, "g"))].map((m) => ({ id: n, kind: "ORGANIZATION" as const, isEvent: false, start: m.index!, end: m.index! + n.length })));
      expect(answerRows(ex.text, ms).map((m) => m.id)).toEqual(ex.names);
    }
  });
  it("drops a row its remark denies", () => {
    for (const ex of ROW_REMARK_EXAMPLES) expect(rowDenied(ex.remark, ex.type, ex.list)).toBe(ex.denied);
  });
});

import { describe, expect, it } from "vitest";
import { normalise } from "../../ingest/core/normalise.js";
import { structure } from "../../ingest/core/structure.js";
import { textSource } from "../support/textSource.js";

const file = (text: string) => textSource("n.txt", text);
const long = (s: string) => `${s} ${"More words about the event and the people who took part in it. ".repeat(4)}`;

describe("structure of a news page", () => {
  it("starts a new article after a contact line and at a title line followed by a full paragraph", () => {
    const text = [
      "News & Events",
      long("IOM UK worked with the British Red Cross on family reunion."),
      "For further information, please contact Jane Doe at IOM UK, Email:",
      long("Yesterday IOM marked the arrival of refugees in the UK."),
      "Singing Our Lives 2018",
      long("This summer, music will unite refugees and choirs."),
    ].join("\n\n");
    const doc = structure(file(text), normalise(file(text)), () => null);
    const byArticle = new Map<number, string[]>();
    for (const p of doc.passages) byArticle.set(p.article!, [...(byArticle.get(p.article!) ?? []), p.text.slice(0, 20)]);
    expect([...byArticle.values()].map((texts) => texts[0])).toEqual(["IOM UK worked with t", "Yesterday IOM marked", "This summer, music w"]);
  });

  it("gives book passages their chapter owner and questionnaire section", () => {
    const filler = Array.from({ length: 60 }, (_, i) => `Filler line ${i} of a long book that keeps going on.`).join("\n");
    const text = `${filler}\n\n International Organization for Migration\n\nThe International Organization for Migration (IOM) is the leading agency.\n\n2. Support provided to the Global Forum on Migration and\nDevelopment\n\nIOM has supported the GFMD since 2007.\n`;
    const doc = structure(file(text), normalise(file(text)), (h) => (h === "International Organization for Migration" ? "org:iom" : null));
    const p = doc.passages.find((x) => x.text.startsWith("IOM has supported"))!;
    expect(p).toMatchObject({ chapter: "International Organization for Migration", chapterOwnerId: "org:iom", sectionKey: "gfmd-support" });
  });
});

import { describe, expect, it } from "vitest";
import { normalise } from "../../ingest/core/normalise.js";
import type { SourceFile } from "../../ingest/core/types.js";

const file = (text: string, format: SourceFile["format"] = "txt"): SourceFile => ({ path: "x", name: "x.txt", format, text, bytes: text.length, hash: "h" });

/** A page of wrapped PDF text is recognised from its shape: many short lines. */
function book(body: string): string {
  const filler = Array.from({ length: 60 }, (_, i) => `Filler line number ${i} of the book that keeps on going.`).join("\n");
  return `${filler}\n\n${body}\n`;
}

describe("normalise", () => {
  it("keeps a table row's column gaps (a tab, or three spaces for a wider run), and collapses other spacing", () => {
    const blocks = normalise(file("Members\n\nMember States\tObservers\nBenin\tMauritania\nBurundi        Comoros\nEgypt     Eswatini\n\nThe  Process  meets   yearly in spring and autumn."));
    const texts = blocks.map((b) => b.text);
    expect(texts).toContain("Member States\tObservers");
    expect(texts).toContain("Benin\tMauritania");
    expect(texts).toContain("Burundi   Comoros");
    expect(texts).toContain("The Process meets yearly in spring and autumn.");
    // The gap maps back to the source: the cell after it starts where it starts in the file.
    const row = blocks.find((b) => b.text === "Burundi   Comoros")!;
    expect(row.offsets[row.text.indexOf("Comoros")]).toBe(row.start + "Burundi        ".length);
  });

  it("reads a directory of short rows beside one-line paragraphs as whole lines, not wrapped print", () => {
    const rows = Array.from({ length: 30 }, (_, i) => `Country ${i}\n  Refugee Council of Tinland ${i}`).join("\n");
    const prose = Array.from({ length: 4 }, (_, i) => `Paragraph ${i} of the network's profile runs on one line. `.repeat(8).trim()).join("\n\n");
    const texts = normalise(file(`${prose}\n\nMEMBERS\n${rows}\n`)).map((b) => b.text);
    expect(texts).toContain("Refugee Council of Tinland 3");
    expect(texts.some((t) => /Tinland 3 Country 4/.test(t))).toBe(false);
  });

  it("joins hyphenation across line breaks and rebuilds wrapped paragraphs", () => {
    const blocks = normalise(file(book("Since the first High-\nlevel Dialogue on International Migration, the agencies\nhave worked together.")));
    expect(blocks.map((b) => b.text)).toContain("Since the first High-level Dialogue on International Migration, the agencies have worked together.");
  });

  it("drops running heads and page numbers, and continues a sentence across a page break", () => {
    const blocks = normalise(file(book("The Organization supports the\n\nChapter 7: International Organization for Migration\n\n123\n\n work of the GMG.")));
    expect(blocks.map((b) => b.text)).toContain("The Organization supports the work of the GMG.");
    expect(blocks.some((b) => /Chapter 7|^123$/.test(b.text))).toBe(false);
  });

  it("keeps footnotes and URL lists apart from body text, and removes glued footnote markers", () => {
    const blocks = normalise(file(book("The International Organization for Migration (IOM)1 is a member of the GMG.\n\n3 IOM is a founding member of the GMG.\n\nhttp://www.iom.int\n\n Next page text.")));
    expect(blocks.find((b) => b.kind === "paragraph" && b.text.startsWith("The International"))?.text).toBe("The International Organization for Migration (IOM) is a member of the GMG.");
    expect(blocks.find((b) => b.kind === "footnote")?.text).toBe("3 IOM is a founding member of the GMG.");
    expect(blocks.find((b) => b.kind === "url-list")?.text).toBe("http://www.iom.int");
  });

  it("removes a footnote marker glued to a long acronym but keeps the digits of short codes", () => {
    const blocks = normalise(file(book("Members adopted the SAARC29 Regional Strategy and the Tinland\nConvention C189 in the G20 framework.")));
    expect(blocks.map((b) => b.text)).toContain("Members adopted the SAARC Regional Strategy and the Tinland Convention C189 in the G20 framework.");
  });

  it("continues a list item cut after a comma by a blank line, even before a capital", () => {
    const blocks = normalise(file(book("(i) Voluntary Guidelines on Coastal Tenure of Land,\n\nFisheries and Forests. Endorsed in 2012.\n\nA new paragraph starts here.")));
    const texts = blocks.map((b) => b.text);
    expect(texts).toContain("(i) Voluntary Guidelines on Coastal Tenure of Land, Fisheries and Forests. Endorsed in 2012.");
    expect(texts).toContain("A new paragraph starts here.");
  });

  it("treats bullet glyphs and lettered items as list items", () => {
    const blocks = normalise(file(book("The pillars are:\n\n• Protecting migrants’ rights across\nborders;\n(a) Facilitating orderly mobility;")));
    const items = blocks.filter((b) => b.kind === "list-item").map((b) => b.text);
    expect(items).toEqual(["Protecting migrants’ rights across borders;", "(a) Facilitating orderly mobility;"]);
  });

  it("maps every character back to its offset in the source file", () => {
    const text = book("UNDP launched the\nJoint Migration and Development Initiative.");
    const block = normalise(file(text)).find((b) => b.text.startsWith("UNDP"))!;
    const at = block.text.indexOf("Joint");
    expect(text.slice(block.offsets[at]!, block.offsets[at]! + 5)).toBe("Joint");
  });

  it("strips HTML tags and entities but keeps offsets into the raw file", () => {
    const html = "<html><body><h1>News</h1><p>IOM &amp; UNHCR signed an agreement.</p><script>var x = 1;</script></body></html>";
    const blocks = normalise(file(html, "html"));
    const p = blocks.find((b) => b.text.startsWith("IOM"))!;
    expect(p.text).toBe("IOM & UNHCR signed an agreement.");
    expect(html.slice(p.start, p.start + 3)).toBe("IOM");
    expect(blocks.some((b) => b.text.includes("var x"))).toBe(false);
  });
});

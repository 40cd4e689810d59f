import { describe, expect, it } from "vitest";
import { linkedOnPage } from "../support/pageGraphs.js";

describe("a relative clause set off by commas (relativeAside.ts) in subjectsBefore", () => {
  it("an antecedent inside a participle phrase is not the verb's subject (new false link)", () => {
    expect(linkedOnPage("An NGO backed by UNICEF, which is funded by Norway, runs the Tideway Skills Facility.", "org:unicef", "ini:tideway-skills-facility")).toBe(false);
  });
  it("a name that is the aside's own subject ('which Norway funds') is no subject of the verb after it", () => {
    expect(linkedOnPage("IOM, which Norway funds, launched the Tideway Skills Facility.", "ctry:no", "ini:tideway-skills-facility")).toBe(false);
  });
  it("a comma inside the aside does not let its last name become the subject", () => {
    expect(linkedOnPage("The Danish Refugee Council, which manages the Lagoon Shelter Project in Jordan, Lebanon and Iraq, works in Syria.", "ini:lagoon-shelter-project", "ctry:sy")).toBe(false);
  });
});


describe("the antecedent of a relative clause is the subject of the verb after it", () => {
  it("a clause whose own subject is a list of names leaves the antecedent the subject", () => {
    expect(linkedOnPage("UNHCR, which Denmark and Finland support, started the Riverbank Literacy Scheme.", "ctry:dk", "ini:riverbank-literacy-scheme")).toBe(false);
    expect(linkedOnPage("UNHCR, which Denmark and Finland support, started the Riverbank Literacy Scheme.", "org:unhcr", "ini:riverbank-literacy-scheme")).toBe(true);
  });
  it("a programme that a body left is still where the verb after the clause works", () => {
    expect(linkedOnPage("The Riverbank Literacy Scheme, which IOM quit in 2019, operates in Malawi.", "ini:riverbank-literacy-scheme", "ctry:mw")).toBe(true);
    expect(linkedOnPage("The Riverbank Literacy Scheme, which IOM quit in 2019, operates in Malawi.", "org:iom", "ctry:mw")).toBe(false);
  });
});

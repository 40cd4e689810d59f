import { describe, expect, it } from "vitest";
import { RECORD_TITLE_FIELDS, recordTitleValue } from "../../ingest/core/recordTitleField.js";
import { otherField } from "../../ingest/core/otherField.js";
import { relationLines } from "./support/pipelineRelations.js";

const links = (text: string) => relationLines(text, "r.txt");

describe("a record's title field (data)", () => {
  for (const ex of RECORD_TITLE_FIELDS.positive) it(`reads ${ex.line}`, () => expect(recordTitleValue(ex.line)).toBe(ex.value));
  for (const line of RECORD_TITLE_FIELDS.negative) it(`reads no title in ${line}`, () => expect(recordTitleValue(line)).toBeNull());
});

const RECORDS = "Grants database > 2 results\n\n=== RESULT 1 ===\nProject title\tDockworkers Welfare Programme\nImplementing agency\tInternational Labour Organization (ILO)\nDonor\tFinland\nFocus countries\tGhana, Togo\n\n=== RESULT 2 ===\nProject title\tLagoon Fisheries Programme\nExecuting agency\tUnited Nations Development Programme (UNDP)\nDonor\tIreland\nFocus countries\tBenin\n";

describe("a record's fields are about the body its title field names", () => {
  it("reads each record's fields for its own title, the second record's too", () => {
    expect(links(RECORDS)).toEqual(expect.arrayContaining([
      "Finland FUNDS Dockworkers Welfare Programme",
      "Dockworkers Welfare Programme OPERATES_IN Togo",
      "Ireland FUNDS Lagoon Fisheries Programme",
      "United Nations Development Programme LEADS Lagoon Fisheries Programme",
      "Lagoon Fisheries Programme OPERATES_IN Benin",
    ]));
  });
  it("gives no record another record's fields", () => {
    const all = links(RECORDS);
    expect(all).not.toContain("Ireland FUNDS Dockworkers Welfare Programme");
    expect(all).not.toContain("Finland FUNDS Lagoon Fisheries Programme");
    expect(all).not.toContain("Dockworkers Welfare Programme OPERATES_IN Benin");
  });
});

describe("a record's field of another kind ends the list above it (otherField)", () => {
  it("reads a tab-parted field whose label no reader knows as a field of its own", () => {
    expect(otherField("Responsible official\tMaria Lopez, Director", [])).toBe(true);
    expect(otherField("Italy\t1981", [0])).toBe(false);
  });
  it("does not read the units collaborating on a project as more implementers", () => {
    const all = links("Records\n\n=== RECORD 1 ===\nProject title\tDockworkers Welfare Programme\nImplementing agency\tInternational Labour Organization (ILO)\nCollaborating units\tthe ILO offices for Ghana, Togo and Benin\nStatus\tActive\n");
    expect(all).toContain("International Labour Organization LEADS Dockworkers Welfare Programme");
    expect(all.filter((l) => /^(?:Ghana|Togo|Benin) /.test(l))).toEqual([]);
  });
});

describe("a label of members that names another body lists that body's members", () => {
  it("reads 'Other ASEAN Member States' as no members of the record's programme", () => {
    const all = links("Records\n\n=== RECORD 1 ===\nProject title\tDockworkers Welfare Programme\nFocus countries\tCambodia, Thailand\nOther ASEAN Member States\tBrunei Darussalam, Indonesia (regional forums only)\n");
    expect(all).toContain("Dockworkers Welfare Programme OPERATES_IN Cambodia");
    expect(all.filter((l) => /MEMBER_OF/.test(l))).toEqual([]);
  });
  it("still reads 'Members (EU Member States with a contact point):' as the page's members", () => {
    expect(links("Harbour Statistics Network\n\nThe Harbour Statistics Network is a network of port statistics offices.\n\nMembers (EU Member States with a contact point):\n- Malta\n- Cyprus\n")).toEqual(expect.arrayContaining(["Cyprus MEMBER_OF Harbour Statistics Network", "Malta MEMBER_OF Harbour Statistics Network"]));
  });
});

import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import type { SourceFile } from "../../ingest/core/types.js";
import { textSource } from "../support/textSource.js";

/** A treaty register's "Member State" column lists the members of the organisation the page's headline names. */

const catalog = defaultCatalog();
const members = (text: string): string[] => {
  const page: SourceFile = textSource("status.txt", text);
  return buildGraphs([page], catalog)[0]!.relations.filter((r) => r.type === "MEMBER_OF").map((r) => `${r.sourceId} ${r.targetId}`);
};

const HEAD = "EAC PROTOCOL ON CROSS-BORDER PASTORALISM\nRatification status, as last checked\n\nFull title: Protocol on Cross-Border Pastoralism\n\nThe Protocol on Cross-Border Pastoralism was adopted in 2019 and is not yet in force.\n\n";

describe("member-state column of a treaty register", () => {
  it("reads every state of a 'Member State' column as a member of the headline's organisation, bound or not", () => {
    const found = members(`${HEAD}| Member State | Ratified the Protocol | Remarks |\n|---|---|---|\n| Kenya | yes | |\n| Burundi | no record | joined the Community in 2007 |\n`);
    expect(found).toContain("ctry:ke org:eac");
    expect(found).toContain("ctry:bi org:eac");
  });

  it("reads a tab-separated register with a running number the same way", () => {
    const found = members(`${HEAD}No.\tMember State\tRatification\n1\tRwanda\t3 May 2021\n2\tUganda\t\n`);
    expect(found).toContain("ctry:ug org:eac");
  });

  it("reads no membership from a plain 'State' column", () => {
    expect(members(`${HEAD}| State | Ratified the Protocol | Remarks |\n|---|---|---|\n| Kenya | yes | |\n`)).not.toContain("ctry:ke org:eac");
  });

  it("reads no membership of a body named only in the prose, not in the headline", () => {
    const page = "PROTOCOL ON CROSS-BORDER PASTORALISM\nRatification status\n\nThe Protocol on Cross-Border Pastoralism was adopted in 2019; the East African Community keeps the record.\n\n| Member State | Ratified the Protocol |\n|---|---|\n| Kenya | yes |\n";
    expect(members(page)).not.toContain("ctry:ke org:eac");
  });

  it("reads no membership of a state a remark names", () => {
    const found = members(`${HEAD}| Member State | Ratified the Protocol | Remarks |\n|---|---|---|\n| Burundi | no record | a visa is still needed to enter Somalia |\n`);
    expect(found).toContain("ctry:bi org:eac");
    expect(found).not.toContain("ctry:so org:eac");
  });
});

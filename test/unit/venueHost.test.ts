import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { textSource } from "../support/textSource.js";

const catalog = defaultCatalog();
const hostsOf = (text: string) =>
  buildGraphs([textSource("note.txt", text)], catalog)[0]!.relations.filter((r) => r.type === "HOSTED");

describe("a meeting's venue and its host (patternRules.ts)", () => {
  it("reads the venue's country as host where the sentence names no host", () => {
    expect(hostsOf("The third GFMD in Athens on 4 and 5 November 2009 was attended by 150 states.").map((r) => r.sourceId)).toContain("ctry:gr");
  });
  it("takes no host from the venue where the sentence names the hosts", () => {
    const hosts = hostsOf("The GFMD 2009 took place in Athens, co-hosted by Mexico and Turkey.").map((r) => r.sourceId);
    expect(hosts).not.toContain("ctry:gr");
    expect(hosts).toContain("ctry:mx");
  });
  it("takes no host from the venue where a body is said to have hosted it", () => {
    expect(hostsOf("The European Union hosted the GFMD 2007 in Brussels.").map((r) => r.sourceId)).not.toContain("ctry:be");
  });
  // fixJ35: an organization adopts a text at its own organ's sitting, held at its seat: the venue names no host.
  it("takes no host from the venue of the sitting an organization adopted a text at", () => {
    expect(hostsOf("The Coastal Fisheries Organization (CFO) adopted the Deckhands Convention, 2015 (No. 12) at the Coastal Fisheries Conference in Accra on 3 June 2015.").map((r) => r.sourceId)).not.toContain("ctry:gh");
    expect(hostsOf("The Coastal Fisheries Organization formally approved the Net Safety Code at its Coastal Fisheries Conference in Accra in 2015. The Coastal Fisheries Conference meets every year.").map((r) => r.sourceId)).not.toContain("ctry:gh");
  });
  it("still reads the venue as host where a state adopted the text, or the organization only attended", () => {
    expect(hostsOf("Ghana adopted the Deckhands Plan at the Coastal Fisheries Conference in Accra on 3 June 2015.").map((r) => r.sourceId)).toContain("ctry:gh");
    expect(hostsOf("The Coastal Fisheries Organization attended the Coastal Fisheries Conference in Accra on 3 June 2015.").map((r) => r.sourceId)).toContain("ctry:gh");
  });
});

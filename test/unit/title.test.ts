import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../ingest/core/pipeline.js";
import { looksLikeHeading } from "../../ingest/core/looksLikeHeading.js";
import { isBannerLine, isPageLabel } from "../../ingest/core/title.js";
import { textSource } from "../support/textSource.js";

const titleOf = (text: string) => buildGraphs([textSource("p.txt", text)], defaultCatalog())[0]!.document.title;

describe("document titles", () => {
  it("treats dates and navigation words as page labels, not titles", () => {
    for (const label of ["News & Events", "January 2013", "Press Releases", "12 March 2019", "Latest news", "About this page", "Overview"]) expect(isPageLabel(label)).toBe(true);
    for (const title of ["Migration policy and research", "Rabat Process: Senior Officials Meeting", "Events in Dakar", "About the Lagoon Dialogue"]) expect(isPageLabel(title)).toBe(false);
  });

  it("does not take a page-furniture heading for the title of the line above it", () => {
    expect(titleOf("Lagoon Dialogue: the sessions, one by one\n\nAbout this page\nThe Lagoon Dialogue brings island states together. Its ministers meet every two years.\n")).toBe("Lagoon Dialogue: the sessions, one by one");
  });

  it("titles a page under a label line with its first heading", () => {
    expect(titleOf("News & Events\n\nCoastal cities sign a mobility charter:\n\nMayors of six coastal cities signed a charter on labour mobility on Monday. It takes effect in May.\n")).toBe("Coastal cities sign a mobility charter");
  });

  it("titles a page with no heading by its first sentence", () => {
    expect(titleOf("January 2013\n\nMayors of six coastal cities signed a charter on labour mobility on Monday. It takes effect in May.\n")).toBe("Mayors of six coastal cities signed a charter on labour mobility on Monday");
  });

  it("keeps a real first line as the title", () => {
    expect(titleOf("Migration and cities\n\nMayors of six coastal cities signed a charter on labour mobility on Monday.\n")).toBe("Migration and cities");
  });

  it("keeps a first line that opens on a name written from a small letter", () => {
    expect(titleOf("ea-MARIS: agency profile\n\nFull name: Agency for the Safety of Inland Shipping Routes\nSeat: Vienna, Austria\n\nWhat it does\n\nea-MARIS keeps the registers of river traffic on the Danube and its canals.\n")).toBe("ea-MARIS: agency profile");
    expect(looksLikeHeading("eHealth Network")).toBe(true);
    // Small words alone open a sentence or a label, not a heading.
    expect(looksLikeHeading("in brief")).toBe(false);
    expect(looksLikeHeading("eu member states and their agencies")).toBe(false);
  });

  it("reads past a banner of fields between bars to the page's own title, and finds the body it names", () => {
    const text = "YEARBOOK OF PACIFIC HARBOUR PILOTAGE SERVICES | Ports | Kiribati\n\nReef Pilotage Board (RPB)\n\nTanker crews crossing the reef passes near Tarawa take an RPB pilot on board at the outer buoy.\n";
    expect(titleOf(text)).toBe("Reef Pilotage Board (RPB)");
    const graph = buildGraphs([textSource("p.txt", text)], defaultCatalog())[0]!;
    expect(graph.entities.map((e) => e.name)).toContain("Reef Pilotage Board");
    expect(isBannerLine("BULLETIN | Pacific | Fisheries labour")).toBe(true);
  });

  it("keeps a banner as the title where no other heading stands near the top, and a title with one bar as a title", () => {
    expect(titleOf("BULLETIN | Pacific | Fisheries labour\n\nMayors of six coastal cities signed a charter on labour mobility on Monday. It takes effect in May.\n")).toBe("BULLETIN | Pacific | Fisheries labour");
    expect(isBannerLine("Lagoon Dialogue | Ministers of six island states meet in Apia for the fourth time this year")).toBe(false);
    expect(titleOf("Lagoon Dialogue | sessions\n\nAbout this page\nThe Lagoon Dialogue brings island states together. Its ministers meet every two years.\n")).toBe("Lagoon Dialogue | sessions");
  });
});

import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../ingest/catalog/catalog.js";
import { buildGraphs } from "../../../ingest/core/pipeline.js";

/**
 * Review rev32a of bare32, meet32 and ends32: reproductions of defects found, each stated as what should hold and
 * marked it.fails while it does not. Every sentence is the reviewer's own, on invented bodies.
 */
const catalog = defaultCatalog();
const graph = (text: string) => {
  const body = `Page\n\n${text}`;
  return buildGraphs([{ path: "rev.txt", name: "rev.txt", format: "txt", text: body, bytes: body.length, hash: "rev" }], catalog)[0]!;
};
const linked = (text: string, type: string, from: string, to: string) => graph(text).relations.some((r) => r.type === type && r.sourceId === from && r.targetId === to);
const ids = (text: string) => graph(text).entities.map((e) => e.id);
const kindOf = (text: string, name: string) => graph(text).entities.find((e) => e.name === name)?.kind;

describe("rev32a: false links through the new readers", () => {
});
});

describe("rev32a: wrong identities and kinds", () => {
  // describedMinistry.ts: the state after "of" is not read; the opener's state wins.
  it.fails("'In Ghana, the interior ministry of Togo' is Togo's ministry", () => {
    expect(ids("In Ghana, the interior ministry of Togo trains border guards.")).not.toContain("org:ghanaian-ministry-of-the-interior");
  });
  // describedMinistry.ts: the written-title guard tests the passage only, so another paragraph's title gets a twin.
  it.fails("a page that writes the foreign ministry's own title in another paragraph gets no twin", () => {
    const text = "New Zealand's Ministry of Foreign Affairs and Trade funds the Pacific Labour Scheme.\n\nLater, New Zealand's foreign ministry said the scheme would grow.";
    expect(ids(text)).not.toContain("org:new-zealand-ministry-of-foreign-affairs");
  });
  it.fails("a state whose foreign ministry has another title gets no twin", () => {
    const text = "India's Ministry of External Affairs runs the e-Migrate portal. India's foreign ministry also chairs the Colombo Process.";
    expect(ids(text)).not.toContain("org:indian-ministry-of-foreign-affairs");
  });
  // describedMeeting.ts: the modifiers are part of the key, so one sitting described twice is two.
  it.fails("'a two-day regional workshop' and 'a regional workshop' of one year and city are one sitting", () => {
    const text = "A two-day regional workshop on fisher mobility was held in Dakar in March 2018. Later that year, a regional workshop on fisher mobility held in Dakar in 2018 was praised by Gambia.";
    expect(ids(text).filter((id) => id.endsWith("workshop-on-fisher-mobility-2018"))).toHaveLength(1);
  });
  it.fails("a national policy a cabinet ratified is no treaty", () => {
    expect(kindOf("The Council of Ministers of Fiji ratified the National Labour Mobility Policy in 2015.", "National Labour Mobility Policy")).not.toBe("CONVENTION");
  });
  // openingState.ts OPENER_END: any word may follow the opener's state.
  it.fails("'In the Kenya office, the Ministry of Labour' is no Kenyan ministry", () => {
    expect(ids("In the Kenya office, the Ministry of Labour is the main partner.")).not.toContain("org:kenyan-ministry-of-labour");
  });
});

import { describe, expect, it } from "vitest";
import { hasRelation } from "./support/pipelineRelations.js";

/**
 * A special or extraordinary sitting numbers its own meetings: "the second special session", "the Third Extraordinary
 * Meeting" is that meeting of the page's series (core/seriesMeetingPhrases.ts ORDINAL_PLAIN and ORDINAL_KIND).
 */
const has = (text: string, [type, from, to]: readonly string[]) => hasRelation(text, "spec.txt", type!, from!, to!);

const positive = [
  { text: "Tasman Labour Process\n\nThe Tasman Labour Process holds special sessions when a crisis calls for them. The second special session, held in Hobart in 2019, was chaired by Australia.", expect: ["CHAIRED", "ctry:au", "forum:tasman-labour-process-2019"] },
  { text: "Tasman Labour Process\n\nThe Tasman Labour Process met in Wellington in 2016. The Third Extraordinary Meeting, in Apia in 2017, was hosted by Samoa.", expect: ["HOSTED", "ctry:ws", "forum:tasman-labour-process-2017"] },
  // A series named for its kind of meeting numbers its sittings of that kind (seriesMeetingPhrases.ts NAMED_KIND).
  { text: "Gulf labour news\n\nThe Special Meeting on Migrant Workers in the Gulf gathers Gulf states when a crisis strikes. Qatar chaired the meeting in Doha in 2014.\n\nLater\n\nKuwait hosted a second Special Meeting in Kuwait City in 2016.", expect: ["HOSTED", "ctry:kw", "forum:special-meeting-on-migrant-workers-in-the-gulf-2016"] },
];
const negative = [
  // A sitting of that kind that another body holds is that body's, not the series'.
  { text: "Gulf labour news\n\nThe Special Meeting on Migrant Workers in the Gulf gathers Gulf states when a crisis strikes. Qatar chaired the meeting in Doha in 2014.\n\nLater\n\nKuwait hosted a second Special Meeting of the Arab Labour Council in Kuwait City in 2016.", expect: ["HOSTED", "ctry:kw", "forum:special-meeting-on-migrant-workers-in-the-gulf-2016"] },
  // A session with a complement of its own belongs to that body, not to the page's series.
  { text: "Tasman Labour Process\n\nThe Tasman Labour Process met in Wellington in 2016. In 2019 Australia chaired the second special session of the Labour Assembly.", expect: ["CHAIRED", "ctry:au", "forum:tasman-labour-process-2019"] },
  // A special envoy is no sitting.
  { text: "Tasman Labour Process\n\nThe Tasman Labour Process met in Wellington in 2016. In 2019 Australia named a second special envoy, who was hosted by Samoa.", expect: ["HOSTED", "ctry:ws", "forum:tasman-labour-process-2019"] },
];

describe("sitting-kind meeting: a numbered special or extraordinary sitting of the page's series", () => {
  for (const ex of positive) it(`reads ${ex.expect.join(" ")} in: ${ex.text.slice(23, 100)}…`, () => expect(has(ex.text, ex.expect)).toBe(true));
  for (const ex of negative) it(`states no ${ex.expect.join(" ")} in: ${ex.text.slice(23, 100)}…`, () => expect(has(ex.text, ex.expect)).toBe(false));
});

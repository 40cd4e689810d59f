import { DATED_ROW_OPENING } from "./contentRows.js";
import { ROLE_PARTICIPLES } from "./roleParticiples.js";
import { SELF_NAMED_MEETING } from "./datedRows.js";
import type { M } from "./mentionLists.js";
import type { Add } from "./patternRules.js";

/**
 * ENTRY_ACTORS: a dated entry that names its meeting ("June 2011: second meeting, Kisumu, 8-9 June, convened by IOM on
 * fishing communities") tells who convened, chaired or hosted that meeting by a participle with "by" in its own first
 * clause. The actor right after "by" (and those coordinated with it) is linked to that year's meeting of the series the
 * entry belongs to. A remark after ";" ("; a side event was moderated by X") or a denied participle ("not chaired by
 * X") states nothing about the meeting, and an entry that names no meeting ("June 2011: IOM opened an office, funded
 * by Norway") has none to link.
 */
export const ENTRY_ACTORS = {
  id: "entry-actor",
  /** The acts done to a meeting, of the role participles (roleParticiples.ts). */
  participles: ROLE_PARTICIPLES.filter((r) => r.meeting),
  actors: ["ORGANIZATION", "COUNTRY"],
  confidence: 0.7,
  positive: [
    { text: "Lakeshore Migration Dialogue: a timeline, 2010-2014\n\nEvery year the partners meet for two days to talk about one theme.\n\nTimeline\n\n- June 2011: second meeting, Kisumu, 8-9 June, convened by IOM on fishing communities.\n", expect: ["LEADS", "org:iom", "Lakeshore Migration Dialogue 2011"] },
    { text: "Lakeshore Migration Dialogue: a timeline, 2010-2014\n\nEvery year the partners meet for two days to talk about one theme.\n\nTimeline\n\n- May 2012: third meeting, Mwanza, chaired by Tanzania, with sixty delegates.\n", expect: ["CHAIRED", "ctry:tz", "Lakeshore Migration Dialogue 2012"] },
    { text: "Lakeshore Migration Dialogue: a timeline, 2010-2014\n\nEvery year the partners meet for two days to talk about one theme.\n\nTimeline\n\n- 2013: fourth meeting, Kampala, hosted by Uganda and co-organised by UNHCR.\n", expect: ["LEADS", "org:unhcr", "Lakeshore Migration Dialogue 2013"] },
    // An office named by its head's title: "the High Commissioner" after the UN High Commissioner for Refugees was named (descriptionHeads.ts).
    { text: "Lakeshore Migration Dialogue: a timeline, 2010-2014\n\nThe UN High Commissioner for Refugees started the dialogue so that the partners meet every year on one theme.\n\n- June 2012: third meeting, Kisumu, 8-9 June, convened by the High Commissioner; theme: fishing communities.\n", expect: ["LEADS", "org:unhcr", "Lakeshore Migration Dialogue 2012"] },
  ],
  negative: [
    // A remark after ";" is about something else of that year.
    { text: "Lakeshore Migration Dialogue: a timeline, 2010-2014\n\nEvery year the partners meet for two days to talk about one theme.\n\nTimeline\n\n- June 2011: second meeting, Kisumu, on fishing communities; a side event was organised by IOM.\n", expect: ["LEADS", "org:iom", "Lakeshore Migration Dialogue 2011"] },
    // "the Chair" is no office's name: nothing named before carries it.
    { text: "Lakeshore Migration Dialogue: a timeline, 2010-2014\n\nThe UN High Commissioner for Refugees started the dialogue so that the partners meet every year on one theme.\n\n- June 2012: third meeting, Kisumu, 8-9 June, convened by the Chair; theme: fishing communities.\n", expect: ["LEADS", "org:unhcr", "Lakeshore Migration Dialogue 2012"] },
    // Denied.
    { text: "Lakeshore Migration Dialogue: a timeline, 2010-2014\n\nEvery year the partners meet for two days to talk about one theme.\n\nTimeline\n\n- May 2012: third meeting, Mwanza, not chaired by Tanzania this time.\n", expect: ["CHAIRED", "ctry:tz", "Lakeshore Migration Dialogue 2012"] },
    // The entry names no meeting: an office was opened, and nobody convened a meeting.
    { text: "Lakeshore Migration Dialogue: a timeline, 2010-2014\n\nEvery year the partners meet for two days to talk about one theme.\n\nTimeline\n\n- June 2011: IOM opened an office in Kisumu, funded by Norway and hosted by Kenya.\n", expect: ["HOSTED", "ctry:ke", "Lakeshore Migration Dialogue 2011"] },
  ],
};

const BY_PARTICIPLE = new RegExp(
  `\\b(${ENTRY_ACTORS.participles.flatMap((p) => p.participles).join("|")})\\s+by\\s+(?:the\\s+)?`,
  "gi",
);
const DENIED = /\b(?:not|never)\s+(?:\w+\s+)?$/i;
/** Actors coordinated after the first: ", B", " and B", ", and B" (nothing else between). */
const COORDINATION = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;

/**
 * The links an entry's participles state: `meetingOf(year, actor)` answers the entry's meeting (registerRows'
 * rowMeeting), or null.
 */
export function entryActors(text: string, ms: M[], forum: M | null, meetingOf: (year: number, actor: M) => string | null, add: Add): void {
  const opening = DATED_ROW_OPENING.exec(text);
  if (!opening || !forum || !SELF_NAMED_MEETING.test(text.slice(opening[0].length - 1))) return;
  const year = Number(opening[1]);
  // The entry's first clause: up to a ";" or a full stop.
  const stop = /;|\.(?:\s|$)/.exec(text.slice(opening[0].length));
  const clause = text.slice(0, stop ? opening[0].length + stop.index : text.length);
  for (const m of clause.matchAll(BY_PARTICIPLE)) {
    if (DENIED.test(clause.slice(0, m.index))) continue;
    const written = m[1]!.toLowerCase();
    const type = ENTRY_ACTORS.participles.find((p) => p.participles.includes(written))!.type;
    let at = m.index! + m[0].length;
    // "convened by the High Commissioner": a description the section resolved (coreference.ts) spans its article.
    const described = m.index! + /^.*?\bby\s+/i.exec(m[0])![0].length;
    for (;;) {
      const actor = ms.find((x) => (x.start === at || (x.via === "coref" && x.start === described && at > described)) && x.end <= clause.length && ENTRY_ACTORS.actors.includes(x.kind));
      if (!actor) break;
      const event = meetingOf(year, actor);
      if (event) add(type, actor.id, event, ENTRY_ACTORS.id, ENTRY_ACTORS.confidence);
      const next = ms.find((x) => x.start > actor.end && COORDINATION.test(clause.slice(actor.end, x.start)));
      if (!next) break;
      at = next.start;
    }
  }
}

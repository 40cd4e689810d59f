import type { EntityKind } from "../../src/ontology/ontology.js";
import { labelNames } from "./labelNames.js";
import { sitsInSessions } from "./meetingSittingBody.js";
import type { M } from "./mentionLists.js";
import type { PageTripleExamples } from "./TripleExamples.js";
import { singularSittings } from "./placeYearSitting.js";
import type { EntityRecord, Mention } from "./types.js";

/** NUMBERED_BODY_HEADING: a numbered sitting heading on a page about a committee or council is that body's sitting (pageSeries below). */
export const NUMBERED_BODY_HEADING: PageTripleExamples = {
  id: "numbered-body-heading",
  positive: [
    { title: "The Andean Fisheries Committee: the sessions one by one", text: "The Andean Fisheries Committee is a committee of the fisheries ministers of Peru, Chile and Ecuador.\n\nSecond ordinary session — Lima, October 2017\n\nPeru hosted the session, and Chile took part.", expect: ["HOSTED", "ctry:pe", "forum:andean-fisheries-committee-2017"] },
    { title: "The Andean Fisheries Committee: the sessions one by one", text: "The Andean Fisheries Committee is a committee of the fisheries ministers of Peru, Chile and Ecuador.\n\nSecond ordinary session — Lima, October 2017\n\nPeru hosted the session, and Chile took part.", expect: ["PART_OF", "forum:andean-fisheries-committee-2017", "org:andean-fisheries-committee"] },
    { title: "Tasman Labour Council: its meetings", text: "The Tasman Labour Council brings together the labour ministers of Australia and New Zealand.\n\nThird meeting, Hobart, 2 March 2019\n\nAustralia hosted the meeting.", expect: ["HOSTED", "ctry:au", "forum:tasman-labour-council-2019"] },
  ],
  negative: [
    // No number: a date and a place alone do not make an organization a series.
    { title: "The Andean Fisheries Committee: the sessions one by one", text: "The Andean Fisheries Committee is a committee of the fisheries ministers of Peru, Chile and Ecuador.\n\nLima, October 2017 — ordinary session\n\nPeru hosted the session, and Chile took part.", expect: ["HOSTED", "ctry:pe", "forum:andean-fisheries-committee-2017"] },
    // An agency does not sit in sessions.
    { title: "The Andean Fisheries Agency: the sessions one by one", text: "The Andean Fisheries Agency is an agency of the fisheries ministries of Peru, Chile and Ecuador.\n\nSecond session — Lima, October 2017\n\nPeru hosted the session, and Chile took part.", expect: ["HOSTED", "ctry:pe", "forum:andean-fisheries-agency-2017"] },
  ],
};

/**
 * The standing forum the page's title, else its headline, else a title line at its top names: the series of a meeting
 * heading or row that names none. A top line "X: the Ministerial Consultations, session by session" is read as a
 * labelled row, not as the title, yet it names the page's series all the same (isTitleLine). A title may name the
 * series' sittings in the plural ("The International Metropolis Conferences, host by host"), and the page may name the
 * series only further down, or only through a sitting of it ("the 25th International Metropolis Conference").
 * With `sitting` (a heading that numbers its sitting: "Second ordinary session — Kigali, October 2017"), a committee,
 * council, board or commission the title names, read as an organization, is the series as well: a numbered sitting
 * is one meeting of a body that sits in sessions (meetingSittingBody.ts), as a numbered phrase in a sentence makes it
 * (NUMBERED_BODY_HEADING). A heading with no number, or an agency or office the title names, gives no sitting.
 */
export function pageSeries(
  titles: ReadonlyArray<string | null | undefined>,
  named: (label: string | null | undefined, kinds: readonly EntityKind[]) => M | null,
  entities: ReadonlyMap<string, EntityRecord>,
  mentions: readonly Mention[],
): (sitting?: boolean) => string | null {
  let later: string[] | undefined;
  const seriesOf = (id: string | undefined) => (id && entities.get(id)?.isEvent ? entities.get(id)!.parentId : id);
  return (sitting = false) => {
    for (const label of titles) {
      const m = named(label, ["FORUM"]) ?? named(label && singularSittings(label), ["FORUM"]);
      const series = seriesOf(m?.id);
      if (series) return series;
    }
    if (sitting) {
      for (const label of titles) {
        const body = named(label, ["ORGANIZATION"])?.id;
        if (body && sitsInSessions(entities.get(body))) return body;
      }
    }
    later ??= [...new Set(mentions.map((m) => seriesOf(m.entityId ?? undefined)))].filter((id): id is string => !!id && entities.get(id)?.kind === "FORUM" && !entities.get(id)!.isEvent);
    return later.find((id) => titles.some((label) => !!label && labelNames(singularSittings(label).toLowerCase(), entities.get(id)!.name.toLowerCase()))) ?? null;
  };
}

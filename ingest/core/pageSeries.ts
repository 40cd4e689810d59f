import type { EntityKind } from "../../src/ontology/ontology.js";
import { labelNames } from "./labelNames.js";
import type { M } from "./mentionLists.js";
import { singularSittings } from "./placeYearSitting.js";
import type { EntityRecord, Mention } from "./types.js";

/**
 * The standing forum the page's title, else its headline, else a title line at its top names: the series of a meeting
 * heading or row that names none. A top line "X: the Ministerial Consultations, session by session" is read as a
 * labelled row, not as the title, yet it names the page's series all the same (isTitleLine). A title may name the
 * series' sittings in the plural ("The International Metropolis Conferences, host by host"), and the page may name the
 * series only further down, or only through a sitting of it ("the 25th International Metropolis Conference").
 */
export function pageSeries(
  titles: ReadonlyArray<string | null | undefined>,
  named: (label: string | null | undefined, kinds: readonly EntityKind[]) => M | null,
  entities: ReadonlyMap<string, EntityRecord>,
  mentions: readonly Mention[],
): () => string | null {
  let later: string[] | undefined;
  const seriesOf = (id: string | undefined) => (id && entities.get(id)?.isEvent ? entities.get(id)!.parentId : id);
  return () => {
    for (const label of titles) {
      const m = named(label, ["FORUM"]) ?? named(label && singularSittings(label), ["FORUM"]);
      const series = seriesOf(m?.id);
      if (series) return series;
    }
    later ??= [...new Set(mentions.map((m) => seriesOf(m.entityId ?? undefined)))].filter((id): id is string => !!id && entities.get(id)?.kind === "FORUM" && !entities.get(id)!.isEvent);
    return later.find((id) => titles.some((label) => !!label && labelNames(singularSittings(label).toLowerCase(), entities.get(id)!.name.toLowerCase()))) ?? null;
  };
}

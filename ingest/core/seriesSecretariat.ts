import { entityId } from "../../src/ontology/ids.js";
import type { NameRule } from "./NameRule.js";
import { capitalised, MEETING_NOUN_ROWS, SINGULAR_OF_PLURAL } from "./meetingNouns.js";
import { ORGAN_HEADS } from "./organHeads.js";

/**
 * A series of meetings names its standing office after itself: "the Summits of the Americas Secretariat", "the
 * Conference of the Lake States Secretariat". The series' name holds "of", so a reader that takes the word before
 * "of" as the head would read a summit, or cut the plural away as sittings of what follows (BARE_PLURAL_SITTINGS);
 * the closing secretariat noun heads the whole name, and the series' name is its prefix.
 */
export const SERIES_SECRETARIATS: NameRule = {
  id: "series-secretariats",
  what: "'<Meeting noun(s)> of the <one to three capitalised words> Secretariat' is one office named whole after its series ('the Summits of the Pacific Secretariat'), an ORGANIZATION headed by 'Secretariat': never cut to what follows 'of the', never read as a meeting. A capitalised word after the head, or a lower-case word before it, makes no such name.",
  words: [...ORGAN_HEADS.secretariats],
  positive: [
    { text: "Secretariat: the Summits of the Pacific Secretariat, an office of the Reef Commission, services the process.", name: "Summits of the Pacific Secretariat", kind: "ORGANIZATION" },
    { text: "The Conferences of the Lake States Secretariat keeps the records of every conference.", name: "Conferences of the Lake States Secretariat", kind: "ORGANIZATION" },
    { text: "Papers are filed with the Summit of the Coral Islands Secretariat in Apia.", name: "Summit of the Coral Islands Secretariat", kind: "ORGANIZATION" },
  ],
  negative: [
    // Never cut to the words after "of the".
    { text: "Secretariat: the Summits of the Pacific Secretariat, an office of the Reef Commission, services the process.", name: "Pacific Secretariat" },
    { text: "The Conferences of the Lake States Secretariat keeps the records of every conference.", name: "Lake States Secretariat" },
    // Never a meeting.
    { text: "Papers are filed with the Summit of the Coral Islands Secretariat in Apia.", name: "Summit of the Coral Islands Secretariat", notKind: "FORUM" },
  ],
};

const NOUNS = MEETING_NOUN_ROWS.filter((n) => n.names !== "sitting").flatMap((n) => [capitalised(n.noun), capitalised(n.plural)]).join("|");
const SERIES_OFFICE = new RegExp(`^(?:${NOUNS})\\s+of\\s+the\\s+(?:[A-Z][\\p{L}-]*\\s+){1,3}(${SERIES_SECRETARIATS.words.join("|")})$`, "u");

/** The secretariat noun heading "Summits of the Americas Secretariat" (SERIES_SECRETARIATS); null for any other name. */
export const seriesSecretariatHead = (name: string): string | null => SERIES_OFFICE.exec(name)?.[1] ?? null;

/**
 * "Secretariat: the Summits of the Americas Secretariat, …" under a list whose topic is another forum: the office
 * serves the series its own name holds, so the row says nothing of that topic. Compared by id, the series' opening
 * plural read as its singular ("Summits of the Americas" is the series "Summit of the Americas").
 */
export function secretariatOfOtherSeries(rowName: string, topicId: string): boolean {
  const head = seriesSecretariatHead(rowName);
  if (!head) return false;
  const series = rowName.slice(0, -head.length).trim();
  const first = series.split(" ")[0]!;
  const one = SINGULAR_OF_PLURAL.get(first.toLowerCase());
  const singular = one ? capitalised(one) + series.slice(first.length) : series;
  return ![series, singular].some((name) => entityId("FORUM", name) === topicId);
}

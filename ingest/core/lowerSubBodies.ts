import { governingBodyAfterOwner, topicPart } from "./governingBody.js";
import { laterListedGroups, listedWorkingGroup } from "./listedWorkingGroups.js";
import type { PassageScan } from "./PassageScan.js";
import { LOWER_TAIL, PART_HEAD, PART_PHRASE } from "./subBodyRules.js";

/** "Ad hoc group" → "Ad Hoc Group": the body's words as its name writes them. */
const titled = (words: string) => words.replace(/(^|[\s-])(\p{Ll})/gu, (_all, sep: string, c: string) => sep + c.toUpperCase());

/**
 * Sub-bodies written partly in lower case, which the name readers (runs of capitalised words) leave (SUB_BODIES):
 *  - a governing body right after its forum's or programme's name: "the Fair Recruitment Initiative advisory committee",
 *    one body with "the Advisory Committee of the Fair Recruitment Initiative";
 *  - a part told apart by its own modifier: "the IDP subgroup", "Northern cluster:", owned by the forum the name opens
 *    with ("the EGX IDP subgroup"), else by the page's topic where no other forum was named before it (topicPart).
 * Runs after the open-set names (recognise.ts step 4b''); a span another step took is left alone.
 */
export function lowerCaseSubBodies(scan: PassageScan): void {
  const text = scan.text;
  // "Thematic Working Groups" over rows naming each group by its topic (LISTED_GROUPS).
  listedWorkingGroup(scan);
  laterListedGroups(scan);
  for (const owner of [...scan.mentions]) {
    if ((owner.kind !== "FORUM" && owner.kind !== "INITIATIVE") || scan.doc.discovered.get(owner.key)?.isEvent || scan.doc.catalog.byId.get(owner.key)?.isEvent) continue;
    const tail = LOWER_TAIL.exec(text.slice(owner.localEnd, owner.localEnd + 60));
    if (!tail) continue;
    const end = owner.localEnd + tail[0].length;
    if (scan.overlaps(owner.localEnd + 1, end)) continue;
    governingBodyAfterOwner(scan, titled(tail[1]!), { id: owner.key, start: owner.localStart, end: owner.localEnd }, end);
  }
  for (const m of PART_HEAD.test(text) ? text.matchAll(PART_PHRASE) : []) {
    // A sentence's opening article is no modifier: "The IDP subgroup".
    const article = /^(?:The|A|An|Its|Their|Each|Every|One)\s+/.exec(m[1]!)?.[0] ?? "";
    const start = m.index! + article.length;
    const end = m.index! + m[0].length;
    const modifier = m[1]!.slice(article.length);
    if (!modifier) continue;
    // "the EGX IDP subgroup": the forum the name opens with owns it.
    const owner = scan.mentions.find((x) => x.localStart === start && x.localEnd < end && (x.kind === "FORUM" || x.kind === "INITIATIVE"));
    if (owner) {
      const part = text.slice(owner.localEnd, end).trim();
      if (/\s/.test(part)) governingBodyAfterOwner(scan, part, { id: owner.key, start: owner.localStart, end: owner.localEnd }, end);
      continue;
    }
    if (scan.overlaps(start, end)) continue;
    topicPart(scan, `${modifier} ${m[2]!}`, start, end);
  }
}

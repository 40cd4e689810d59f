import { discoverPart, pageOwner } from "./governingBody.js";
import type { PassageScan } from "./PassageScan.js";

/**
 * Working groups a forum has several of, listed under a heading that names them ("Thematic Working Groups",
 * "Task forces"): each row names one group, by its whole name ("Working Group on data, statistics and research") or
 * by its topic alone ("1. Border management and cross-border crime — chaired by Mali"). A group is told apart by its
 * topic, which it keeps whole, commas included; it is a forum within the forum or programme the page is about (PART_OF).
 * Data, with example pages run by test/unit/listedWorkingGroups.test.ts through the whole pipeline.
 */
export const LISTED_GROUPS = {
  /** The heading over the rows: a plural body noun a forum has several of, with an optional kind word before it. */
  heading: /^(?:(Thematic|Technical|Regional|Expert)\s+)?(Working\s+Groups|Task\s+Forces|Sub-?[Cc]ommittees|Subgroups|Expert\s+Groups)\s*:?$/i,
  /** A row's opening numeral or bullet. */
  bullet: /^\s*(?:\d{1,2}[.)]|[-•*–])\s+/,
  /** Where a row's topic ends: a spaced dash, a colon, a bracket, a semicolon, ", chaired/led by", or the row's end. */
  topicEnd: /\s+[—–-]\s+|:\s|\s+\(|;|,\s+(?:chaired|co-chaired|led|co-led|coordinated|convened)\s+by\b|\.\s|\.?$/,
  /** A row that says what the groups are like ("Membership: …", "Meetings — …"): the word before its colon or dash names no topic. */
  attribute: /^(?:membership|members|meetings?|secretariat(?:\s+support)?|support|chairs?|chairing|co-?chairs?|chairmanship|mandates?|composition|frequency|funding|budget|reporting|terms\s+of\s+reference|contacts?|notes?|status|venues?|duration|rules|procedures?|participation|observers|documents?|outputs?)$/i,
  /** A row whose group was never set up, or is no more: proposed, planned, rejected, disbanded. */
  notStanding: /\b(?:propos(?:ed|al)|planned|to\s+be\s+(?:set\s+up|formed|created|established)|rejected|declined|turned\s+down|refused|never\s+(?:set\s+up|formed|created|met)|not\s+(?:yet\s+)?(?:set\s+up|formed|created|established)|disbanded|dissolved|abolished|wound\s+up|merged\s+into)\b/i,
  /** A topic opening with a number or a participle and its preposition ("Disbanded in 2015") is a note, not a topic. */
  noTopic: /^(?:\p{N}|\p{L}+ed\s+(?:in|on|by|at|since|from|until|to|after|before)\b)/iu,
};

/** "Working Groups" → "Working Group": the singular a row's name is written with. */
const singular = (words: string) =>
  words
    .split(/\s+/)
    .map((w, i, all) => (i === all.length - 1 ? w.replace(/(?<=[Ff]orce)s$|(?<=[Gg]roup)s$|(?<=[Cc]ommittee)s$/, "") : w))
    .map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase().replace(/^sub-?c/, (x) => x))
    .join(" ");

/** "Border management and cross-border crime" → "border management and cross-border crime"; acronyms and names stay. */
const topicWords = (topic: string) => (/^\p{Lu}\p{Ll}+(?:\s|,|$)/u.test(topic) ? topic[0]!.toLowerCase() + topic.slice(1) : topic);

/**
 * A list row under a heading of LISTED_GROUPS, on a page about one forum or programme whose rows the passage holds
 * alone: the group the row names, keyed by the owner's name and the group's own name. A row whose words another reader
 * took (a state, a body, a forum named in it) is no topic: it is left to the readers of the row's own words.
 */
export function listedWorkingGroup(scan: PassageScan): void {
  const { passage } = scan;
  // The heading is the section's, or a label line printed just above the rows ("Task forces:").
  const label = LISTED_GROUPS.heading.exec(scan.text.trim());
  if (passage.kind !== "list-item") LABEL.set(scan.doc, label && scan.text.trim().endsWith(":") ? label : null);
  const heading = LABEL.get(scan.doc) ?? (passage.section ? LISTED_GROUPS.heading.exec(passage.section.trim()) : null);
  const owner = pageOwner(scan);
  if (!heading || !owner || (owner.kind !== "FORUM" && owner.kind !== "INITIATIVE")) return;
  const text = scan.text;
  const bullet = LISTED_GROUPS.bullet.exec(text);
  // The list ends at the first passage under the heading that is no row: rows after prose are another list's.
  const list = LIST.get(scan.doc);
  if (!bullet && passage.kind !== "list-item") {
    if (list && list.section === passage.section && !label) list.ended = true;
    return;
  }
  if (!list || list.section !== passage.section) LIST.set(scan.doc, { section: passage.section, ended: false });
  else if (list.ended) return;
  const start = bullet ? bullet[0].length : text.length - text.trimStart().length;
  const row = text.slice(start);
  const end = start + LISTED_GROUPS.topicEnd.exec(row)!.index;
  const written = text.slice(start, end).trim();
  const group = singular(`${heading[1] ?? ""} ${heading[2]!}`.trim());
  // The row writes the group's whole name, or its topic alone.
  const whole = new RegExp(`^(?:${heading[1] ? `(?:${heading[1]}\\s+)?` : ""}${heading[2]!.replace(/s$/, "").replace(/\s+/g, "\\s+")})\\s+on\\s+(.+)$`, "i").exec(written);
  const topic = whole ? whole[1]! : written;
  // A topic is a phrase of its own: a few words, no sentence, no other forum or programme named in it.
  if (!/^[\p{L}\p{N}]/u.test(topic) || topic.split(/\s+/).length > 16 || /[.!?]/.test(topic)) return;
  if (LISTED_GROUPS.attribute.test(topic) || LISTED_GROUPS.noTopic.test(topic) || LISTED_GROUPS.notStanding.test(row)) return;
  if (scan.overlaps(start, start + written.length)) return;
  const local = `${group} on ${topicWords(topic)}`;
  // Keyed by its owner and its own name ("MIDWA Thematic Working Group on data"): two forums' groups on one topic are two.
  if (!discoverPart(scan, group, `${owner.acronym ?? owner.name} ${local}`, owner.id, start, start + written.length, local)) return;
  const listed = LISTED.get(scan.doc) ?? LISTED.set(scan.doc, new Map()).get(scan.doc)!;
  const key = scan.mentions[scan.mentions.length - 1]!.key;
  // Written whole in the row, the name is how the page's prose names it too; a topic alone is no name of its own.
  if (whole) listed.set(written, key);
}

/** The label line over the rows being read, per page (listedWorkingGroup). */
const LABEL = new WeakMap<PassageScan["doc"], RegExpExecArray | null>();
/** The list of rows being read, per page: its section, and whether a passage that is no row has ended it (listedWorkingGroup). */
const LIST = new WeakMap<PassageScan["doc"], { section: string | null | undefined; ended: boolean }>();
/** The listed groups of a page, by the whole name their row writes (listedWorkingGroup). */
const LISTED = new WeakMap<PassageScan["doc"], Map<string, string>>();

/**
 * "Benin chairs the Working Group on labour mobility": a later mention of a group the page listed under its heading, by
 * the whole name its row wrote (the name readers stop at its lower-case topic). The page's own listing binds the name
 * to its owner, so the same words on another page are no mention of it.
 */
export function laterListedGroups(scan: PassageScan): void {
  const listed = LISTED.get(scan.doc);
  if (!listed) return;
  for (const [name, key] of listed) {
    for (let at = scan.text.indexOf(name); at >= 0; at = scan.text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      // The whole name, not the start of a longer topic ("… on labour mobility and skills").
      if (/^[\p{L}\p{N}]/u.test(scan.text.slice(end, end + 1)) || /^\s+(?:and|or|of|in|for)\s/.test(scan.text.slice(end, end + 6))) continue;
      if (scan.overlaps(at, end)) continue;
      const kind = scan.doc.discovered.get(key)?.kind ?? "FORUM";
      scan.push({ localStart: at, localEnd: end, kind, key, method: "name-pattern", confidence: 0.7 });
    }
  }
}

const PROFILE = "Tinland Coastal Process\n\nThe Tinland Coastal Process gathers six island states.\n\n";
/** Example pages (test/unit/listedWorkingGroups.test.ts): `expect` is [type, source, target]. Written for these specs. */
export const LISTED_GROUP_EXAMPLES = {
  positive: [
    // Rows naming each group by its topic alone, under a heading that names what they are.
    { text: `${PROFILE}Thematic Working Groups\n- Harbour safety, search and rescue, chaired by Fiji\n- Seasonal labour, chaired by Tonga\n`, expect: ["CHAIRED", "ctry:fj", "forum:tinland-coastal-process-thematic-working-group-on-harbour-safety-search-and-rescue"] },
    { text: `${PROFILE}Thematic Working Groups\n- Harbour safety, search and rescue, chaired by Fiji\n- Seasonal labour, chaired by Tonga\n`, expect: ["PART_OF", "forum:tinland-coastal-process-thematic-working-group-on-seasonal-labour", "forum:tinland-coastal-process"] },
    // Rows writing the whole name; the prose after the list names a group the same way.
    { text: `${PROFILE}Task forces:\n- Task Force on fisheries data\n- Task Force on returns, readmission and reintegration\n\nSamoa leads the Task Force on fisheries data.`, expect: ["LEADS", "ctry:ws", "forum:tinland-coastal-process-task-force-on-fisheries-data"] },
  ] as Array<{ text: string; expect: [string, string, string] }>,
  negative: [
    // Each row's chair is its own group's, not the neighbour row's.
    { text: `${PROFILE}Thematic Working Groups\n- Harbour safety, search and rescue, chaired by Fiji\n- Seasonal labour, chaired by Tonga\n`, expect: ["CHAIRED", "ctry:fj", "forum:tinland-coastal-process-thematic-working-group-on-seasonal-labour"] },
    // The group's chair is no chair of the whole process.
    { text: `${PROFILE}Thematic Working Groups\n- Harbour safety, search and rescue, chaired by Fiji\n- Seasonal labour, chaired by Tonga\n`, expect: ["CHAIRED", "ctry:fj", "forum:tinland-coastal-process"] },
    // A longer topic that opens with a listed group's name is another group, or none.
    { text: `${PROFILE}Task forces:\n- Task Force on fisheries data\n- Task Force on ports\n\nSamoa leads the Task Force on fisheries data and statistics.`, expect: ["LEADS", "ctry:ws", "forum:tinland-coastal-process-task-force-on-fisheries-data"] },
  ] as Array<{ text: string; expect: [string, string, string] }>,
  /** Names no entity may carry. */
  unnamed: [
    // Rows under another heading are no groups.
    { text: `${PROFILE}Priorities\n- Harbour safety, led by Fiji\n- Seasonal labour, led by Tonga\n`, name: "Tinland Coastal Process Working Group on harbour safety" },
    // A page about no one forum: whose groups they are, the page does not say.
    { text: "Coastal news, week 12\n\nThe Tinland Coastal Process and the Reef Labour Dialogue met in Suva.\n\nWorking groups\n- Seasonal labour, chaired by Tonga\n", name: "Working Group on seasonal labour" },
    // Rows that say what the groups are like, not which groups there are.
    { text: `${PROFILE}Expert Groups\n- Reef fisheries, chaired by Fiji\n- Membership: open to every member state\n`, name: "Tinland Coastal Process Expert Group on membership" },
    { text: `${PROFILE}Expert Groups\n- Reef fisheries, chaired by Fiji\n- Meetings – each spring, in Nuku'alofa\n`, name: "Tinland Coastal Process Expert Group on meetings" },
    // A row after prose under the heading belongs to no list of groups.
    { text: `${PROFILE}Expert Groups\n- Reef fisheries, chaired by Fiji\n- Ferry links, chaired by Samoa\nBoth groups send their findings to the senior officials.\n- Yearly digest – out each June\n`, name: "Tinland Coastal Process Expert Group on yearly digest" },
    // A group some state asked for and the ministers turned down, or one wound up long ago, is none of the process's.
    { text: `${PROFILE}Expert Groups\n- Reef fisheries, chaired by Fiji\n- Ferry links – asked for by the island states in 2018, declined by the ministers\n`, name: "Tinland Coastal Process Expert Group on ferry links" },
    { text: `${PROFILE}Expert Groups\n- Reef fisheries, chaired by Fiji\n- Dissolved after 2012: ferry links\n`, name: "Tinland Coastal Process Expert Group on dissolved after 2012" },
    { text: `${PROFILE}Expert Groups\n- Reef fisheries, chaired by Fiji\n- 2016 review: ferry links\n`, name: "Tinland Coastal Process Expert Group on 2016 review" },
    // A row that is a sentence, not a topic.
    { text: `${PROFILE}Expert Groups\n- Reef fisheries, chaired by Fiji\n- Ask the secretariat! It keeps the list\n`, name: "Tinland Coastal Process Expert Group on ask the secretariat! It keeps the list" },
    // A row naming a forum of its own is that forum, not a group on it.
    { text: `${PROFILE}Expert Groups\n- Reef fisheries, chaired by Fiji\n- Budapest Process\n`, name: "Tinland Coastal Process Expert Group on budapest Process" },
    // Rows on a page about an organization, not a forum or programme.
    { text: "Tinland Labour Office (TLO)\n\nThe Tinland Labour Office is a government agency of Tinland.\n\nExpert Groups\n- Reef fisheries, chaired by Fiji\n", name: "Tinland Labour Office Expert Group on reef fisheries" },
  ] as Array<{ text: string; name: string }>,
};

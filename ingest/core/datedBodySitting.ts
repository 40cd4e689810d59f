import { MONTH } from "./months.js";
import { KIND_RIGHT_AFTER } from "./meetingPatterns.js";
import { sitsInSessions } from "./meetingSittingBody.js";
import { headWord } from "./headKind.js";
import { meetingNounsWhere } from "./meetingNouns.js";
import type { RecentForums } from "./RecentForums.js";
import type { Mention } from "./types.js";

/**
 * A sitting named by its series or its body and the day it sat (DATED_BODY_SITTING, read by meetings.ts): "the Alpine
 * Council of 8 June 2019", "the Sahel Herders Council of 21 and 22 November 2016", "the Baltic Ports Dialogue session
 * of 3 October 2018", "the Tasman Fisheries Board meeting of 2 March 2019". A day of its own after the name says
 * which sitting it was, so the phrase is that day's sitting of the series (or of the council, board or committee that
 * sits in sessions), keyed by the year and told apart from other sittings of the year by its day. The body named as what
 * a meeting noun is "of" ("the informal meeting of the Lagoon Council in Tanjung on 6 October 2023") is such a sitting
 * too: the noun says a sitting is meant, as "at the" does.
 * Left alone: a name the phrase is the complement of ("the Regulation of the Gulf Shipping Council of 14 May 2024",
 * where the date is the regulation's), a treaty or programme dated so ("the Savanna Water Convention of 28 July 1998"),
 * a year or month with no day ("the Council of 2019"), and a sitting still to come ("the next Council meeting of 5
 * June 2031", "… of 5 June 2031 will be chaired by …").
 */
export const DATED_BODY_SITTING = {
  id: "dated-body-sitting",
  positive: [
    { title: "Alpine Council", text: "The Alpine Council brings together the interior ministers of Austria, Switzerland and Slovenia. The border rules were agreed at the Alpine Council of 8 June 2019 in Bern.", event: "Alpine Council 2019" },
    { title: "Page", text: "The Sahel Herders Council is a council of the livestock ministers of Mali, Niger and Chad. Niger hosted the Sahel Herders Council of 21 and 22 November 2016 in Niamey.", event: "Sahel Herders Council 2016" },
    { title: "Page", text: "The Tasman Fisheries Board was set up by two states in 2004. The Tasman Fisheries Board meeting of 2 March 2019 in Hobart was hosted by Australia.", event: "Tasman Fisheries Board 2019" },
    { title: "Baltic Ports Dialogue", text: "The Baltic Ports Dialogue is a forum of the port authorities of the Baltic states. The Baltic Ports Dialogue of 3 October 2018 met in Tallinn.", event: "Baltic Ports Dialogue 2018" },
    // A day it sat on, after a word that makes the phrase a sitting ("at the …") or a kind of meeting.
    { title: "Page", text: "The Danube Ferry Council sets the ferry timetables of four riparian states. Serbia spoke first during the Danube Ferry Council at Novi Sad on 9 April 2017.", event: "Danube Ferry Council 2017" },
    { title: "Page", text: "The Tasman Fisheries Board was set up by two states in 2004. Australia hosted the Tasman Fisheries Board meeting on 2 March 2019.", event: "Tasman Fisheries Board 2019" },
    // The body shortened to its head word, named once before.
    { title: "Page", text: "The Coral Reef Fisheries Board sets catch limits for four island states. Fiji chaired the Board meeting of 14 May 2021 in Suva.", event: "Coral Reef Fisheries Board 2021" },
    { title: "Page", text: "The Lake Basin Council of Ministers sets the fishing rules of the lake.\n\nThe rules were agreed at the Council of 12 March 2021 in Kampala.", event: "Lake Basin Council of Ministers 2021" },
    // The body as what a meeting noun is "of", with the venue and the day it sat (DATED_VENUE_OF_BODY cut the venue).
    { title: "Page", text: "The Lagoon Fisheries Council gathers the fisheries ministers of the coastal states. At the informal meeting of the Lagoon Fisheries Council in Tanjung on 6 October 2023, hosted by Ghana, Togo asked for a vote.", event: "Lagoon Fisheries Council 2023" },
    { title: "Page", text: "The Reef Shipping Board sets crew rules for four island states. Tonga spoke at a special session of the Reef Shipping Board on 2 May 2018 in Apia.", event: "Reef Shipping Board 2018" },
    // A word capitalised because it opens the sentence, or a month, names no other council.
    { title: "Page", text: "The Fjord Council gathers the transport ministers of two coastal states. Each Council member speaks in turn. Finland chaired the Council meeting of 4 April 2022 in Turku.", event: "Fjord Council 2022" },
    { title: "Page", text: "The Fjord Council gathers the transport ministers of two coastal states. Fares rose after the March Council, and Finland chaired the Council meeting of 4 April 2022 in Turku.", event: "Fjord Council 2022" },
  ],
  negative: [
    // The date is the regulation's: the council is the complement of another name.
    { title: "Page", text: "The Regulation of the Gulf Shipping Council of 14 May 2024 sets rules on crew visas. Oman is a member of the Gulf Shipping Council.", event: "Gulf Shipping Council 2024" },
    { title: "Page", text: "The Coral Fisheries Board sets quotas for reef fish. Fiji applies the quota rules of the Coral Fisheries Board of 3 May 2019 to its fleet.", event: "Coral Fisheries Board 2019" },
    { title: "Page", text: "The Gulf Shipping Council (GSC) sets rules on crew visas. Its legal basis is Decision 2019/44/GSC of 3 May 2019.", event: "Gulf Shipping Council 2019" },
    // A treaty dated by its signature is no sitting.
    { title: "Page", text: "The Savanna Water Convention of 28 July 1998 governs shared rivers. Botswana ratified the Savanna Water Convention.", event: "Savanna Water Convention 1998" },
    // No day: a year or month alone does not say which sitting.
    { title: "Page", text: "The Alpine Council brings together the interior ministers of three states. The Alpine Council of 2019 agreed on border rules.", event: "Alpine Council 2019" },
    // The body acting on a day is no sitting.
    { title: "Page", text: "The Gulf Shipping Council sets rules on crew visas. The Gulf Shipping Council in Doha on 3 May 2019 published a report on crews.", event: "Gulf Shipping Council 2019" },
    // Two bodies with that head word: which one sat is not said.
    { title: "Page", text: "The Coral Reef Fisheries Board and the Atoll Shipping Board met in Suva. Fiji chaired the Board meeting of 14 May 2021.", event: "Coral Reef Fisheries Board 2021" },
    // "The Council" under another section heading, or in a passage that names another council, is not the one named before.
    { title: "Page", text: "The Fjord Council gathers the transport ministers of two coastal states.\n\nReports\nLake ministers met as well. Finland chaired the Council meeting of 4 April 2022 in Turku.", event: "Fjord Council 2022" },
    { title: "Page", text: "The Fjord Council gathers the transport ministers of two coastal states.\n\nThe Council of the Lake States adopted a ferry plan. The Council of 4 April 2022 agreed on ferry fares.", event: "Fjord Council 2022" },
    { title: "Page", text: "The Fjord Council gathers the transport ministers of two coastal states.\n\nTinland's Council also sets fares. Finland chaired the Council meeting of 4 April 2022 in Turku.", event: "Fjord Council 2022" },
    // "of" after a noun that is no meeting: the date is the regulation's, as above.
    { title: "Page", text: "The Lagoon Fisheries Council gathers the fisheries ministers of the coastal states. The quota rules of the Lagoon Fisheries Council in Tanjung on 6 October 2023 were published.", event: "Lagoon Fisheries Council 2023" },
    // A meeting of the body still to come.
    { title: "Page", text: "The Lagoon Fisheries Council gathers the fisheries ministers of the coastal states. The next meeting of the Lagoon Fisheries Council on 6 October 2031 will be chaired by Ghana.", event: "Lagoon Fisheries Council 2031" },
    // Still to come.
    { title: "Page", text: "The Nordic Return Council gathers the migration ministers of the Nordic states. The Nordic Return Council of 5 June 2031 will be chaired by Iceland.", event: "Nordic Return Council 2031" },
    { title: "Page", text: "The Nordic Return Council gathers the migration ministers of the Nordic states. The next Nordic Return Council meeting of 5 June 2031 is to be chaired by Iceland.", event: "Nordic Return Council 2031" },
  ],
};

/** "of 8 June 2019", "of 21 and 22 November 2016", "of 3-4 May 2017": a day date right after the name (or its kind). */
const OF_DAY = new RegExp(String.raw`^\s+of\s+\d{1,2}(?:\s*(?:[-–]|and)\s*\d{1,2})?\s+${MONTH}\s+((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)`, "u");
/**
 * "in Bern on 8 June 2019", "on 3 May 2019": a day the body sat on, with its venue; a sitting only where the phrase is
 * one ("at the Alpine Council in Bern on …", "chaired the Board meeting on …"), for a body also acts on a day.
 */
const ON_DAY = new RegExp(String.raw`^(?:,?\s+(?:in|at)\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2},?)?\s+on\s+\d{1,2}(?:\s*(?:[-–]|and)\s*\d{1,2})?\s+${MONTH}\s+((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)`, "u");
const SITTING_BEFORE = /\b(?:[Aa]t|[Dd]uring|attended|chaired|hosted|opened|convened)\s+the\s+$/;
/** "the informal meeting of the ", "a session of ": the name is what a meeting noun is of, so the phrase is a sitting of it. */
const MEETING_OF_BEFORE = new RegExp(`\\b(?:${meetingNounsWhere(() => true).join("|")})s?\\s+of\\s+(?:the\\s+)?$`, "i");
/** Where that meeting phrase begins: its noun and up to two lower-case words after the article ("informal meeting of the "). */
const MEETING_PHRASE = new RegExp(`(?:\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+)((?:[a-z][\\w-]*\\s+){0,2}?(?:${meetingNounsWhere(() => true).join("|")})s?\\s+of\\s+(?:the\\s+)?)$`, "i");
/** The name is a complement of another one ("the Regulation of the Council of …"), or a sitting yet to come. */
const COMPLEMENT_BEFORE = /\b(?:of|from)\s+(?:the\s+)?$/;
const AHEAD_BEFORE = /\b(?:next|upcoming|forthcoming|planned|proposed|future|coming)\s+$/i;
/** The clause after the date looks ahead ("will be chaired", "is to meet"). */
const AHEAD_AFTER = /^[^.;:]{0,60}?\b(?:will|shall|is\s+to|are\s+to|would|is\s+planned|is\s+scheduled)\b/;

/**
 * The year of the sitting DATED_BODY_SITTING reads after the mention [start, end) of `entity`, with the phrase's end; else
 * null. Where a meeting noun names the sitting ("the informal meeting of the X …"), `start` is where that noun's phrase
 * begins, so that the sitting's mention is the whole phrase a verb after it speaks of.
 */
export function datedBodySitting(text: string, start: number, end: number, entity: Sitter | undefined): { year: number; end: number; start?: number } | null {
  // "Decision 2008/381/EC of 14 May 2008": an acronym glued into a document's number dates the document.
  if (!sits(entity) || (start > 0 && !/[\s("“]/.test(text[start - 1]!))) return null;
  const kind = KIND_RIGHT_AFTER.exec(text.slice(end, end + 60));
  const at = end + (kind ? kind[0].length : 0);
  const held = text.slice(Math.max(0, start - 40), start);
  const meetingOf = MEETING_OF_BEFORE.test(held);
  const day = OF_DAY.exec(text.slice(at, at + 50)) ?? (kind || meetingOf || SITTING_BEFORE.test(held) ? ON_DAY.exec(text.slice(at, at + 80)) : null);
  if (!day) return null;
  const before = held.replace(/\b[Tt]he\s+$/, "");
  // "of" after a meeting noun names the sitting; after any other noun ("the Regulation of the Council of …") it is a complement.
  const ofWhat = meetingOf ? before.replace(MEETING_OF_BEFORE, "") : before;
  if ((!meetingOf && COMPLEMENT_BEFORE.test(before)) || AHEAD_BEFORE.test(ofWhat)) return null;
  if (AHEAD_AFTER.test(text.slice(at + day[0].length, at + day[0].length + 80))) return null;
  const phrase = meetingOf ? MEETING_PHRASE.exec(held) : null;
  return { year: Number(day[1]), end: at, ...(phrase ? { start: start - phrase[1]!.length } : {}) };
}

export type Sitter = { kind: string; name: string; isEvent?: boolean };

/** A standing forum, or a council, board or committee that sits in sessions; never a treaty or programme. */
export function sits(entity: Sitter | undefined): entity is Sitter {
  if (!entity || entity.isEvent || entity.kind === "INITIATIVE") return false;
  return entity.kind === "FORUM" || sitsInSessions(entity);
}

/** A body's bare head word, capitalised, as writers shorten its name ("the Council", "the Dialogue"). */
const BARE_HEAD = /\b[Tt]he\s+(Council|Board|Committee|Commission|Assembly|Dialogue|Forum|Process)\b/g;

/**
 * DATED_BODY_SITTING with the body shortened to its head word ("the Council meeting of 14 May 2024", "the Dialogue of
 * 3 May 2019"): the sitting of the one body with that head the passage named before it, else of the one the scope
 * has named so far. Two bodies with that head (a "European Council" and a "Council of …") leave it unread. Remembers
 * the sitting bodies this passage names for the passages after it.
 */
export function bareHeadSittings(text: string, sorted: Mention[], recent: RecentForums, entityOf: (key: string) => Sitter | undefined): Array<{ start: number; end: number; parentId: string; year: number }> {
  const out: Array<{ start: number; end: number; parentId: string; year: number }> = [];
  const named = (upTo: number) => {
    const byHead = new Map<string, Set<string>>();
    for (const m of sorted) {
      const e = m.localEnd <= upTo ? entityOf(m.key) : undefined;
      const head = sits(e) ? headWord(e.name) : null;
      if (head) byHead.set(head, new Set([...(byHead.get(head) ?? []), m.key]));
    }
    return byHead;
  };
  for (const h of text.matchAll(BARE_HEAD)) {
    const start = h.index! + h[0].length - h[1]!.length;
    // A head that opens a longer name ("the Council of Europe") is that name, not a shortening.
    if (sorted.some((m) => m.localStart <= start && start < m.localEnd)) continue;
    const sitting = datedBodySitting(text, start, start + h[1]!.length, { kind: "FORUM", name: h[1]! });
    if (!sitting) continue;
    if (namesOtherHead(text, h[1]!, start, sorted, entityOf)) continue;
    // Bodies remembered from earlier passages count only under the same section heading: a new section may be about another body.
    const remembered = recent.sittingSection === recent.section ? recent.sittingBodies : undefined;
    const here = named(start).get(h[1]!) ?? remembered?.get(h[1]!);
    if (here?.size !== 1) continue;
    out.push({ start, end: sitting.end, parentId: [...here][0]!, year: sitting.year });
  }
  if (recent.sittingSection !== recent.section) [recent.sittingBodies, recent.sittingSection] = [undefined, recent.section];
  for (const [head, ids] of named(text.length)) {
    recent.sittingBodies = new Map(recent.sittingBodies ?? []).set(head, new Set([...(recent.sittingBodies?.get(head) ?? []), ...ids]));
    recent.pageSittingBodies = new Map(recent.pageSittingBodies ?? []).set(head, new Set([...(recent.pageSittingBodies?.get(head) ?? []), ...ids]));
  }
  return out;
}

/** Each bare head word as a pattern of its own, built once. */
const HEAD_AT = new Map<string, RegExp>();
const headAt = (head: string): RegExp => HEAD_AT.get(head) ?? HEAD_AT.set(head, new RegExp(String.raw`\b${head}\b`, "g")).get(head)!;
/**
 * A capitalised word right before the head that names another body with it ("Tinland's Council", "the Harbour
 * Council"): not a month or weekday ("the June Council" is a sitting, not a body), and not a word capitalised only
 * because it opens the sentence ("Each Council member"), unless it is a possessor ("Tinland's Council").
 */
const OTHER_NAME_WORD = /(?<![\p{L}-])(?!(?:The|This|That|Its|Their|A|An)\s)[A-Z][\p{L}-]*(?:['’]s)?\s+$/u;
const NO_NAME_WORD = new RegExp(String.raw`(?:[.!?:;]\s+|\n\s*)(?![\p{L}-]*['’]s\s)[A-Z][\p{L}-]*\s+$|(?<![\p{L}-])(?:${MONTH}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+$`, "u");

/**
 * Whether the passage writes the head word, capitalised, for a body the reader did not take as a sitting one: "the
 * Council of the Lake States", "Tinland's Council", "the Harbour Council" it does not know, or a known body that does
 * not sit. "The Council" may then be that one.
 */
export function namesOtherHead(text: string, head: string, at: number, sorted: Mention[], entityOf: (key: string) => Sitter | undefined): boolean {
  for (const o of text.matchAll(headAt(head))) {
    if (o.index === at) continue;
    const within = sorted.find((m) => m.localStart <= o.index! && o.index! < m.localEnd);
    if (within) {
      const e = entityOf(within.key);
      if (!(sits(e) && headWord(e.name) === head)) return true;
      continue;
    }
    // The passage's own start opens a sentence as a line break does.
    const before = (o.index! > 30 ? "" : "\n") + text.slice(Math.max(0, o.index! - 30), o.index!);
    const after = text.slice(o.index! + head.length, o.index! + head.length + 20);
    if (OTHER_NAME_WORD.test(before) && !NO_NAME_WORD.test(before)) return true;
    if (/^\s+of\s+(?:the\s+)?[A-Z]/.test(after)) return true;
  }
  return false;
}

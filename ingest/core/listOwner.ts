import type { EntityKind, RelationType } from "../../src/ontology/ontology.js";
import type { HeadingListPage, TopicOf } from "./headingListPage.js";
import type { M } from "./mentionLists.js";
import { bodyMembersOwner } from "./bodyMembersLabel.js";
import { deniedMember } from "./deniedMember.js";
import { namesAnOccasion } from "./eventLabel.js";
import { itemTitle } from "./itemTitle.js";
import { pageHeadings } from "./questionAnswer.js";
import { unitsOwner } from "./unitsOwner.js";
import type { HeadingList } from "./rules/listRules.js";
import { participating } from "./rules/participantNouns.js";
import type { Mention, Passage } from "./types.js";
import type { TripleExamples } from "./TripleExamples.js";

/** What a list about one occasion can state: who attended, hosted, chaired or paid for it. */
const OCCASION_TYPES = new Set<RelationType>(["PARTICIPATES_IN", "HOSTED", "CHAIRED", "FUNDS", "SUPPORTS"]);

/**
 * Lists only a meeting has: who attended it (listRules.ts "participants", leadInRules.ts "participant-list"). The two
 * read one kind of list and share this set, but not one owner rule, on purpose: a label ("List of participants:") is
 * a field of its section, so it belongs to a meeting the page has just reported only when that is a dated meeting
 * (a standing forum's profile lists its own), else to the section's subject; a lead-in sentence ("The list of
 * participants, as the hosts released it:") speaks of what was just reported, and an owner it writes is the last one
 * before the list, not the first. Their patterns differ for the same reason: a sentence has articles, qualifiers and
 * denials ("the list of invited delegations") that a label line does not.
 */
const MEETING_LISTS = new Set(["participants", "participant-list"]);

/** A label of those taking part, states or bodies ("Participating countries:", "Participating States"). */
const PARTICIPATION_LABEL = new RegExp(String.raw`^\W*${participating("states", "bodies")}\b`, "i");

/** A list a line opens: by a heading ("Members:"), a lead-in sentence ("… took part:") or a copular one ("Observers include"). */
export interface ListOpening {
  list: HeadingList[];
  restFrom: number;
  by: "heading" | "lead-in" | "copular";
}

/** What the page's structure tells of a label's owner: the profile's subject, the block's title line, the latest topic. */
export interface OwnerClues {
  profile: (kinds: readonly EntityKind[]) => M | null;
  blockTitle: () => string | null;
  topic: TopicOf;
}

/** The line that opens a list, with what the page tells of its owner (listOwner). */
export interface ListOwnerOptions {
  page: HeadingListPage;
  passage: Passage;
  /** The passage's mentions (passage offsets). */
  pm: Mention[];
  /** The sentence's index in the passage, its text and its mentions (sentence offsets). */
  index: number;
  text: string;
  ms: M[];
  h: ListOpening;
  clues: OwnerClues;
}

/**
 * The entity a list opened by a label or lead-in is about, and the lists it then holds: the owner written before the
 * colon; else an occasion heading's meeting or a block's title; else what was just reported (a lead-in) or the
 * section's, the profile's or the page's subject (a heading). A label of another body's members, or "Its …" standing
 * for no one known, has no owner.
 */
export function listOwner(o: ListOwnerOptions): { list: HeadingList[]; topic: M | null } {
  const { page, passage, pm, index, text, ms, h, clues } = o;
  // A label read both ways ("Member states": a forum's members, or a regional body's whose page it is): the lists that
  // may take the latest topic reported speak first; the ones that need their owner named (programmeListRules.ts
  // `topicNamed`) only where those find no owner, and then with the owner the page, section or label names.
  const strict = h.list.filter((l) => "topicNamed" in l);
  const loose = h.list.filter((l) => !("topicNamed" in l));
  if (strict.length > 0 && loose.length > 0) {
    const first = listOwner({ ...o, h: { ...h, list: loose } });
    return first.topic ? first : listOwner({ ...o, h: { ...h, list: strict } });
  }
  const { doc, named } = page;
  const { profile, blockTitle: block, topic } = clues;
  const sectionLabel = passage.section?.split(" › ").pop();
  const listHead = h.by === "heading";
  const lead = !listHead;
  const copular = h.by === "copular";
  const kinds = h.list.flatMap((l) => l.topics);
  // A lead-in speaks of what was just reported (the meeting, the project); a heading of its section's topic.
  // "The RCP's main stakeholders were present:": a possessive owner is not what the list is about.
  const before = ms.filter((m) => m.start < h.restFrom && kinds.includes(m.kind) && !(lead && /^[’']s\b/.test(text.slice(m.end, m.end + 3))));
  const attendance = h.list.some((l) => l.type === "PARTICIPATES_IN");
  // A bare fact-sheet label ("Countries:") speaks of the initiative the page or section names, not the latest one.
  // Under a title that names no body ("FACT SHEET"), the page's opening heading line names it (questionAnswer.ts).
  const opening = () => pageHeadings(doc).reduce<M | null>((found, label) => found ?? named(label, kinds), null);
  // A label with no owner (not a lead-in, which speaks of what was just reported) lists for the section's or the
  // profile's subject before any body the prose before it happened to name last ("Participating cities" under a
  // paragraph on another fund that pays for a phase).
  // An item titled by a name alone ("- Coastal Fisheries Programme. … Countries: A, B") owns its fields (itemTitle.ts).
  // A heading over a forum's list (observers, chairs, hosts) with no owner written is about what the page is about
  // ("OBSERVER COUNTRIES" on the Andean Community's page): where the title names an organization and no forum, the list
  // is the organization's, which no forum's list can be, not the last forum a sentence nearby happened to name ("…
  // admitted by the Andean Council"); only the page's opening heading line may still name its forum.
  const titleBody = listHead && kinds.every((k) => k === "FORUM") ? named(doc.title, ["ORGANIZATION"]) : null;
  const titleElse = !!titleBody && !named(doc.title, kinds);
  const fallback = h.list.every((l) => "topicNamed" in l) ? (named(itemTitle(passage, pm, index, kinds), kinds) ?? named(sectionLabel, kinds) ?? opening()) : ((lead ? null : named(sectionLabel, kinds) ?? profile(kinds)) ?? (titleElse ? opening() : (topic(kinds) ?? opening())));
  // "Its target countries were:" where "Its" stands for no one known: the list's owner is unknown, not the latest named.
  const ownerUnknown = lead && before.length === 0 && /^\W*(?:its|their)\b/i.test(text);
  // "Regional partners include A, B" with no owner written: the partners of what the page or section names, never
  // of the latest body mentioned (a paragraph on an agency's regional work names others' programmes). Under a
  // title that names only the publisher ("FACT SHEET | <bank>"), the page's opening heading line names the fund.
  const unwritten = copular && before.length === 0 && !/^\W*(?:its|their)\b/i.test(text);
  // A label with no owner written, under a heading naming one occasion ("Ministerial conference, Istanbul, 2013")
  // or in a block under its own title line, belongs to that occasion or block: to what it names, else to no one.
  const own = before.length > 0 ? null : ownHeading(page, passage, sectionLabel, lead, h.list, block);
  // "Other ASEAN Member States<TAB>…", "IOM member states:": a label of members that names a body of another kind lists
  // that body's members, not the topic's.
  // The body modifies the head ("Members (EU Member States with …)" is the topic's members with a remark), and may be no
  // relation end of its own there ("ASEAN Member States" names a collective): the passage's mentions.
  const head = listHead ? /\bmember/i.exec(text)?.index ?? -1 : -1;
  const othersMembers =
    head > 0 && index === 0 && before.length === 0 && h.list.every((l) => l.type === "MEMBER_OF") &&
    pm.some((m) => m.localEnd <= head && m.kind !== "COUNTRY" && !kinds.includes(m.kind));
  // A label that names a meeting's own list ("List of participants:", "Delegation list:") is the meeting's last reported.
  // So is a label of participation ("Participating countries:") under a meeting just reported, a meeting having no
  // members, except on a standing forum's profile, where it lists the forum's own.
  const standingPage = [sectionLabel, page.doc.title].some((label) => page.named(label, ["FORUM"])?.isEvent === false);
  const participation = PARTICIPATION_LABEL.test(text.slice(0, h.restFrom)) && !standingPage && !(profile(["FORUM"])?.isEvent === false);
  // "Members of its steering group:" lists an organ's members, not the topic's (bodyMembersLabel.ts).
  const members = h.list.every((l) => l.type === "MEMBER_OF");
  /**
   * "The Process counts as its members:" after a report of one of its meetings: a dated meeting has no members, so the
   * "its" a members lead-in owns its list by is the meeting's standing series (PRONOUN_MEMBERS_OWNER).
   */
  const standingOfPronoun = (m: M, line: string): M => {
    const e = m.isEvent && m.via === "coref" && /^(?:its|their)$/i.test(line.slice(m.start, m.end)) ? page.entities.get(m.id) : undefined;
    const series = e?.parentId ? page.entities.get(e.parentId) : undefined;
    return series && !series.isEvent ? { id: series.id, kind: series.kind, isEvent: false, start: m.start, end: m.end, via: "coref" } : m;
  };
  const reported = !lead && (h.list.some((l) => MEETING_LISTS.has(l.id)) || participation) ? page.latest(kinds, true) : null;
  const listTopic = ((): M | null => {
    if (othersMembers) return null;
    if (own) return own.owner;
    if (ownerUnknown) return null;
    // "Participants in the fifth meeting, Addis Ababa, July 2019:": the label names what it lists for; where that is no
    // entity the page built, the list is no one's, not the latest meeting's.
    if (listHead && before.length === 0 && NAMED_OCCASION.test(text.slice(0, h.restFrom))) return null;
    // An entry titled by its first sentence ("Tidal Livelihoods (2018). … The core partners were A and B") is its title's.
    if (unwritten) return named(itemTitle(passage, pm, index, kinds), kinds) ?? named(sectionLabel, kinds) ?? named(doc.title, kinds) ?? opening();
    const written = lead ? before[before.length - 1] : before[0];
    return (written && members ? standingOfPronoun(written, text) : written) ?? (lead ? page.latest(kinds, attendance) : reported?.isEvent ? reported : null) ?? fallback;
  })();
  // "Three offices sit within the Ministry's oversight:" on a board's page: not the board's units (unitsOwner.ts).
  const unitsOf = lead && h.list.every((l) => l.id === "units-of-body") && listTopic && !unitsOwner(text.slice(0, h.restFrom), page.entities.get(listTopic.id)) ? null : listTopic;
  // A body the page says is no member ("IOM is a partner of the network and not one of its members") is not what a
  // members list with no owner written belongs to: the list is the other body's, which the page may not have built.
  if (members && before.length === 0 && unitsOf && deniedMember(doc, page.entities.get(unitsOf.id))) return { list: own?.list ?? h.list, topic: null };
  return { list: own?.list ?? h.list, topic: members ? bodyMembersOwner(text.slice(0, h.restFrom), unitsOf, page.entities) : unitsOf };
}

const NAMED_OCCASION = /^\W*participants\s+(?:in|at)\s/i;

/**
 * The occasion heading or block title over a label line, and what the list then is: a block's fields are its
 * title's; under an occasion, who attended, hosted, chaired or paid attended or paid for that meeting (the one last
 * reported, else one the heading names), and a list the meeting cannot own (members) has no owner.
 */
function ownHeading(page: HeadingListPage, passage: Passage, sectionLabel: string | undefined, lead: boolean, list: HeadingList[], blockTitle: () => string | null): { owner: M | null; list: HeadingList[] } | null {
  const { doc, named, latest } = page;
  const block = lead ? null : blockTitle();
  if (block) return { owner: named(block, list.flatMap((l) => l.topics)), list };
  // Not the heading the page opens under: on a meeting's own page its lists keep the page's reading.
  if (!sectionLabel || sectionLabel === doc.passages[0]?.section?.split(" › ").pop() || !namesAnOccasion(sectionLabel)) return null;
  const occasional = list.filter((l) => OCCASION_TYPES.has(l.type) && l.topics.includes("FORUM"));
  const reported = occasional.length > 0 ? latest(["FORUM"], true) : null;
  const event = reported?.isEvent ? reported : occasional.length > 0 ? named(sectionLabel, ["FORUM"]) : null;
  return event?.isEvent ? { owner: event, list: occasional } : { owner: null, list };
}

const SHEET = "FACT SHEET | International Organization for Migration\nMigration for Development in Africa (MIDA)\n\nType: capacity-building programme\nSet up: 2001\n\n";
const FORUM = "The Global Forum on Migration and Development\n\nThe Forum meets every year.\n\n";
/** Example pages for the owner a list takes (test/unit/headingLists.test.ts): `expect` is [type, source, target]. */
export const LIST_OWNER_EXAMPLES: TripleExamples = {
  positive: [
    // Who attended, in a row naming its meeting, attended that meeting.
    { text: `${FORUM}Meeting\tPlace\tCountries attending\nGFMD 2012 summit\tPort Louis\tGhana, Kenya\n`, expect: ["PARTICIPATES_IN", "ctry:ke", "forum:gfmd-2012"] },
    // Under an occasion's heading, who was present was present at the meeting last reported there.
    { text: `${FORUM}Summit in Port Louis, 2012\n\nThe GFMD 2012 met in Port Louis.\n\nDelegations present:\n- Ghana\n- Kenya\n`, expect: ["PARTICIPATES_IN", "ctry:ke", "forum:gfmd-2012"] },
    // "Participating countries:" right after a meeting's report, on a page about no standing forum: that meeting's.
    { text: "News in brief\n\nThe GFMD 2012 met in Port Louis.\n\nParticipating countries: Ghana, Kenya\n", expect: ["PARTICIPATES_IN", "ctry:ke", "forum:gfmd-2012"] },
    // "The beneficiaries were:" with no owner written, on a sheet whose title names only its publisher.
    { text: `${SHEET}Where the grants went\nBy 2010 IOM had financed twenty projects. The beneficiaries were:\n  Ghana\n  Senegal\n`, expect: ["OPERATES_IN", "ini:mida", "ctry:sn"] },
    // On a forum's own page, a heading's observers are the forum's, whatever body a sentence before named.
    { text: "The Abu Dhabi Dialogue: members and observers\n\nThe Abu Dhabi Dialogue brings Asian states together with the Gulf states.\n\nIOM serves as its secretariat.\n\nOBSERVER COUNTRIES\nFrance\nJapan\n", expect: ["PARTICIPATES_IN", "ctry:jp", "forum:abu-dhabi-dialogue"] },
    // "The Process counts as its members:" after a report of one of its meetings: the series' members (PRONOUN_MEMBERS_OWNER).
    { text: "Tatra Process: interior ministers of Central Europe\n\nAbout\nThe Tatra Process is a forum of interior ministers.\n\nHistory\nThe ninth ministerial conference was held in Warsaw on 12 May 2014. Poland organised that conference.\n\nWho takes part\nThe Process counts as its members:\n- Czechia\n- Slovakia\n", expect: ["MEMBER_OF", "ctry:sk", "forum:tatra-process"] },
  ],
  negative: [
    // … not the meeting's delegations.
    { text: "Tatra Process: interior ministers of Central Europe\n\nAbout\nThe Tatra Process is a forum of interior ministers.\n\nHistory\nThe ninth ministerial conference was held in Warsaw on 12 May 2014. Poland organised that conference.\n\nWho takes part\nThe Process counts as its members:\n- Czechia\n- Slovakia\n", expect: ["PARTICIPATES_IN", "ctry:sk", "forum:tatra-process-2014"] },
    // The section's own programme, not the sheet's.
    { text: `${SHEET}Joint Migration and Development Initiative\n\nThe beneficiaries were:\n  Nepal\n  Haiti\n`, expect: ["OPERATES_IN", "ini:mida", "ctry:np"] },
    { text: `${FORUM}Meeting\tPlace\tCountries attending\nGFMD 2012 summit\tPort Louis\tGhana, Kenya\n`, expect: ["PARTICIPATES_IN", "ctry:ke", "forum:gfmd"] },
    { text: `${FORUM}Summit in Port Louis, 2012\n\nThe GFMD 2012 met in Port Louis.\n\nDelegations present:\n- Ghana\n- Kenya\n`, expect: ["PARTICIPATES_IN", "ctry:ke", "forum:gfmd"] },
    // On the standing forum's own page, its participating countries are its own, whatever meeting it reported last.
    { text: `${FORUM}The GFMD 2012 met in Port Louis.\n\nParticipating countries: Ghana, Kenya\n`, expect: ["PARTICIPATES_IN", "ctry:ke", "forum:gfmd-2012"] },
    // An occasion the page does not know: its attendance table names no one's participation.
    { text: "The Colombo Process\n\nThe Colombo Process gathers Asian countries of origin.\n\nMeeting\tDate\tPlace\tCountries attending\nSenior Officials Meeting 7\t3 May 2017\tKathmandu\tIndia, Pakistan\n", expect: ["PARTICIPATES_IN", "ctry:pk", "forum:colombo-process"] },
    // A list under a workshop's heading is not the forum's.
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMinisterial conference, Istanbul, 2013\n\nDelegations present:\n- Iran\n- Iraq\n", expect: ["PARTICIPATES_IN", "ctry:iq", "forum:budapest-process"] },
    // A heading's list on an organization's page is the organization's, not that of the council a sentence before named.
    { text: "Andean Community: membership\n\nThe Andean Community is a regional integration body with its seat in Lima.\n\nASSOCIATE MEMBERS\nArgentina\nBrazil\n\nThe associates were admitted by the Andean Council of Foreign Ministers in 2005.\n\nOBSERVER COUNTRIES\nMexico\nPanama\n", expect: ["PARTICIPATES_IN", "ctry:mx", "forum:andean-council-of-foreign-ministers"] },
    { text: "Andean Community: membership\n\nThe Andean Community is a regional integration body with its seat in Lima.\n\nThe Andean Council of Foreign Ministers admitted Chile as an associate in 2006.\n\nObserver states:\n- Mexico\n- Panama\n", expect: ["PARTICIPATES_IN", "ctry:pa", "forum:andean-council-of-foreign-ministers"] },
    // A block of field lines under its own title line is that block's, not the programme the page named before.
    { text: "Calls\n\n[ OPEN ] Migration for Development in Africa (MIDA): health workers\n  Funded by:   Italy\n  Countries:   Ghana\n\n[ CLOSED ] Safer Roads Home 2021-2025\n  Funded by:   Belgium\n  Countries:   Niger, Chad\n", expect: ["OPERATES_IN", "ini:mida", "ctry:ne"] },
    { text: "Calls\n\n[ OPEN ] Migration for Development in Africa (MIDA): health workers\n  Funded by:   Italy\n  Countries:   Ghana\n\n[ CLOSED ] Safer Roads Home 2021-2025\n  Funded by:   Belgium\n  Countries:   Niger, Chad\n", expect: ["FUNDS", "ctry:be", "ini:mida"] },
  ],
};

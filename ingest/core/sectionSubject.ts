import type { EntityKind } from "../../src/ontology/ontology.js";
import type { HeadingListPage, TopicOf } from "./headingListPage.js";
import { bodyMembersOwner } from "./bodyMembersLabel.js";
import { deniedMember } from "./deniedMember.js";
import { headingChain } from "./headingChain.js";
import { listHeading } from "./listHeading.js";
import { isListRow } from "./listRow.js";
import type { M } from "./mentionLists.js";
import { namesOnlySentence } from "./namesOnlySentence.js";
import { otherField } from "./otherField.js";
import { recordTitleValue } from "./recordTitleField.js";
import { nameInLabel, titleLabel } from "./rowFields.js";
import type { HeadingList } from "./rules/listRules.js";
import type { TripleExamples } from "./TripleExamples.js";
import type { Mention, Passage, StructuredDocument } from "./types.js";
import { rowPeriod } from "./yearByYear.js";
import { groupedByLeadIn, groupedListLabel, isGroupedHeading } from "./countryGroups.js";
import { saysPresent } from "./labelSense.js";

/**
 * What a profile page is about, as its record says: the value of the page's only title field ("Programme name:",
 * "Project title<TAB>"), written in the page's opening block, before any prose. A listing of several records has no
 * one profile (each block's fields are its own title's, HeadingLists blockTitle); nor has a page whose title field
 * stands after a paragraph of prose (a listing's note, then one call's "Programme:" field).
 */
export function profileTitle(doc: StructuredDocument): string | null {
  const { passages } = doc;
  const fields = passages.filter((p) => recordTitleValue(p.text) !== null);
  const prose = firstProse(passages);
  const at = fields.length === 1 ? passages.indexOf(fields[0]!) : -1;
  return at >= 0 && (prose < 0 || at < prose) && fields[0]!.section === passages[0]?.section ? recordTitleValue(fields[0]!.text) : null;
}

/** Where the page's prose begins: its first paragraph that ends as a sentence does, or -1. */
export function firstProse(passages: readonly Passage[]): number {
  return passages.findIndex((p) => p.kind === "paragraph" && /[.!?]["”’)]?\s*$/.test(p.text));
}

/** A label that is a state's name and nothing else ("Austria", "United Kingdom"). */
function isStateLabel(page: HeadingListPage, label: string): boolean {
  // The label's own shape first: asked at every row, and a longer label, or one of other characters, is no state's
  // name whatever the page names. (The heading entity named() would ask of the label, sectionList asks of it next.)
  if (label.split(/\s+/).length > 4 || !/^\p{Lu}[\p{L} .'’-]*$/u.test(label)) return false;
  const state = page.named(label, ["COUNTRY"]);
  const name = state ? page.entities.get(state.id)?.name : undefined;
  return !!name && (label === name || label.length <= name.length + 4);
}

/**
 * A row under a section heading that says what its rows are, with no label of its own above them: the heading's list
 * and its owner (the entity the heading names, else the profile's or the page's subject), or null. The row is a list
 * item, a row labelled by a period, a short line, or a sentence of names alone; a field line of another kind is none.
 */
export function sectionList(page: HeadingListPage, passage: Passage, pm: Mention[], text: string, ms: M[], clues: { profile: (kinds: readonly EntityKind[]) => M | null; topic: TopicOf; reported?: M | null }): { list: HeadingList[]; topic: M | null } | null {
  const { doc, named } = page;
  const { profile, topic } = clues;
  const sectionLabel = passage.section?.split(" › ").pop();
  if (!(passage.section ?? titleLabel(doc.title)) || otherField(passage.text, pm.map((m) => m.localStart))) return null;
  if (!(passage.kind === "list-item" || rowPeriod(text) || /^[-–•*]\s/.test(text) || (isListRow(passage.kind, text) && !/[.!?]$/.test(text)) || namesOnlySentence(text, ms))) return null;
  // Rows under their own label of who was present ("Champion states present in Lomé:") are not the heading's list.
  if (underPresenceLabel(doc.passages, passage)) return null;
  // "Present chair" printed as a section heading, then "January-June 2013: …" rows; also rows printed as
  // short lines of their own ("2007 — Belgium", "FAO · IFAD · ILO") under a heading "Chairmanship", "Members of the GMG".
  // Rows before any heading are the page's own list when its title says what they are ("X: the annual conferences").
  // A directory printed by country whose first state's line became a heading: the heading before it (countryGroups.ts).
  const grouped = groupedListLabel(doc.passages, passage, (l) => isStateLabel(page, l));
  const label = grouped ?? sectionLabel ?? titleLabel(doc.title)!;
  // A heading may name its topic ("Ratifications and accessions to the <treaty>"): the name counts as one word.
  const viaSection = listHeading(`${label}: `, false, nameInLabel(label, page.headingEntity?.(label), page.entities));
  if (!viaSection) return null;
  // Under states' lines the states group the rows: they are no rows themselves.
  const byState = grouped !== null || isGroupedHeading(label) || groupedByLeadIn(doc.passages, passage);
  const lists = byState ? viaSection.list.map((l) => ({ ...l, rows: l.rows.filter((k) => k !== "COUNTRY") })).filter((l) => l.rows.length > 0) : viaSection.list;
  if (lists.length === 0) return null;
  const kinds = lists.flatMap((l) => l.topics);
  const strict = lists.every((l) => "topicNamed" in l);
  // A page under a breadcrumb title is about the body its headline names (the heading over its first passage).
  const headline = / > /.test(doc.title) ? doc.passages[0]?.section : null;
  // A directory by state is the page's own body's: the label, the title or the headline names it, never the body the
  // prose named last.
  if (byState) return { list: lists, topic: named(label, kinds) ?? named(doc.title, kinds) ?? named(headline, kinds) };
  // "Participants" printed as a heading of its own over bullet rows, after a meeting just reported: who attended it, as
  // under "Participants:" with its colon (listOwner.ts); a label naming its own owner keeps it.
  // Not on a standing forum's own page, where "Participants" are the forum's own.
  const standing = named(doc.title, ["FORUM"])?.isEvent === false;
  const reported = !strict && !standing && lists.some((l) => l.id === "participants") && !named(label, kinds) ? (page.latest(kinds, true) ?? clues.reported) : null;
  if (reported?.isEvent) return { list: lists, topic: reported };
  // A bare sub-heading ("Member States") under a heading that is a body's name alone: that body's rows (headingChain.ts).
  const chain = () => (grouped ? null : headingChain(page, passage, kinds));
  const owner = strict ? named(label, kinds) ?? chain() ?? named(doc.title, kinds) : named(label, kinds) ?? chain() ?? profile(kinds) ?? topic(kinds);
  const members = lists.every((l) => l.type === "MEMBER_OF");
  // A body the page says is no member of what it speaks of owns no members list its label does not name (deniedMember.ts).
  if (members && owner && !named(label, kinds) && deniedMember(doc, page.entities.get(owner.id))) return { list: lists, topic: null };
  return { list: lists, topic: members ? bodyMembersOwner(label, owner, page.entities) : owner };
}

const REPORT = "Meeting report\n\nThe sixth ministerial conference of the Budapest Process took place in Istanbul on 20 February 2019.\n\n";
const PROFILE = "Programmes > Africa > Diaspora\n\nMIGRATION FOR DEVELOPMENT IN AFRICA\n\nProgramme name:   Migration for Development in Africa\nLead agency:   IOM\n\nBackground\nSome of its work in the Great Lakes was later carried on under the Joint Migration and Development Initiative.\n\n";
/**
 * Example pages for the subject a section's rows take from the page's structure (test/unit/headingLists.test.ts): a
 * profile's record title over a label that names no owner, and a sentence of names alone opening a paragraph under a
 * list heading.
 */
export const SECTION_SUBJECT_EXAMPLES: TripleExamples = {
  positive: [
    // A label printed alone under a paragraph that named another programme: the profile's programme.
    { text: `${PROFILE}Pilot countries\nGhana\nRwanda\n`, expect: ["OPERATES_IN", "ini:mida", "ctry:rw"] },
    // A heading of its own over bullet rows.
    { text: `${PROFILE}Where it works\n\nCountries covered\n- Ghana\n- Rwanda\n`, expect: ["OPERATES_IN", "ini:mida", "ctry:gh"] },
    // Names alone as the opening sentence of a paragraph, the prose going on after them.
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMember states\n\nArmenia, Georgia, Hungary and Turkey.\nMore states joined after 2010.\n", expect: ["MEMBER_OF", "ctry:ge", "forum:budapest-process"] },
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMEMBERS\nArmenia, Georgia, Hungary, Turkey.\nThe chair rotates.\n", expect: ["MEMBER_OF", "ctry:tr", "forum:budapest-process"] },
    // Each name with the year it became a party, in brackets.
    { text: "Convention relating to the Status of Stateless Persons\n\nThe convention defines who is stateless.\n\nStates parties\n\nAlbania (2003), Brazil (1996), Chad (1999) and Peru (2014).\nMore accessions are reported each year.\n", expect: ["RATIFIED", "ctry:td", "conv:statelessness-1954"] },
    // Rows grouped by world region on one line each: the region labels a group of the list, it is no field of its own.
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMembers\n\nEurope: Austria, Bulgaria, Hungary\nSilk Routes: Afghanistan, Iran, Pakistan\n", expect: ["MEMBER_OF", "ctry:pk", "forum:budapest-process"] },
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMembers\n\nEurope: Austria, Bulgaria, Hungary\nSilk Routes: Afghanistan, Iran, Pakistan\n", expect: ["MEMBER_OF", "ctry:at", "forum:budapest-process"] },
    // "Participants" as a heading of its own, no colon, after a meeting just reported: who attended that meeting.
    { text: `${REPORT}Participants\n- Armenia\n- Georgia\n`, expect: ["PARTICIPATES_IN", "ctry:ge", "forum:budapest-process-2019"] },
    // "the programme" in a section whose prose named no programme: the profile's (relate.ts, coreference's titled).
    { text: `${PROFILE}How it works\nDoctors abroad teach for a few weeks at home. The programme is embedded in the Rabat Process.\n`, expect: ["PART_OF", "ini:mida", "forum:rabat-process"] },
  ],
  negative: [
    // The meeting's participants are not thereby the forum's.
    { text: `${REPORT}Participants\n- Armenia\n- Georgia\n`, expect: ["PARTICIPATES_IN", "ctry:ge", "forum:budapest-process"] },
    // On the standing forum's own page its "Participants" are the forum's, whatever meeting the prose reported.
    { text: "The Budapest Process\n\nThe Budapest Process held its sixth ministerial conference in Istanbul in 2019.\n\nParticipants\n- Armenia\n- Georgia\n", expect: ["PARTICIPATES_IN", "ctry:ge", "forum:budapest-process-2019"] },
    // A listing of two records is no one programme's profile: "the programme" stands for none of them.
    { text: "Programmes > Africa\n\nPROGRAMME LISTING\n\nProgramme name:   Migration for Development in Africa\nLead agency:   IOM\n\nProgramme name:   Joint Migration and Development Initiative\nLead agency:   UNDP\n\nHow they work\nDoctors abroad teach for a few weeks at home. The programme is embedded in the Rabat Process.\n", expect: ["PART_OF", "ini:mida", "forum:rabat-process"] },
    // The programme named in passing before the label is not the rows' owner.
    { text: `${PROFILE}Pilot countries\nGhana\nRwanda\n`, expect: ["OPERATES_IN", "ini:jmdi", "ctry:rw"] },
    // A listing's note before the one title field: the page is no profile of that programme.
    { text: "Calls\n\nListings stay online after the deadline.\n\nProgramme:   Migration for Development in Africa\nDeadline:   May 2019\n\nAbout the calls\nThe Joint Migration and Development Initiative later took some of them over.\n\nPilot countries\nGhana\nRwanda\n", expect: ["OPERATES_IN", "ini:mida", "ctry:rw"] },
    // Names in a sentence that says something of them are prose, not rows of the heading's list.
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMember states\n\nArmenia, Georgia and Turkey met in Sofia to compare their border rules.\n", expect: ["MEMBER_OF", "ctry:ge", "forum:budapest-process"] },
    // The names open the paragraph's second sentence, not its first.
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMember states\n\nThe list has changed often. Armenia, Georgia, Turkey.\n", expect: ["MEMBER_OF", "ctry:ge", "forum:budapest-process"] },
    // A field of another kind ends the members' list; its names are no members.
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nMembers\n\nEurope: Austria, Bulgaria, Hungary\nVenue: Vienna, Austria and Tbilisi, Georgia\n", expect: ["MEMBER_OF", "ctry:ge", "forum:budapest-process"] },
    // A remark in brackets that is neither a year nor an acronym makes the sentence more than names.
    { text: "Convention relating to the Status of Stateless Persons\n\nThe convention defines who is stateless.\n\nStates parties\n\nAlbania (2003), Brazil (1996), Chad (signature only).\n", expect: ["RATIFIED", "ctry:td", "conv:statelessness-1954"] },
    // Under a heading that lists nothing of the page's body ("See also"), names alone are no members.
    { text: "The Budapest Process\n\nThe Budapest Process links Europe with the Silk Routes region.\n\nSee also\n\nArmenia, Georgia, Hungary, Turkey.\nThese states also attend other dialogues.\n", expect: ["MEMBER_OF", "ctry:ge", "forum:budapest-process"] },
  ],
};

/**
 * The row is a label of who was present, or the nearest line above it in its section that is no row is one
 * (labelSense.ts, saysPresent): the row is one of those present, not one of the section's or page's list.
 */
function underPresenceLabel(passages: readonly Passage[], passage: Passage): boolean {
  // The label line itself may be read as a short row of the heading above: it is no row.
  for (let at = passages.indexOf(passage); at >= 0; at--) {
    const p = passages[at]!;
    if (p.section !== passage.section) return false;
    if (/:\s*$/.test(p.text) && saysPresent(p.text)) return true;
    if (!(p.kind === "list-item" || isListRow(p.kind, p.text))) return false;
  }
  return false;
}

import type { EntityKind, RelationType } from "../../src/ontology/ontology.js";
import { profileTitle } from "./sectionSubject.js";
import { ROLE_OPENING, hasCandidatePair } from "./candidatePairs.js";
import type { RelateContext } from "./RelateContext.js";
import { analysisWindow } from "./analysisWindow.js";
import { entityCoreference } from "./entityCoreference.js";
import type { M } from "./mentionLists.js";
import { possessiveParts } from "./possessiveParts.js";
import { SUB_BODY_AFTER, patternRules } from "./patternRules.js";
import { sentenceSink, type RelationStore } from "./relationSink.js";
import { stateOfMinistry } from "./stateMinistry.js";
import { frontedHosts } from "./frontedHost.js";
import { phraseRules } from "./phraseRules.js";
import { mayState, readPredicates } from "./predicateReader.js";
import { applyRules } from "./ruleEngine.js";
import { SectionTreaties } from "./SectionTreaties.js";
import type { Stated } from "./lateCoAgents.js";
import { statedElsewhereClauses } from "./statedElsewhereClauses.js";
import { unwrittenProtocolParent } from "./protocolPage.js";
import { namesGoneBy } from "./namesGoneBy.js";
import { PageTopics } from "./PageTopics.js";
import { usedAsDate, usedOnlyAsDate } from "./notAnEnd.js";
import { sentenceOwnEnds } from "./sentenceOwnEnds.js";
import { settle } from "./settle.js";
import { sequenceCanMatch } from "./triggerGate.js";
import { firstMeetingOfYear } from "./meetingOfYear.js";
import { HeadingLists } from "./HeadingLists.js";
import { isListRow } from "./listRow.js";
import { yearByYearRelations } from "./yearByYear.js";
import { EntryYear } from "./entryYear.js";
import { RowMeetings } from "./rowMeeting.js";
import { pageSeries as pageSeriesOf } from "./pageSeries.js";
import { placeYearLabel, sittingsNoun } from "./placeYearSitting.js";
import { titleBodyReader } from "./titleBody.js";
import { organizationsOwn as organizationsOwnOf } from "./organizationsOwn.js";
import { answerRelations } from "./answerRelations.js";
import { enumeratedHeading } from "./headingProjects.js";
import { QuestionAnswers, pageHeadings } from "./questionAnswer.js";
import { AskedSection } from "./askedSection.js";
import { topicReader } from "./topicReader.js";
import { asksYesNo } from "./yesNoQuestion.js";
import { MeetingScene } from "./meetingScene.js";
import { MeetingPlaces, namesPlace } from "./meetingPlaces.js";
import { pageHeadline } from "./headlineTopic.js";
import { openingTreatyId } from "./openingTreaty.js";
import { isTitleLine, PageMeeting } from "./pageMeeting.js";
import { namesLeadEvent } from "./oneOffMeeting.js";
import { leadHub } from "./leadHub.js";
import { meetingOfYearStated } from "./meetingStated.js";
import { registerRows } from "./registerRows.js";
import { headlineBody } from "./headlineBody.js";
import { contrastExcluded } from "./contrastExcluded.js";
import { venueBesideOrganiser } from "./venueBesideOrganiser.js";
import { venueRowOrganiser } from "./venueRowOrganiser.js";

import type { Mention, RelationRecord, StructuredDocument, Warning } from "./types.js";

/**
 * Extracts relations sentence by sentence:
 *   mentions (+ coreference) → candidate pairs allowed by the ontology → wink-nlp analysis
 *   → rule table (relationTable.ts) → pattern rules → structure readers (heading lists, year-by-year).
 * Every relation keeps each sentence that states it (with source offsets), how it was found
 * and a confidence that grows with the number of passages that state it.
 */
export function relate(doc: StructuredDocument, mentions: Mention[], ctx: RelateContext): { relations: RelationRecord[]; warnings: Warning[] } {
  const relations = new Map<string, RelationRecord>();
  const warnings: Warning[] = [];
  const byPassage = new Map<string, Mention[]>();
  for (const m of mentions) if (m.entityId) (byPassage.get(m.passageId) ?? byPassage.set(m.passageId, []).get(m.passageId)!).push(m);
  const parentOf = (id: string) => ctx.entities.get(id)?.parentId ?? id;
  const organizationsOwn = organizationsOwnOf(ctx.entities, ctx.organizationAcronyms);
  const eventFor = (forumId: string, year: number, known = false) => ctx.eventFor?.(forumId, year, known) ?? firstMeetingOfYear(ctx.entities.values(), forumId, year);
  const coref = entityCoreference(ctx.entities);
  coref.pageStateBody = ctx.pageStateBody?.(doc.title) ?? null;
  const page = new PageTopics(ctx.entities, ctx.headingEntity, new Set(mentions.flatMap((m) => (m.entityId ? [m.entityId] : []))));
  const pageMeeting = new PageMeeting();
  // A news lead that describes its event before renaming it: the page's meeting from the first sentence (leadHub.ts).
  const hub = leadHub(doc.passages, mentions, ctx.entities);
  pageMeeting.expect(hub, hub ? ctx.entities.get(hub)?.kind : undefined);
  const scene = new MeetingScene();
  const places = new MeetingPlaces();
  /** Where a meeting is asked for and none was found, the page's own meeting (pageMeeting.ts). */
  let elsewhere = false;
  const withPageMeeting = (found: M | null, kinds: readonly EntityKind[], meetingFirst = false): M | null =>
    meetingFirst && !found?.isEvent && !elsewhere ? (pageMeeting.only(kinds) ?? found) : found;
  const named = (label: string | null | undefined, kinds: readonly EntityKind[]) => page.named(label, kinds);
  const profileName = (() => { let p: string | null | undefined; return () => (p === undefined ? (p = profileTitle(doc)) : p); })();
  /** The entity an earlier section heading named, by kind: a status table under "Participants" is the treaty's the heading above named. */
  const headingNamed = new Map<EntityKind, string>();
  const lastHeadingNamed = (kinds: readonly EntityKind[]): M | null => {
    const kind = kinds.find((k) => headingNamed.has(k));
    return kind ? { id: headingNamed.get(kind)!, kind, isEvent: false, start: -1, end: -1, via: "coref" } : null;
  };
  // The heading over the page's first passage: under a breadcrumb title ("Dialogues > Europe > X > Questions") it is the
  // page's headline, and names what the page is about better than a body its opening note mentions in passing.
  const headline = pageHeadline(doc);
  // The lines a page names its subject in, built once: topicFor asks of them at nearly every sentence.
  const pageTitles = [doc.title, headline, doc.passages[0]?.text.slice(0, 200)];
  // On a protocol's page, the parent treaty as an unwritten RATIFIED object (protocolPage.ts).
  const unwrittenParent = unwrittenProtocolParent(pageTitles, ctx.entities);
  const topicFor = topicReader({ title: doc.title, entities: ctx.entities, coref, scene, pageMeeting, page, named, withPageMeeting, lastHeadingNamed, headline, pageTitles });
  /** A meeting's standing forum, as an unwritten end (its entity is known whenever the meeting's is). */
  const forumOf = (meetingId: string): M | null => {
    const e = ctx.entities.get(meetingId);
    const forum = e?.isEvent && e.parentId ? ctx.entities.get(e.parentId) : undefined;
    return forum ? { id: forum.id, kind: forum.kind, isEvent: false, start: -1, end: -1, via: "coref" } : null;
  };
  // The organisation the headline names, asked by a register's "Member State" column (headlineBody.ts): among the bodies
  // this page mentions, once per page.
  let headlineOwner: string | null | undefined;
  const onPageEntities = () => [...new Set(mentions.flatMap((m) => (m.entityId ? [m.entityId] : [])))].flatMap((id) => ctx.entities.get(id) ?? []);
  /** The page's treaty from its opening passage: the one it names, or else the one it opens on (openingTreaty.ts). */
  const openingTreaty = (): M | null => {
    const first = doc.passages[0];
    const id = first ? openingTreatyId(first.text, byPassage.get(first.id) ?? [], (entityId) => ctx.entities.get(entityId)?.kind) : null;
    return id ? { id, kind: "CONVENTION", isEvent: false, start: -1, end: -1, via: "coref" } : null;
  };

  // The treaties a section has named so far, and whether it spoke of one left unnamed ("a border treaty"): a bare
  // "Peru ratified" there is not said of the page's treaty (pageTreatyFor.ts).
  const sectionTreaties = new SectionTreaties();
  const sameAs = namesGoneBy(doc, byPassage, ctx.entities);
  const store: RelationStore = { documentId: doc.id, entities: ctx.entities, eventFor, relations, warnings, stateOf: stateOfMinistry(ctx.entities.values(), ctx.demonyms) };

  // The series of a meeting heading or row that names none (pageSeries.ts).
  const titleLines = doc.passages.filter(isTitleLine).map((p) => p.text);
  const pageSeries = pageSeriesOf([doc.title, headline, ...titleLines], named, ctx.entities, mentions);
  const entries = new EntryYear();
  const rowMeetings = new RowMeetings(ctx.cities ?? new Map(), doc);
  // The body a title's acronym stands for: the one of the title's whole name, not one named inside it (titleBody.ts).
  const titleBodyOf = titleBodyReader(named, ctx.entities);
  const questions = new QuestionAnswers();
  // A section under a question heading ("Who came", "Who the members are") answers it for its owner (askedSection.ts).
  const asked = new AskedSection({
    headed: (labels, kinds, meetingFirst) => withPageMeeting(labels.reduce<M | null>((found, label) => found ?? named(label, kinds), null), kinds, meetingFirst),
    onlyEvent: () => page.onlyEvent(["FORUM"]),
  });
  // On a meeting's own page, who attended is said of the title's meeting where the section reports none (pageMeeting.ts).
  const lists = new HeadingLists({ doc, named, latest: (kinds, meetingFirst) => withPageMeeting(coref.latest(kinds, meetingFirst), kinds, meetingFirst), headingEntity: ctx.headingEntity, entities: ctx.entities, onPage: new Set(mentions.flatMap((m) => (m.entityId ? [m.entityId] : []))) });
  // The passage before, and what its last sentence stated: a list item goes on from the item before it.
  let itemBefore: (typeof doc.passages)[number] | null = null;
  let itemStated: readonly Stated[] = [];
  for (const passage of doc.passages) {
    const passageBefore = itemBefore;
    itemBefore = passage;
    const entryYear = entries.see(passage);
    // The section's own heading, the last of its path: read by many steps of every sentence.
    const sectionLabel = passage.section?.split(" › ").pop();
    // What a section's heading names is salient in it from its first sentence ("It was adopted in 1975").
    if (coref.enter(`${passage.chapter}|${passage.section}|${passage.article}`)) {
      sectionTreaties.clear();
      scene.enter();
      asked.enter(sectionLabel, pageHeadings(doc));
      rowMeetings.enter(sectionLabel);
      const label = sectionLabel;
      // A dated meeting heading with no series of its own ("Suva, 17-18 April 2024 - Senior Officials' Meeting") is of the page's.
      // "Rome, 1954" on a page of "World Population Conferences: meeting by meeting": that year's sitting (PLACE_YEAR_SITTING).
      const sitting = label ? placeYearLabel(label, ctx.cities ?? new Map(), [doc.title, headline, ...titleLines].map(sittingsNoun).find((n) => n) ?? null) : null;
      const id = label && ctx.headingEntity ? ctx.headingEntity(sitting ?? label, pageSeries) : null;
      if (id) coref.noteHeading({ id, kind: ctx.entities.get(id)!.kind, isEvent: ctx.entities.get(id)!.isEvent === true, start: 0, end: 0 });
      if (id) headingNamed.set(ctx.entities.get(id)!.kind, id);
      // "5. Border management" after "4. <project>": a numbered entry is the sibling of the one before, not under it, so
      // what an earlier entry's heading named is no topic of this one's lines (headingProjects.ts).
      else if (label && enumeratedHeading(label)) headingNamed.clear();
      // "Who is in Bern" under a page that reported a meeting in Bern: the section speaks of that meeting (meetingPlaces.ts).
      const placed = id || named(label, ["FORUM"]) ? null : places.heading(label);
      // "Who is in Geneva" where no meeting the page named was in Geneva: the section is about another place.
      elsewhere = !id && !placed && namesPlace(label);
      if (placed) {
        coref.note([placed]);
        scene.saw("", [placed], (e) => ctx.entities.get(e)?.year ?? null);
      }
    }
    // A row of a meetings list naming one dated meeting ("ARMD 11, Jakarta, 3-4 May 2018"; "Ministerial Conference, Tirana,
    // 10-11 May" under a bare year): that meeting, which the sentences after it speak of (rowMeeting.ts).
    const rowLabel = rowMeetings.see(passage);
    const rowId = rowLabel && ctx.headingEntity ? ctx.headingEntity(rowLabel, pageSeries) : null;
    const rowEvent = rowId ? ctx.entities.get(rowId) : undefined;
    if (rowId && rowEvent?.isEvent) {
      // "Copenhagen, 2009. … Denmark hosted it.": a place-and-year row heads what follows it as a heading would.
      const row = { id: rowId, kind: rowEvent.kind, isEvent: true, start: 0, end: 0 };
      if (rowMeetings.placed) coref.noteHeading(row);
      else coref.note([row]);
      // The row names the series' meeting: its PART_OF, with the row as evidence.
      const first = passage.sentences[0];
      if (first && rowEvent.parentId) sentenceSink(store, { passage, text: first.text, start: first.start, end: first.end, namesItself: () => true }, new Set())("PART_OF", rowId, rowEvent.parentId, "row-meeting", 0.8);
    }
    const pm = byPassage.get(passage.id) ?? [];
    // A long passage has many sentences and mentions: each sentence takes its own from one grouping, in text order.
    const bySentence = new Map<number, Mention[]>();
    for (const m of pm) (bySentence.get(m.sentenceIndex) ?? bySentence.set(m.sentenceIndex, []).get(m.sentenceIndex)!).push(m);
    // An FAQ's answer (questionAnswer.ts): of the body the question names, else the one the section or page names.
    const answer = questions.see(passage);
    const answerKinds = answer?.lists.flatMap((l) => l.topics) ?? [];
    const answerTopic = answer ? ([answer.question, sectionLabel, ...pageHeadings(doc)].reduce<M | null>((found, label) => found ?? named(label, answerKinds), null)) : null;
    // A register's binding column: its treaty is the one the section or page names, else the one an earlier heading
    // named ("X Convention (1969): parties A to M" above "Participants"), before any treaty the prose mentions on the
    // way ("it builds on the 1951 …"). A status note may open on the treaty's full name, a line too long for a heading:
    // the one treaty that line names.
    const tableTopic = () => named(sectionLabel, ["CONVENTION"]) ?? named(doc.title, ["CONVENTION"]) ?? lastHeadingNamed(["CONVENTION"]) ?? openingTreaty() ?? topicFor(passage.section)(["CONVENTION"]);
    const answered = answer ? { lists: answer.lists, topic: answerTopic } : null;
    lists.enter(passage, pm, answered, tableTopic);
    // What the sentence before stated, which "Croatia followed on 5 November 1997" does too (followedClause.ts). A list
    // item goes on from the item right before it in the same section ("- Hungary joined in 1995." "- Slovenia followed
    // in 1998."), as the sentences of one paragraph do.
    let statedBefore: readonly Stated[] = passage.kind === "list-item" && passageBefore?.kind === "list-item" && passageBefore.section === passage.section ? itemStated : [];
    passage.sentences.forEach((sentence, index) => {
      const text = sentence.text;
      // The sentence's own ends (sentenceOwnEnds.ts): "the CSM" under a title that spells it out, "ARMD 11" as its meeting.
      const own = sentenceOwnEnds(sentence, bySentence.get(index) ?? [], { entities: ctx.entities, sameAs, titles: [doc.title, sectionLabel], titleBody: titleBodyOf });
      // Else the profile's record title field ("Project name: X", sectionSubject.ts profileTitle) is "the project"'s;
      // else a treaty page's opening line that names one treaty ("ACTIP: the ASEAN Convention against …"): under a
      // later heading, "the Convention" is still that one.
      const titled = (kind: EntityKind) => (named(sectionLabel, [kind]) ?? named(doc.title, [kind]) ?? named(profileName(), [kind]) ?? (kind === "CONVENTION" ? openingTreaty() : null))?.id ?? null;
      const titledForum = () => named(sectionLabel, ["FORUM"]) ?? named(doc.title, ["FORUM"]);
      const meetingOf = (forumId: string) => meetingOfYearStated(text, passage.text, forumId, eventFor);
      const pageEvent = () => (elsewhere ? null : (pageMeeting.only(["FORUM"])?.id ?? null));
      const ms = [...own, ...coref.resolve(text, own, passage.chapterOwnerId, titled, meetingOf, pageEvent)].sort((a, b) => a.start - b.start);
      // The row's own words ("Senior Officials' Meeting, …") speak of the row's meeting, not of one named before it (rowMeeting.ts).
      if (index === 0 && rowId && rowEvent?.isEvent) for (const m of ms) if (m.via === "coref" && m.isEvent && m.id !== rowId) Object.assign(m, { id: rowId });
      // Pairs some reader linked in this sentence: the predicate reader only adds what they missed.
      const linked = new Set<string>();
      const stated: Stated[] = [];
      // "Nepal, not Bhutan, attended": a name set apart by a contrast is no end of what the sentence states (contrastExcluded.ts).
      const setApart = contrastExcluded(text, own);
      const sink = sentenceSink(store, { passage, text, start: sentence.start, end: sentence.end, namesItself: (id) => own.some((m) => m.id === id), spans: (id) => ms.filter((m) => m.id === id), setApart: (id) => setApart.has(id) }, linked);
      // "Does ECLAC chair the Conference? No.": a yes/no question asks whether its clause holds and states none of it.
      const asks = asksYesNo(text);
      const add: typeof sink = (type, sourceId, targetId, method, ...rest) => (asks || unwrittenParent(type, targetId, text, own.some((m) => m.id === targetId)) ? undefined : (stated.push({ type, sourceId, targetId, method }), sink(type, sourceId, targetId, method, ...rest)));
      const rows = registerRows({ text, passage, own, heading: () => lists.current(), columns: () => lists.currentColumns(), entryYear, add, eventFor, parentOf, entities: ctx.entities, cities: ctx.cities, membersOf: () => (headlineOwner === undefined ? (headlineOwner = headlineBody(pageHeadings(doc), onPageEntities())) : headlineOwner) });
      // Relation ends: not a meeting used as a date (unless a relative clause of its own goes on about it), not a body
      // inside a forum ("the GMG working group").
      const ends = ms.filter((m) => !setApart.has(m.id) && !(m.kind === "FORUM" && (usedOnlyAsDate(text, m) || SUB_BODY_AFTER.test(text.slice(m.end, m.end + 30)))));
      const topic = topicFor(passage.section, text);
      // The section's own treaty: its heading's, the title's, an earlier heading's, else the opening passage's one.
      const pageTreaty = sectionTreaties.pageTreaty(text, ms, () => named(sectionLabel, ["CONVENTION"]) ?? named(doc.title, ["CONVENTION"]) ?? lastHeadingNamed(["CONVENTION"]) ?? openingTreaty(), (id) => ctx.entities.get(id)?.name ?? "");
      // "Uruguay became a party in 2012" on a treaty's page: the page's convention may be the unwritten object too.
      // A paragraph about one meeting ("The GFMD 2012 met in Port Louis. UNICEF also took part.") has it as the object.
      const endsPair = ends.length >= 2 && hasCandidatePair(ends);
      const roleOpening = ROLE_OPENING.test(text);
      // "Hungary joined in 1995." under "ICMPD: how the membership grew": the body the heading or title names.
      const implied = ends.length >= 1 && !endsPair ? (topic(["FORUM", "INITIATIVE"]) ?? topic(["CONVENTION"]) ?? topic(["FORUM"], { meetingFirst: true }) ?? topic(["ORGANIZATION"], { titled: true })) : null;
      const around = analysisWindow(text, ends, roleOpening);
      if (endsPair || (implied && hasCandidatePair([...ends, implied]))) {
        if (sequenceCanMatch(text.slice(around.from, around.to), new Set(ends.map((m) => m.kind)))) applyRules(text, ends, around.analysis(), add, topic, forumOf, pageTreaty);
      }
      for (const f of frontedHosts(text, ms, () => titledForum())) add("HOSTED", f.host, f.target, "fronted-host", 0.7);
      if (ms.length >= 1) patternRules(text, ms, passage, add, { demonyms: ctx.demonyms, cities: ctx.cities, parentOf, eventFor, yearOf: (id) => ctx.entities.get(id)?.year ?? null, organizationsOwn });
      if (ends.length >= 1) phraseRules(text, ends, passage.chapterOwnerId ?? null, add, ctx);
      for (const [part, whole] of possessiveParts(text, ms)) add("PART_OF", part.id, whole.id, "possessive-subunit+coref", 0.7);
      // Year-by-year lists: "hosted by Belgium in 2007, the Philippines in 2008 and Greece in 2009".
      yearByYearRelations(text, ends, parentOf, eventFor, add);

      // Heading lists and labelled tables (HeadingLists.ts): the rows' owner is the list's.
      const h = lists.read(passage, pm, index, text, ms, rows.readRows, topic);
      // Under a question heading, each affirmative clause's subject answers it for the section's owner.
      asked.read(text, own, Boolean(h), add);
      // An FAQ's answer: the names opening its first sentence answer the question above it.
      if (answerTopic && index === 0 && passage.kind !== "list-item" && !h) answerRelations(text, own, answer!, answerTopic, add);
      // The meeting a register row names: that year's meeting of the list's series, unless the row names another
      // series or one of its meetings itself ("2013 – Budapest Process conference, Istanbul, Turkey" on another page).
      // A register row's own fields: "2016 – Dhaka, Bangladesh (Chair: Bangladesh)" chairs the forum that year.
      if (index === 0 && (passage.kind === "list-item" || isListRow(passage.kind, text))) {
        // The three readers take the same forum, the list's else the sentence's topic (registerRows.ts readEntry).
        rows.readEntry(ms, () => lists.forumTopic() ?? topic(["FORUM"]));
      }
      // The lexicon reader last, at a lower confidence than any rule: it fills in pairs the rules left unlinked.
      const about = ends.length >= 1 && roleOpening ? topic(["FORUM", "INITIATIVE"]) : null;
      if ((endsPair || (about && hasCandidatePair([...ends, about]))) && mayState(text)) {
        for (const p of readPredicates(text, ends, around.analysis, about)) {
          ctx.onPredicate?.(p, { text, passageId: passage.id, section: passage.section }, linked.has(`${p.sourceId}|${p.targetId}`));
          if (!linked.has(`${p.sourceId}|${p.targetId}`)) add(p.type, p.sourceId, p.targetId, `predicate:${p.entry}`, 0.6, { year: p.year });
        }
      }
      // Clauses that share what a reader stated: late co-agents, "B followed on D", "A on D1 and B on D2".
      statedElsewhereClauses({ text, ends, own, stated, statedBefore, tokens: () => around.analysis().tokens, kindOf: (id) => ctx.entities.get(id)?.kind, add: (c, confidence) => add(c.type, c.sourceId, c.targetId, c.method, confidence) });
      statedBefore = stated;
      itemStated = stated;
      // A meeting used as a date ("in preparation for the 2013 HLD. At the meeting, …") is not what "the meeting" then means.
      coref.note(ms.filter((m) => !(m.isEvent && usedAsDate(text, m))), text);
      for (const m of own) page.saw(m);
      pageMeeting.saw(index === 0 && rowEvent?.isEvent ? own.map((m) => (m.id === rowEvent.parentId ? { ...m, id: rowId!, isEvent: true } : m)) : own, isTitleLine(passage) || rowMeetings.titled(passage), (m) => namesLeadEvent(passage.text, index, text, { localStart: m.start, localEnd: m.end }));
      scene.saw(text, own, (id) => ctx.entities.get(id)?.year ?? null);
      places.saw(text, own);
    });
    lists.leave(passage, answerTopic ? answered : null);
  }
  const passageText = new Map(doc.passages.map((p) => [p.id, p.text]));
  const beside = venueBesideOrganiser([...relations.values()], ctx.entities, (id) => passageText.get(id) ?? "");
  // A venue row of a series an organization runs names no host (venueRowOrganiser.ts).
  const hosted = venueRowOrganiser(beside, ctx.entities, mentions, (id) => passageText.get(id) ?? "");
  return { relations: settle(hosted, ctx.entities), warnings };
}

export type { EntityKind, RelationType, RelateContext };

import { RELATION_TYPES, RELATION_TYPE_NAMES, allowsEndpoints, type EntityKind, type RelationType, type RelationSpec } from "../../src/ontology/ontology.js";
import { analysisWindow } from "./analysisWindow.js";
import { Coreference } from "./coreference.js";
import type { M } from "./mentionLists.js";
import { possessiveParts } from "./possessiveParts.js";
import { SUB_BODY_AFTER, patternRules } from "./patternRules.js";
import { sentenceSink, type RelationStore } from "./relationSink.js";
import { stateOfMinistry } from "./stateMinistry.js";
import { frontedHosts } from "./frontedHost.js";
import { phraseRules } from "./phraseRules.js";
import { mayState, readPredicates, type Proposal } from "./predicateReader.js";
import { applyRules } from "./ruleEngine.js";
import { lateCoAgents, type Stated } from "./lateCoAgents.js";
import { namesGoneBy } from "./namesGoneBy.js";
import { PageTopics } from "./PageTopics.js";
import { TIME_REFERENCE, notAnEnd } from "./notAnEnd.js";
import { demonstrativeGeneric } from "./demonstrativeName.js";
import { settle } from "./settle.js";
import { sequenceCanMatch } from "./triggerGate.js";
import { bindingHeader, headerColumns } from "./tableColumns.js";
import { BINDING_COLUMN_TABLE } from "./rules/bindingTableRules.js";
import { cellSpans, columnLabels } from "./labelledColumns.js";
import { rowProgramme } from "./rowProgramme.js";
import { EntryYear } from "./entryYear.js";
import { nameInLabel, titleLabel } from "./rowFields.js";
import { copularList, namingLabel, isLabelLine, isListRow, leadIn, listHeading, opensItem, otherField, rowPeriod, rowStatement, yearByYear, yearOpeningRow, type HeadingList } from "./structureReaders.js";
import type { HeadingEntity } from "./headingEntity.js";
import { QuestionAnswers, answerRows, pageHeadings } from "./questionAnswer.js";
import { statedYears } from "./statedYears.js";
import { meetingOfYearStated } from "./meetingStated.js";
import { titleAcronymMentions } from "./titleAcronym.js";
import { registerRows } from "./registerRows.js";
import type { EntityRecord, Mention, RelationRecord, StructuredDocument, Warning } from "./types.js";

/**
 * Extracts relations sentence by sentence:
 *   mentions (+ coreference) → candidate pairs allowed by the ontology → wink-nlp analysis
 *   → rule table (relationTable.ts) → pattern rules → structure readers (heading lists, year-by-year).
 * Every relation keeps each sentence that states it (with source offsets), how it was found
 * and a confidence that grows with the number of passages that state it.
 */
export interface RelateContext {
  entities: Map<string, EntityRecord & { parentId?: string }>;
  /** Demonym → country id, for "the Belgian GFMD Chair". */
  demonyms?: Map<string, string>;
  /** City → country id, for "the third GFMD in Athens". */
  cities?: Map<string, string>;
  /** Acronyms of the organizations the catalog knows ("UNCTAD"), to tell an agency's own meeting by its name. */
  organizationAcronyms?: ReadonlySet<string>;
  /** The forum's meeting of a year (catalog or discovered); with `known`, only one the graph or the catalog already holds. */
  eventFor?: (forumId: string, year: number, known?: boolean) => string | null;
  /** Sees every relation the predicate reader proposes, also where a rule already linked the pair (to judge the reader alone). */
  onPredicate?: (p: Proposal, sentence: { text: string; passageId: string; section: string | null }, linkedByRule: boolean) => void;
  /** The catalog entity a heading names (headingEntity.ts). */
  headingEntity?: HeadingEntity;
}

/** Kind pairs some relation type allows, by the source's kind: a sentence is analysed only if it holds one. */
const PAIRS = new Map<EntityKind, Set<EntityKind>>();
for (const t of RELATION_TYPE_NAMES) {
  const spec: RelationSpec = RELATION_TYPES[t];
  for (const f of spec.from) for (const to of spec.to) if (allowsEndpoints(t, f, to)) (PAIRS.get(f) ?? PAIRS.set(f, new Set()).get(f)!).add(to);
}
// A sentence that opens with a role list ("Members include A") or a participle with no subject ("Funded by the European
// Union") may be about the section's or page's forum or initiative (predicateReader.ts decides).
const ROLE_OPENING = /^\W*(?:(?:The\s+|Its\s+|Current\s+|Founding\s+)?(?:members?|membership|participants?|participating|partners?|donors?|funders?)\b|(?:Co-)?(?:[A-Z][a-z]+ed|Led|Run)\s+by\b|An?\s+(?:joint\s+)?(?:initiative|project|programme|program)\s+of\b)/i;
const hasCandidatePair = (ms: M[]) => ms.some((a) => ms.some((b) => a.id !== b.id && PAIRS.get(a.kind)?.has(b.kind) === true));

export function relate(doc: StructuredDocument, mentions: Mention[], ctx: RelateContext): { relations: RelationRecord[]; warnings: Warning[] } {
  const relations = new Map<string, RelationRecord>();
  const warnings: Warning[] = [];
  const byPassage = new Map<string, Mention[]>();
  for (const m of mentions) if (m.entityId) (byPassage.get(m.passageId) ?? byPassage.set(m.passageId, []).get(m.passageId)!).push(m);
  const parentOf = (id: string) => ctx.entities.get(id)?.parentId ?? id;
  const organizationsOwn = (id: string) => {
    const first = ctx.entities.get(id)?.name.replace(/^the\s+/i, "").split(/[\s'’]/)[0];
    return first !== undefined && (ctx.organizationAcronyms?.has(first) ?? false);
  };
  const eventFor = (forumId: string, year: number, known = false) => ctx.eventFor?.(forumId, year, known) ?? [...ctx.entities.values()].find((e) => e.isEvent && e.parentId === forumId && e.year === year)?.id ?? null;
  // Coreference asks for the same few salient entities at every reference: their names are joined once. Entities are
  // only added while relating, never renamed, so a read answer stays.
  const corefNames = new Map<string, { kind: EntityKind; name: string; isEvent: boolean }>();
  const coref = new Coreference((id) => {
    const known = corefNames.get(id);
    if (known) return known;
    const e = ctx.entities.get(id);
    if (!e) return undefined;
    const read = { kind: e.kind, name: [e.name, ...e.aliases].join(" | "), isEvent: e.isEvent === true };
    corefNames.set(id, read);
    return read;
  });
  const page = new PageTopics(ctx.entities, ctx.headingEntity);
  const named = (label: string | null | undefined, kinds: readonly EntityKind[]) => page.named(label, kinds);
  /** The entity an earlier section heading named, by kind: a status table under "Participants" is the treaty's the heading above named. */
  const headingNamed = new Map<EntityKind, string>();
  const lastHeadingNamed = (kinds: readonly EntityKind[]): M | null => {
    const kind = kinds.find((k) => headingNamed.has(k));
    return kind ? { id: headingNamed.get(kind)!, kind, isEvent: false, start: -1, end: -1, via: "coref" } : null;
  };
  // The heading over the page's first passage: under a breadcrumb title ("Dialogues > Europe > X > Questions") it is the
  // page's headline, and names what the page is about better than a body its opening note mentions in passing.
  const headline = doc.passages[0]?.section?.split(" › ")[0] ?? null;
  /** What an unwritten object refers to: the section's named topic, the page's, the latest named, a heading's, the headline's, the most named. */
  const topicFor = (section: string | null, sentence = "") => (kinds: readonly EntityKind[], meetingFirst = false, within?: number): M | null => {
    // Who attended is said of the meeting last reported in the section, where there is one, unless the sentence
    // dates what it reports to another year ("In October 2016 a workshop … the Czech Republic acted as host").
    const meeting = meetingFirst ? coref.latest([...kinds], true, within) : null;
    const meetingYear = meeting?.isEvent ? ctx.entities.get(meeting.id)?.year : null;
    const years = meetingYear ? statedYears(sentence) : new Set<string>();
    if (meeting?.isEvent && (years.size === 0 || years.has(String(meetingYear)))) return meeting;
    if (within !== undefined) return null;
    const latest = coref.latest([...kinds]);
    return named(section?.split(" › ").pop(), kinds) ?? named(doc.title, kinds) ?? (latest && !latest.isEvent ? latest : null) ?? lastHeadingNamed(kinds) ?? named(headline, kinds) ?? page.mostNamedUnlessTitled(kinds, [doc.title, headline, doc.passages[0]?.text.slice(0, 200)]);
  };
  /** A meeting's standing forum, as an unwritten end (its entity is known whenever the meeting's is). */
  const forumOf = (meetingId: string): M | null => {
    const e = ctx.entities.get(meetingId);
    const forum = e?.isEvent && e.parentId ? ctx.entities.get(e.parentId) : undefined;
    return forum ? { id: forum.id, kind: forum.kind, isEvent: false, start: -1, end: -1, via: "coref" } : null;
  };
  /** The one treaty the page's opening passage names, if it names exactly one. */
  const openingTreaty = (): M | null => {
    const first = doc.passages[0];
    const ids = new Set((first ? byPassage.get(first.id) ?? [] : []).filter((m) => m.entityId && ctx.entities.get(m.entityId)?.kind === "CONVENTION").map((m) => m.entityId!));
    return ids.size === 1 ? { id: [...ids][0]!, kind: "CONVENTION", isEvent: false, start: -1, end: -1, via: "coref" } : null;
  };
  type Heading = { list: HeadingList[]; topic: M | null; section: string | null };
  let heading = null as Heading | null;
  let columns = null as { cells: string[]; section: string | null } | null;
  // A header row naming what each column lists ("Member countries | Observer countries"), for its section.
  let labelled = null as { lists: HeadingList[][]; section: string | null } | null;

  const sameAs = namesGoneBy(doc, byPassage, ctx.entities);
  const store: RelationStore = { documentId: doc.id, entities: ctx.entities, eventFor, relations, warnings, stateOf: stateOfMinistry(ctx.entities.values(), ctx.demonyms) };

  const entries = new EntryYear();
  const questions = new QuestionAnswers();
  for (const passage of doc.passages) {
    const entryYear = entries.see(passage);
    // The section's own heading, the last of its path: read by many steps of every sentence.
    const sectionLabel = passage.section?.split(" › ").pop();
    // What a section's heading names is salient in it from its first sentence ("It was adopted in 1975").
    if (coref.enter(`${passage.chapter}|${passage.section}|${passage.article}`)) {
      const label = sectionLabel;
      const id = label && ctx.headingEntity ? ctx.headingEntity(label) : null;
      if (id) coref.note([{ id, kind: ctx.entities.get(id)!.kind, isEvent: ctx.entities.get(id)!.isEvent === true, start: 0, end: 0 }]);
      if (id) headingNamed.set(ctx.entities.get(id)!.kind, id);
    }
    // A list ends with its section, or where running prose resumes ("IOM acts as the secretariat of the Process.").
    // A list item that opens with a year label like its neighbours ("2021 - online; first planned for …") is still a row;
    // a label the readers do not know ("News from the countries:") opens a list of its own, not more rows of the last.
    // So does a field line of another kind ("Chair: Kuwait" then "Participating Governments: A, B"): its label names no
    // row's entity or period, as "Italy: 1981" and "July-December 2012: UNODC" do.
    const pm = byPassage.get(passage.id) ?? [];
    // A long passage has many sentences and mentions: each sentence takes its own from one grouping, in text order.
    const bySentence = new Map<number, Mention[]>();
    for (const m of pm) (bySentence.get(m.sentenceIndex) ?? bySentence.set(m.sentenceIndex, []).get(m.sentenceIndex)!).push(m);
    if (heading && (heading.section !== passage.section || !(isListRow(passage.kind, passage.text) || (passage.kind === "list-item" && yearOpeningRow(passage.text) !== null)) || (isLabelLine(passage.text) && !listHeading(passage.text)) || otherField(passage.text, pm.map((m) => m.localStart)))) heading = null;
    // An FAQ's answer (questionAnswer.ts): of the body the question names, else the one the section or page names.
    const answer = questions.see(passage);
    const answerKinds = answer?.lists.flatMap((l) => l.topics) ?? [];
    const answerTopic = answer ? ([answer.question, sectionLabel, ...pageHeadings(doc)].reduce<M | null>((found, label) => found ?? named(label, answerKinds), null)) : null;
    if (answer && passage.kind === "list-item") heading = { list: answer.lists, topic: answerTopic, section: passage.section };
    // A register's header row with separate signature and ratification columns (tableColumns.ts), for its section.
    if (columns && columns.section !== passage.section) columns = null;
    const header = passage.kind === "list-item" ? headerColumns(passage.text) : null;
    if (header) columns = { cells: header, section: passage.section };
    if (labelled && (labelled.section !== passage.section || passage.kind !== "list-item")) labelled = null;
    const labels = passage.kind === "list-item" && pm.length === 0 && !bindingHeader(passage.text) ? columnLabels(passage.text) : null;
    if (labels) [labelled, heading] = [{ lists: labels, section: passage.section }, null];
    // A header with a binding column says what its rows are, whatever label stands above the table.
    // Its treaty is the one the section or page names, else the one an earlier heading named ("X Convention (1969):
    // parties A to M" above "Participants"), before any treaty the prose mentions on the way ("it builds on the 1951 …").
    // A status note may open on the treaty's full name, a line too long for a heading: the one treaty that line names.
    const tableTopic = () => named(sectionLabel, ["CONVENTION"]) ?? named(doc.title, ["CONVENTION"]) ?? lastHeadingNamed(["CONVENTION"]) ?? openingTreaty() ?? topicFor(passage.section)(["CONVENTION"]);
    if (!heading && passage.kind === "list-item" && bindingHeader(passage.text)) heading = { list: [BINDING_COLUMN_TABLE], topic: tableTopic(), section: passage.section };
    passage.sentences.forEach((sentence, index) => {
      const text = sentence.text;
      const inSentence = bySentence.get(index) ?? [];
      const own: M[] = inSentence
        .filter((m, k) => m.localStart >= sentence.localStart && !notAnEnd(m, text, m.localStart - sentence.localStart, m.localEnd - sentence.localStart, inSentence[k - 1]))
        // "as members of that Core Group": a group the text described, not one of that generic name.
        .filter((m) => !demonstrativeGeneric(ctx.entities.get(m.entityId!), text.slice(0, m.localStart - sentence.localStart)))
        .map((m) => {
          const id = sameAs.get(m.entityId!) ?? m.entityId!;
          return { id, kind: ctx.entities.get(id)?.kind ?? m.kind, isEvent: ctx.entities.get(id)?.isEvent === true, start: m.localStart - sentence.localStart, end: m.localEnd - sentence.localStart };
        });
      // "South American Conference on Migration (CSM)" as the page's or section's title: "the CSM" in the text is that body.
      own.push(...titleAcronymMentions(text, own, [doc.title, sectionLabel], (name) => named(name, ["FORUM", "ORGANIZATION", "INITIATIVE", "CONVENTION"])));
      own.sort((a, b) => a.start - b.start);
      const titled = (kind: EntityKind) => (named(sectionLabel, [kind]) ?? named(doc.title, [kind]))?.id ?? null;
      const titledForum = () => named(sectionLabel, ["FORUM"]) ?? named(doc.title, ["FORUM"]);
      const meetingOf = (forumId: string) => meetingOfYearStated(text, passage.text, forumId, eventFor);
      const ms = [...own, ...coref.resolve(text, own, passage.chapterOwnerId, titled, meetingOf)].sort((a, b) => a.start - b.start);
      // Pairs some reader linked in this sentence: the predicate reader only adds what they missed.
      const linked = new Set<string>();
      const stated: Stated[] = [];
      const sink = sentenceSink(store, { passage, text, start: sentence.start, end: sentence.end, namesItself: (id) => own.some((m) => m.id === id) }, linked);
      const add: typeof sink = (type, sourceId, targetId, method, ...rest) => (stated.push({ type, sourceId, targetId, method }), sink(type, sourceId, targetId, method, ...rest));
      const rows = registerRows({ text, passage, own, heading: () => heading, columns: () => columns, entryYear, add, eventFor, parentOf, entities: ctx.entities, cities: ctx.cities });
      const readRows = rows.readRows;
      // Relation ends: not a meeting used as a date, not a body inside a forum ("the GMG working group").
      const ends = ms.filter((m) => !(m.kind === "FORUM" && (TIME_REFERENCE.test(text.slice(Math.max(0, m.start - 40), m.start)) || SUB_BODY_AFTER.test(text.slice(m.end, m.end + 30)))));
      const topic = topicFor(passage.section, text);
      // "Uruguay became a party in 2012" on a treaty's page: the page's convention may be the unwritten object too.
      // A paragraph about one meeting ("The GFMD 2012 met in Port Louis. UNICEF also took part.") has it as the object.
      const endsPair = ends.length >= 2 && hasCandidatePair(ends);
      const roleOpening = ROLE_OPENING.test(text);
      const implied = ends.length >= 1 && !endsPair ? (topic(["FORUM", "INITIATIVE"]) ?? topic(["CONVENTION"]) ?? topic(["FORUM"], true)) : null;
      const around = analysisWindow(text, ends, roleOpening);
      if (endsPair || (implied && hasCandidatePair([...ends, implied]))) {
        if (sequenceCanMatch(text.slice(around.from, around.to), new Set(ends.map((m) => m.kind)))) applyRules(text, ends, around.analysis(), add, topic, forumOf);
      }
      for (const f of frontedHosts(text, ms, () => titledForum())) add("HOSTED", f.host, f.target, "fronted-host", 0.7);
      if (ms.length >= 1) patternRules(text, ms, passage, add, { demonyms: ctx.demonyms, cities: ctx.cities, parentOf, eventFor, yearOf: (id) => ctx.entities.get(id)?.year ?? null, organizationsOwn });
      if (ends.length >= 2) phraseRules(text, ends, passage.chapterOwnerId ?? null, add);
      for (const [part, whole] of possessiveParts(text, ms)) add("PART_OF", part.id, whole.id, "possessive-subunit+coref", 0.7);

      // Year-by-year lists: "hosted by Belgium in 2007, the Philippines in 2008 and Greece in 2009".
      const forum = ends.find((m) => m.kind === "FORUM");
      if (forum) {
        const standing = forum.isEvent ? parentOf(forum.id) : forum.id;
        for (const e of yearByYear(text, ends)) {
          // A chair of a forum that meets yearly chairs that year's meeting, when the meeting is known.
          // A chair-in-office for a year is the forum's chair, unless that year's meeting is known.
          if (e.type === "CHAIRED") add("CHAIRED", e.actor.id, eventFor(standing, e.year, true) ?? standing, "year-by-year", 0.75, { year: e.year, role: String(e.year) });
          else {
            const event = eventFor(standing, e.year);
            if (event) add("HOSTED", e.actor.id, event, "year-by-year", 0.75);
          }
        }
      }

      // A heading with its list: "Members:" / "Former chairs:" then rows (or the rows inline after the colon).
      // Or a lead-in sentence: "The project covers all fifteen ECOWAS Member States and Mauritania:", "… took part: A, B".
      // A label printed alone, without a colon, over its rows ("Funded by", "Member agencies"): a passage naming nothing.
      const bare = index === 0 && passage.sentences.length === 1 && ms.length === 0;
      const listHead = listHeading(text, bare, ms) ?? namingLabel(text, index === 0 && passage.sentences.length === 1, ms);
      const leading = listHead ? null : leadIn(text);
      const copular = listHead || leading ? null : copularList(text);
      const lead = listHead ? null : (leading ?? copular);
      const h = labelled ? null : (listHead ?? lead);
      if (labelled) {
        // A row of a table whose columns are labelled: each name reads as a row of its column's list.
        if (index === 0 && passage.sentences.length === 1) {
          cellSpans(text).forEach((cell, i, cells) => {
            const lists = labelled!.lists[i] ?? [];
            if (lists.length === 0) return;
            heading = { list: lists, topic: rowProgramme(lists, cells, i, ms, text) ?? topic(lists.flatMap((l) => l.topics)), section: passage.section };
            readRows(text, ms.filter((m) => m.start >= cell.start && m.end <= cell.end));
          });
          heading = null;
        }
      } else if (h) {
        const kinds = h.list.flatMap((l) => l.topics);
        // A lead-in speaks of what was just reported (the meeting, the project); a heading of its section's topic.
        // "The RCP's main stakeholders were present:": a possessive owner is not what the list is about.
        const before = ms.filter((m) => m.start < h.restFrom && kinds.includes(m.kind) && !(lead && /^[’']s\b/.test(text.slice(m.end, m.end + 3))));
        const attendance = h.list.some((l) => l.type === "PARTICIPATES_IN");
        // A bare fact-sheet label ("Countries:") speaks of the initiative the page or section names, not the latest one.
        // Under a title that names no body ("FACT SHEET"), the page's opening heading line names it (questionAnswer.ts).
        const opening = () => pageHeadings(doc).reduce<M | null>((found, label) => found ?? named(label, kinds), null);
        const fallback = h.list.every((l) => "topicNamed" in l) ? (named(sectionLabel, kinds) ?? opening()) : (topic(kinds) ?? opening());
        // "Its target countries were:" where "Its" stands for no one known: the list's owner is unknown, not the latest named.
        const ownerUnknown = !!lead && before.length === 0 && /^\W*(?:its|their)\b/i.test(text);
        // "Regional partners include A, B" with no owner written: the partners of what the page or section names, never
        // of the latest body mentioned (a paragraph on an agency's regional work names others' programmes).
        const unwritten = !!copular && before.length === 0 && !/^\W*(?:its|their)\b/i.test(text);
        const listTopic = ownerUnknown ? null : unwritten ? (named(sectionLabel, kinds) ?? named(doc.title, kinds)) : ((lead ? before[before.length - 1] : before[0]) ?? (lead ? coref.latest(kinds, attendance) : null) ?? fallback);
        heading = { list: h.list, topic: listTopic, section: passage.section };
        const inline = text.slice(h.restFrom);
        readRows(inline, ms.filter((m) => m.start >= h.restFrom).map((m) => ({ ...m, start: m.start - h.restFrom, end: m.end - h.restFrom })).filter((m, _i, all) => opensItem(inline, m, all)), h.restFrom);
      } else if (heading && index === 0) {
        readRows(text, ms);
      } else if (index === 0 && passage.kind === "list-item" && rowStatement(passage.text).length) {
        // The row states its relation itself; the next row is read on its own.
        const list = rowStatement(passage.text);
        heading = { list, topic: topic(list.flatMap((l) => l.topics)), section: passage.section };
        readRows(text, ms);
        heading = null;
      } else if (index === 0 && (passage.section ?? titleLabel(doc.title)) && !otherField(passage.text, pm.map((m) => m.localStart)) && (passage.kind === "list-item" || rowPeriod(text) || /^[-–•*]\s/.test(text) || (isListRow(passage.kind, text) && !/[.!?]$/.test(text)))) {
        // "Present chair" printed as a section heading, then "January-June 2013: …" rows; also rows printed as
        // short lines of their own ("2007 — Belgium", "FAO · IFAD · ILO") under a heading "Chairmanship", "Members of the GMG".
        // Rows before any heading are the page's own list when its title says what they are ("X: the annual conferences").
        const label = sectionLabel ?? titleLabel(doc.title)!;
        // A heading may name its topic ("Ratifications and accessions to the <treaty>"): the name counts as one word.
        const viaSection = listHeading(`${label}: `, false, nameInLabel(label, ctx.headingEntity?.(label), ctx.entities));
        if (viaSection) {
          const kinds = viaSection.list.flatMap((l) => l.topics);
          const strict = viaSection.list.every((l) => "topicNamed" in l);
          heading = { list: viaSection.list, topic: strict ? named(label, kinds) ?? named(doc.title, kinds) : topic(kinds), section: passage.section };
          readRows(text, ms);
        }
      }
      // An FAQ's answer: the names opening its first sentence answer the question above it.
      if (answerTopic && index === 0 && passage.kind !== "list-item" && !h) {
        for (const r of answerRows(text, own)) {
          for (const l of answer!.lists) {
            if (!l.rows.includes(r.kind) || !l.topics.includes(answerTopic.kind) || r.id === answerTopic.id) continue;
            add(l.type, l.rowsAreTargets ? answerTopic.id : r.id, l.rowsAreTargets ? r.id : answerTopic.id, l.id, l.confidence);
          }
        }
      }
      // The meeting a register row names: that year's meeting of the list's series, unless the row names another
      // series or one of its meetings itself ("2013 – Budapest Process conference, Istanbul, Turkey" on another page).
      // A register row's own fields: "2016 – Dhaka, Bangladesh (Chair: Bangladesh)" chairs the forum that year.
      if (index === 0 && (passage.kind === "list-item" || isListRow(passage.kind, text))) {
        rows.readFields(ms, heading?.topic?.kind === "FORUM" ? heading.topic : topic(["FORUM"]));
        rows.readEntryVenue(ms, heading?.topic?.kind === "FORUM" ? heading.topic : topic(["FORUM"]));
      }
      // The lexicon reader last, at a lower confidence than any rule: it fills in pairs the rules left unlinked.
      const about = ends.length >= 1 && roleOpening ? topic(["FORUM", "INITIATIVE"]) : null;
      if ((endsPair || (about && hasCandidatePair([...ends, about]))) && mayState(text)) {
        for (const p of readPredicates(text, ends, around.analysis, about)) {
          ctx.onPredicate?.(p, { text, passageId: passage.id, section: passage.section }, linked.has(`${p.sourceId}|${p.targetId}`));
          if (!linked.has(`${p.sourceId}|${p.targetId}`)) add(p.type, p.sourceId, p.targetId, `predicate:${p.entry}`, 0.6, { year: p.year });
        }
      }
      // "A took part in X, alongside B", "…, as did B": co-agents named after the object share what the sentence's readers stated.
      if (stated.length > 0 && /\b(?:alongside|with|(?:as|so(?: too)?) (?:did|do|does|are|were|is|was|have|has|had))\b/.test(text)) for (const c of lateCoAgents(text, ends, around.analysis().tokens, stated)) add(c.type, c.sourceId, c.targetId, c.method, 0.6);
      // A meeting used as a date ("in preparation for the 2013 HLD. At the meeting, …") is not what "the meeting" then means.
      coref.note(ms.filter((m) => !(m.isEvent && TIME_REFERENCE.test(text.slice(Math.max(0, m.start - 40), m.start)))), text);
      for (const m of own) page.saw(m);
    });
    // An answer that leads into rows ("By year of joining:") makes them the question's list.
    if (answerTopic && !heading && /:\s*$/.test(passage.text)) heading = { list: answer!.lists, topic: answerTopic, section: passage.section };
  }
  return { relations: settle([...relations.values()], ctx.entities), warnings };
}

export type { EntityKind, RelationType };

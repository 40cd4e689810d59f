import { NumberedMeetingYears } from "./numberedMeetingYears.js";
import { shortFormsBack } from "./shortFormBack.js";
import { entityId } from "../../src/ontology/ids.js";
import { isTitleLine } from "./pageMeeting.js";
import { type HeadingSitting, headingSitting } from "./headingSitting.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import type { Catalog } from "../catalog/catalog.js";
import { acronymDefinitions } from "./acronymDefinitions.js";
import { classNounDefinitions } from "./classNounDefinition.js";
import { alsoCalled } from "./alsoCalled.js";
import { NameFields } from "./nameFields.js";
import { tableAcronymCells } from "./tableAcronymCells.js";
import { catalogMentions } from "./catalogMentions.js";
import { demonymStates } from "./demonymStates.js";
import { officeHolders } from "./officeHolders.js";
import { knownAsMentions } from "./knownAsMentions.js";
import { titleAfterClassNounMentions } from "./titleAfterClassNoun.js";
import { ratifiedTitleMentions } from "./ratifiedTitle.js";
import { runInProjectTitle } from "./runInProjectTitle.js";
import { quotedItemTitle } from "./quotedItemTitle.js";
import { Matcher } from "./Matcher.js";
import { titleVariants } from "./titleVariants.js";
import { DatedRowReader } from "./datedRows.js";
import { scanMeetings } from "./scanMeetings.js";
import type { RecentForums } from "./RecentForums.js";
import { dateOneOffMeetings } from "./oneOffMeeting.js";
import { firstOfSeries } from "./oneOffSeries.js";
import { programmePhases } from "./programmePhases.js";
import { ownerEditions } from "./ownerEdition.js";
import { HeadingProjects } from "./headingProjects.js";
import { recordBlockTitles } from "./recordBlockTitle.js";
import { apposedProjects } from "./apposedProjectName.js";
import { coinedProgrammeMentions } from "./coinedProgrammeNames.js";
import { classNounTitleMentions } from "./classNounTitles.js";
import { jointMeetingMentions } from "./jointMeetingNames.js";
import { statedWhen } from "./meetingYears.js";
import { openSetNames } from "./openSetNames.js";
import { MemberRowNames, memberRowName } from "./memberRowNames.js";
import { classListNames } from "./classListNames.js";
import { initialsAcronyms } from "./initialsAcronym.js";
import { commonNameOf } from "./commonNameOf.js";
import { quotedTitles } from "./quotedTitles.js";
import { passiveSubjectNames } from "./passiveSubjectNames.js";
import { partsAfterOwner } from "./partsAfterOwner.js";
import { titleFieldName } from "./titleField.js";
import { leadingInitiative } from "./leadingInitiative.js";
import { hostTest } from "./hostTest.js";
import { placeTest } from "./placeTest.js";
import { chapterSelfReferences } from "./chapterSelfReferences.js";
import { settleDocumentNames } from "./settleDocumentNames.js";
import { lowerCaseSubBodies } from "./lowerSubBodies.js";
import { describedMinistries } from "./describedMinistry.js";
import { type DocumentScan, type ParentLink, PassageScan, pageTextOf } from "./PassageScan.js";
import { isSourcesLine } from "./sourcesLine.js";
import { pageTitleNames } from "./pageTitleNames.js";
import type { DiscoveredName, Mention, StructuredDocument } from "./types.js";

export type { DiscoveredName } from "./types.js";
export type { ParentLink } from "./PassageScan.js";
export { createMatcher } from "./createMatcher.js";

/**
 * Finds entity mentions in each passage:
 *   1. "Full Name (ACRONYM)" definitions, which also bind the acronym for the rest of the chapter (so CRC after
 *      "Committee on the Rights of the Child (CRC)" is the Committee, not the Convention) (acronymDefinitions.ts);
 *   2. catalog forms (longest match over spelling-folded words, acronyms case-sensitive) (catalogMentions.ts);
 *   3. quoted titles introduced by an initiative noun;
 *   4. open-set names read by their head noun (nameRules.ts), kept whole, with
 *      sub-units tied to their parent body (openSetNames.ts);
 *   5. dated and numbered meetings of standing forums (meetings.ts);
 *   6. "the Organization" inside an agency's own chapter.
 * Discovered entities carry candidate keys; `resolve` turns keys into nodes.
 */
export interface Recognised {
  mentions: Mention[];
  /** Names discovered in this document: candidate key → name, kind, acronym. */
  discovered: Map<string, DiscoveredName>;
  /** Sub-units whose parent body the text states (or the chapter implies): the PART_OF evidence. */
  parents: ParentLink[];
  /** Initiatives named only by a heading in a list of projects (headingProjects.ts): heading → discovered key. */
  headed?: Array<{ label: string; key: string }>;
}

export function recognise(doc: StructuredDocument, catalog: Catalog, matcher: Matcher): Recognised {
  const mentions: Mention[] = [];
  const discovered = new Map<string, DiscoveredName>();
  const parents: ParentLink[] = [];
  const localAcronyms = new Map<string, { id: string; kind: EntityKind }>();
  let recent: RecentForums = { scope: "", byHead: new Map(), section: [] };
  let sectionNames: { label: string | null; ids: string[]; meeting?: HeadingSitting } = { label: null, ids: [] };
  const shortName = (id: string) => {
    const e = catalog.byId.get(id);
    return e?.acronym ?? e?.name ?? discovered.get(id)?.acronym ?? discovered.get(id)?.name ?? id;
  };
  const hostOf = hostTest(catalog);
  const rows = new DatedRowReader(catalog, (id) => discovered.get(id));
  const headed: Array<{ label: string; key: string }> = [];
  const projectHeadings = new HeadingProjects();
  // A heading that is a known name names that, not a new project; one with words of its own ("MTM i-Map") is new.
  const knownName = (name: string) => matcher.findAll(name).some((m) => m.start === 0 && m.end === name.length) || [...discovered.values()].some((d) => d.name === name || d.acronym === name);
  const undatable = new Set<string>();
  const initiativeCounts = new Map<string, number>();
  const datedOneOffs = new Set<string>(), numberedYears = new NumberedMeetingYears();
  let rowAbove: { year: number; section: string | null | undefined } | null = null;
  /** Dated one-offs a paragraph calls the first meeting of a standing forum, by key: the forum (oneOffSeries.ts). */
  const firstMeetings = new Map<string, string>();
  const state: DocumentScan = { catalog, matcher, discovered, parents, localAcronyms, isPlace: placeTest(catalog), shortName, pageText: pageTextOf(doc) };
  const { pageIds, headlined, definedBy, titleDefinition, coinedDefinition } = pageTitleNames(doc, state, headed);
  recent.page = pageIds;
  /** The standing forums a title line at the top names (isTitleLine), read with that line's mentions. */
  let titleLineForums: string[] = [];
  rows.page(state.topic ?? state.pageBody);
  let headedSection: string | null | undefined;
  const recordTitles = recordBlockTitles(doc.passages, state.isPlace);
  const memberRows = new MemberRowNames(doc.passages, state.isPlace), nameFields = new NameFields(doc.passages);
  for (const passage of doc.passages) {
    const scan = new PassageScan(passage, state);
    const { text, scope } = scan;
    // A line of sources discovers nothing: what it names for the first time is a document or a website (sourcesLine.ts).
    const knownBefore = isSourcesLine(passage.text) ? new Set(discovered.keys()) : null;
    const memberRow = memberRows.enter(passage);

    // 0. A heading in a list of projects names one ("Completed projects" … "Coastal Route Atlas (2009-2010)").
    const headProject = projectHeadings.enterProject(passage.section, passage.headingAbove);
    const headName = headProject?.name ?? null;
    if (headName && passage.section && !knownName(headName)) {
      const key = entityId("INITIATIVE", headName);
      scan.discover({ key, kind: "INITIATIVE", name: headName, acronym: headProject!.acronym });
      headed.push({ label: passage.section, key });
    }
    // 0'. A record's title line over a programme's field lines names it (recordBlockTitle.ts).
    const record = recordTitles.get(passage.id);
    if (record && !knownName(record.name)) {
      const key = entityId("INITIATIVE", record.name);
      scan.discover({ key, kind: "INITIATIVE", name: record.name, acronym: record.acronym, ...(record.alias ? { alias: record.alias } : {}) });
      scan.push({ localStart: record.start, localEnd: record.end, kind: "INITIATIVE", key, method: "name-pattern", confidence: 0.7 });
    }
    runInProjectTitle(scan); // 0''. "Climate Change and Migration. Undertaken by …" under "Projects" (runInProjectTitle.ts).
    quotedItemTitle(scan); // 0'''. '- "Direct Help to Stranded Fishers", 1.5 million euros.' after 'two projects' (quotedItemTitle.ts).
    // 0b. The heading's and the title's definitions hold for this passage's scope; a definition in the text itself,
    // read next, still wins where it differs. The body is the page's topic for lists and governing bodies.
    const sectionDefinition = definedBy(passage.section);
    for (const def of [sectionDefinition, titleDefinition, coinedDefinition]) {
      if (!def) continue;
      const key = `${scope}|${def.acronym}`;
      if (!localAcronyms.has(key)) localAcronyms.set(key, { id: def.id, kind: def.kind });
      if (!def.known) scan.discover({ key: def.id, kind: def.kind, name: def.name, acronym: def.acronym, ...("alias" in def && typeof def.alias === "string" ? { alias: def.alias } : {}) });
      state.topic ??= { id: def.id, kind: def.kind, name: def.name, acronym: def.acronym };
      if (def === sectionDefinition && def !== titleDefinition && headedSection !== passage.section) headed.push({ label: passage.section!, key: def.id });
    }
    headedSection = passage.section;
    // 1. Definitions first, so a local acronym overrides the catalog's reading of it.
    acronymDefinitions(scan);
    classNounDefinitions(scan); // 1b. "the Ports and Crews civil society network (PACN)" (classNounDefinition.ts)
    catalogMentions(scan); // 2. Catalog forms (and locally defined acronyms).
    partsAfterOwner(scan); // 2a. A body's part named after it: "the ASEAN Secretariat", "ICMC Europe" (partsAfterOwner.ts).
    demonymStates(scan); // 2a'. A state by its demonym: "the Peruvian presidency", "the Nigerian delegation" (demonymStates.ts).
    officeHolders(scan); // 2a''. An office-holder stands for the state or body: "Italy's Prime Minister …", "the head of IOM" (officeHolders.ts).

    knownAsMentions(scan); // 2b. A titled programme and its short name: "…, known as FMM West Africa" (knownAs.ts).
    quotedTitles(scan); // 3. Quoted titles and quoted names (quotedTitles.ts).
    apposedProjects(scan); // 3c. A title set off after "project": "Its project, Towards a Safer Coast, was …" (apposedProjectName.ts).

    // 3d. A title typed by the class noun beside it: "the project X: Y (ACR)", "ACR (X) is a facility" (classNounTitles.ts).
    classNounTitleMentions(scan);

    // 3d'. A coined word in capitals typed by a programme noun: "the joint UNODC-OHCHR SEAMAR project" (coinedProgrammeNames.ts).
    coinedProgrammeMentions(scan);
    // 3d''. A programme named with no class noun as a passive's subject: "Harbour Futures is implemented by IOM" (passiveSubjectNames.ts).
    passiveSubjectNames(scan);
    ratifiedTitleMentions(scan); // 3d-bis. Only a treaty is ratified: "Tinland ratified the Reef Labour Accord" (ratifiedTitle.ts).
    titleAfterClassNounMentions(scan); // 3d'''. "the project Fostering Access to …, led by" (titleAfterClassNoun.ts).
    // 3e. A meeting named for its two sides: "the European Union – African Union Summit" (jointMeetingNames.ts).
    jointMeetingMentions(scan);

    // 3f. A project sheet's title line: "Title: Safer Boats, Fair Wages and Return" (titleField.ts).
    titleFieldName(scan);

    // 4. Open-set names without an acronym; "X and the Y" may be two names.
    openSetNames(scan);
    // 4b. "X (or, simply, Y)", "the former X (now the Y)": two names of one thing. A field line "Founded: 1974, as the Y"
    // tells of the body its section heading or else the page title defines, not a directory's first topic (another entry's).
    alsoCalled(scan, sectionDefinition?.id ?? titleDefinition?.id);
    // "Short name: Y", "Also known as: Y", "Former name: Y": the sheet's thing named twice (nameFields.ts).
    nameFields.read(scan, sectionDefinition ?? titleDefinition ?? state.topic ?? null);
    // 4b-bis. "X is the common name of the Y": the full title Y, with X its alias (commonNameOf.ts).
    commonNameOf(scan);
    // 4b''. Sub-bodies written partly in lower case: "the X Initiative advisory committee", "the IDP subgroup" (lowerSubBodies.ts).
    lowerCaseSubBodies(scan);
    // 4b'''. A state's ministry described by its portfolio: "Ghana's foreign ministry" (describedMinistry.ts).
    describedMinistries(scan);
    // 4b'. An acronym never defined, spelled by one name of the document: "the MICIC initiative" (initialsAcronym.ts).
    initialsAcronyms(scan);
    // 4c. A citation's subtitle, a generic name beside a project's title, "Resolution and X" (titleVariants.ts).
    titleVariants(scan);

    // 4d. A programme's named phase: "FMM West Africa II", "Phase II, 2018-2022.", "opened the third phase of its X".
    programmePhases(scan, () => leadingInitiative(initiativeCounts) ?? (state.topic?.kind === "INITIATIVE" ? state.topic.id : null));
    // 4e. "its own programme, ILO PROSPECTS": a body's own edition of a programme (ownerEdition.ts).
    ownerEditions(scan);
    // 4f. "The Contact Group …" after "the X Contact Group": the body named in full (shortFormBack.ts, SHORT_FORM_BACK).
    shortFormsBack(scan);
    for (const m of scan.mentions) if (m.kind === "INITIATIVE" && !discovered.get(m.key)?.parentId) initiativeCounts.set(m.key, (initiativeCounts.get(m.key) ?? 0) + 1);

    // 5. Meetings: "the 7th meeting of the Bali Process", "the 2010 Forum".
    if (recent.scope !== scope) recent = { scope, byHead: new Map(), section: [], page: pageIds };
    // Consecutive passages share their section: its heading is read once.
    if (sectionNames.label !== passage.section) sectionNames = { label: passage.section, ids: passage.section ? matcher.findAll(passage.section).map((m) => m.entityId) : [], meeting: headingSitting(passage.section, catalog.cities) };
    recent.section = sectionNames.ids;
    recent.sectionMeeting = sectionNames.meeting;
    // A title that names no forum leaves the page's topic to the forum its headline names (headlineTopic.ts).
    if (pageIds.length === 0 && (recent.page ?? []).length === 0 && headlined) {
      if (!discovered.has(headlined.key)) discovered.set(headlined.key, headlined);
      recent.page = [headlined.key];
    }
    // Nor its headline: a title line at the top read as a labelled row ("X: the Ministerial Consultations, session by
    // session") names the page's series all the same.
    if (titleLineForums.length === 0 && isTitleLine(passage)) titleLineForums = [...new Set(scan.mentions.filter((m) => m.kind === "FORUM" && !(catalog.byId.get(m.key) ?? discovered.get(m.key))?.isEvent).map((m) => m.key))];
    if ((recent.page ?? []).length === 0) recent.page = titleLineForums;
    scanMeetings(scan, recent); // Each meeting phrase takes the place of the mentions it read (scanMeetings.ts).

    // 5b. A row of a year-by-year list of meetings: "2009 - Tunis (Africa)" under "The summits so far:" (datedRows.ts).
    rows.enter(passage.section);
    const row = rows.row(text, scan.mentions);
    // The paragraph right under a dated row ("2022 - Brussels" over "The sixth summit … finally met …") is told of that year.
    const underRow = rowAbove?.section === passage.section ? rowAbove.year : null;
    rowAbove = row && row.entity.year ? { year: row.entity.year, section: passage.section } : null;
    if (row && !scan.overlaps(row.start, row.end)) {
      scan.discover(row.entity);
      scan.push({ localStart: row.start, localEnd: row.end, kind: "FORUM", key: row.entity.key, method: "meeting", confidence: 0.75 });
    }
    rows.saw(text, scan.mentions);

    // 5c. A one-off conference the passage dates: "London, 4 February 2016. The London Conference on X was convened …" (oneOffMeeting.ts).
    dateOneOffMeetings(text, scan.mentions, discovered, undatable, datedOneOffs, passage.section, catalog.cities, recent.dateline?.year ?? null, state.isPlace);
    for (const [oneOff, forum] of firstOfSeries(text, scan.mentions, discovered, datedOneOffs)) firstMeetings.set(oneOff, forum);
    numberedYears.saw(text, passage.section, scan.mentions, discovered, underRow);
    // A dated one-off is no series that a later "the second conference" could number.
    // Read from the scope's few series, not from every one-off the document has dated so far (a book dates hundreds).
    for (const series of recent.byHead.values()) for (const key of series) if (datedOneOffs.has(key) && discovered.get(key)?.isEvent) series.delete(key);

    // 5d. A row of a list of members or partners names a body whatever its words: "Pro Asyl" (memberRowNames.ts).
    if (memberRow) memberRowName(scan);
    // 5e. A list a class noun of bodies introduces (classListNames.ts); 5f. a table row's acronym cell (tableAcronymCells.ts).
    classListNames(scan);
    tableAcronymCells(scan);
    // 6. Self-references inside an agency's own chapter ("the Organization", "the Fund").
    chapterSelfReferences(scan);
    scan.mentions.sort((a, b) => a.localStart - b.localStart);
    for (const m of scan.mentions) {
      const { year, host } = statedWhen(text, m, hostOf);
      if (year) m.statedYear = year;
      if (host) m.statedHost = host;
    }
    if (knownBefore) {
      for (const key of [...discovered.keys()]) if (!knownBefore.has(key)) discovered.delete(key);
      scan.mentions.splice(0, scan.mentions.length, ...scan.mentions.filter((m) => catalog.byId.has(m.key) || discovered.has(m.key)));
    }
    mentions.push(...scan.mentions);
  }
  settleDocumentNames(doc, state, mentions, { numberedYears, datedOneOffs, firstMeetings });
  return { mentions, discovered, parents, headed };
}

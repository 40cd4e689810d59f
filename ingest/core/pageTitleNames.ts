import { pageBody } from "./pageBody.js";
import { headlineForum, pageHeadline } from "./headlineTopic.js";
import { headingAcronym } from "./headingAcronym.js";
import { acronymFirstTitle } from "./acronymFirstTitle.js";
import { coinedTitleDefinition } from "./coinedTitleName.js";
import { pageTitleName } from "./pageTitleName.js";
import { stateTitledBody } from "./titleState.js";
import { pageState, pageTitleState } from "./pageState.js";
import type { DocumentScan } from "./PassageScan.js";
import type { StructuredDocument } from "./types.js";

type Definition = ReturnType<typeof headingAcronym>;

export interface PageTitleNames {
  /** The forums or bodies the page title names, by its own name or a catalog one. */
  pageIds: string[];
  /** Where the title names none, the forum its headline names (headlineTopic.ts). */
  headlined: ReturnType<typeof headlineForum>;
  /** The body a title or heading "Coastal Fishers Network (CFN)" names and the acronym it defines, read once per label. */
  definedBy: (label: string | null | undefined) => Definition;
  titleDefinition: Definition;
  coinedDefinition: ReturnType<typeof coinedTitleDefinition>;
}

/**
 * What a page's title, headline and title line name, read before its passages: the page's own name (pageTitleName.ts),
 * the forum its title or headline names, the state a title files the page under, and the acronym the title defines.
 * Sets the scan's topic, page body and page state, and notes each title-named thing under the label that names it.
 */
export function pageTitleNames(doc: StructuredDocument, state: DocumentScan, headed: Array<{ label: string; key: string }>): PageTitleNames {
  const { catalog, matcher, discovered } = state;
  // A page titled by a name alone, by a word a "Full name:" line spells out, or by a coined name is about it (pageTitleName.ts).
  const titled = pageTitleName(doc, catalog, matcher);
  if (titled) {
    discovered.set(titled.key, { key: titled.key, kind: titled.kind, name: titled.name, acronym: titled.acronym ?? null });
    if (titled.meeting) discovered.set(titled.meeting.key, titled.meeting);
    headed.push({ label: titled.label ?? doc.title, key: titled.meeting?.key ?? titled.key });
    if (!titled.meeting) state.topic = { id: titled.key, kind: titled.kind, name: titled.name, acronym: null };
  }

  // The forum a page title names, by its own name or a catalog one: numbered meetings under it may be its own.
  const pageIds = titled ? [titled.key] : matcher.findAll(doc.title).map((m) => m.entityId);
  // The heading over the first passage: under a breadcrumb or label title, the page's headline (headlineTopic.ts).
  const headline = pageHeadline(doc);
  const headlined = pageIds.length === 0 ? headlineForum(headline) : null;
  state.pageBody = pageBody(pageIds.length > 0 ? pageIds : headlined ? [headlined.key] : [], catalog, headlined);

  // A title or heading "Coastal Fishers Network (CFN)" names the topic and defines the acronym (headingAcronym.ts).
  const definitions = new Map<string, Definition>();
  const definedBy = (label: string | null | undefined) => {
    if (!label || !label.includes("(")) return null;
    if (!definitions.has(label)) definitions.set(label, headingAcronym(label, state));
    return definitions.get(label)!;
  };
  // Or a title line printed acronym first: "HARVEST (Helping Agricultural Returnees …)" (acronymFirstTitle.ts).
  // "Department of Coastal Affairs (DCA), Tinland - profile": the title's body is that state's, and so are the page's bare
  // ministries (titleState.ts), as are a page's filed under a state (pageState.ts); a title line too long for the title too.
  const titleLine = pageTitleState(doc, matcher, catalog), titledState = titleLine?.state ?? null;
  state.pageState = pageState(doc, matcher, catalog);
  const stateDefinition = titledState ? definedBy(titledState.body) : null;
  const titleDefinition = (stateDefinition ? stateTitledBody(stateDefinition, titledState!.stateId, catalog.demonyms, state.shortName) : null) ?? definedBy(doc.title) ?? acronymFirstTitle(doc, state);
  const coinedDefinition = coinedTitleDefinition(titled);
  if (titleDefinition) headed.push({ label: stateDefinition ? titleLine!.line : doc.title, key: titleDefinition.id });
  return { pageIds, headlined, definedBy, titleDefinition, coinedDefinition };
}

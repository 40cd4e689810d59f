import type { Catalog } from "../catalog/catalog.js";
import { normalise } from "./normalise.js";
import { createMatcher, recognise, type Recognised } from "./recognise.js";
import { headingEntity } from "./headingEntity.js";
import { titleStateBodyId } from "./titleState.js";
import { meetingOfYear } from "./meetingOfYear.js";
import { relate, type RelateContext } from "./relate.js";
import { kindWordAliases } from "./kindWordAliases.js";
import { treatyTitleTail } from "./treatyTitleTail.js";
import { partiesInTreatyName } from "./partiesInTreatyName.js";
import { placesInOwnName } from "./placesInOwnName.js";
import { resolve } from "./resolve.js";
import { DocumentEntities } from "./DocumentEntities.js";
import { mergeEntities } from "./mergeEntities.js";
import { subunitRelations } from "./subunits.js";
import { structure, type ChapterOwnerLookup } from "./structure.js";
import type { DocumentGraph, MentionCount, SourceFile, StructuredDocument } from "./types.js";

/**
 * The pure core: read files in, statements-ready graphs out, no I/O.
 * normalise → structure → recognise (per document) → resolve (corpus-wide)
 * → relate (per document, against the run's entities read-only) → merge what relating created → one DocumentGraph per document.
 */
export interface StageTimer {
  (stage: string, done: number, total: number): void;
}

export function chapterOwnerLookup(catalog: Catalog): ChapterOwnerLookup {
  const byForm = new Map<string, string>();
  for (const e of catalog.entities) {
    if (e.kind !== "ORGANIZATION") continue;
    for (const name of [e.name, ...e.aliases]) byForm.set(name.toLowerCase().replace(/^the /, ""), e.id);
  }
  return (heading) => byForm.get(heading.trim().toLowerCase().replace(/^the /, "")) ?? null;
}

export function buildGraphs(files: SourceFile[], catalog: Catalog, progress: StageTimer = () => {}, observe: Pick<RelateContext, "onPredicate"> = {}): DocumentGraph[] {
  const owner = chapterOwnerLookup(catalog);
  const matcher = createMatcher(catalog);
  const docs: StructuredDocument[] = [];
  files.forEach((file, i) => {
    docs.push(structure(file, normalise(file), owner));
    progress("structure", i + 1, files.length);
  });
  const recognised: Recognised[] = docs.map((doc, i) => {
    const r = recognise(doc, catalog, matcher);
    progress("recognise", i + 1, docs.length);
    return r;
  });
  const passageTexts = new Map(docs.flatMap((doc) => doc.passages.map((p) => [p.id, p.text] as const)));
  const entities = resolve(recognised, catalog, (id) => passageTexts.get(id), docs.map((d) => d.title));
  // Countries named only by a demonym ("the Belgian GFMD Chair") may still be relation ends.
  for (const id of [...catalog.demonyms.values(), ...catalog.cities.values()]) if (!entities.has(id)) { const { forms: _f, ...c } = catalog.byId.get(id)!; entities.set(id, c); }
  progress("resolve", 1, 1);
  // "the LEAP project": an initiative also goes by its name with the class noun written after it (kindWordAliases.ts).
  docs.forEach((doc, i) => kindWordAliases(doc, recognised[i]!.mentions, entities));
  // "the Work in Fishing Convention, 2007 (No. 188)": a treaty also goes by the title its year and number close (treatyTitleTail.ts).
  docs.forEach((doc, i) => treatyTitleTail(doc, recognised[i]!.mentions, entities));
  const headedProjects = new Map(recognised.flatMap((r) => r.headed ?? []).filter((h) => entities.has(h.key)).map((h) => [h.label, h.key] as const));
  // Each document is related against the run's entities read-only: what it creates or changes stays in its own view
  // (DocumentEntities.ts) until every document is related, so no document's graph depends on those before it.
  const related = docs.map((doc, i) => {
    const own = new DocumentEntities(entities, entities.redirects, entities.writes);
    // Per document: the heading reader caches what its headings named, which is of this document's entities.
    const headings = headingEntity(catalog, matcher, own, headedProjects);
    const mentions = recognised[i]!.mentions.filter((m) => m.entityId && entities.has(m.entityId));
    const { relations, warnings } = relate(doc, mentions, { entities: own, demonyms: catalog.demonyms, cities: catalog.cities, seatCities: catalog.seatCities, organizationAcronyms: catalog.organizationAcronyms, eventFor: (forumId, year, known) => meetingOfYear(forumId, year, own, catalog, !known), headingEntity: headings, pageStateBody: (title) => titleStateBodyId(title, catalog, matcher, own), ...observe });
    // By id, the first of each, as a search of the list from its start would find it.
    const byId = new Map<string, (typeof relations)[number]>();
    for (const r of relations) if (!byId.has(r.id)) byId.set(r.id, r);
    // A sub-unit's parent (subunits.ts); the states closing an initiative's own name, "X in Ghana and Togo" (placesInOwnName.ts).
    // The states a treaty's own title names as its parties, "the Agreement between A and B" (partiesInTreatyName.ts).
    for (const r of [...subunitRelations(doc, recognised[i]!, own), ...placesInOwnName(doc, mentions, own, matcher), ...partiesInTreatyName(doc, mentions, own, matcher)]) {
      const same = byId.get(r.id);
      if (same) same.evidence.push(...r.evidence.filter((e) => !same.evidence.some((x) => x.id === e.id)));
      else {
        relations.push(r);
        byId.set(r.id, r);
      }
    }
    const counts = new Map<string, MentionCount>();
    for (const m of mentions) {
      const key = `${m.passageId}|${m.entityId}`;
      const c = counts.get(key) ?? { passageId: m.passageId, entityId: m.entityId!, count: 0 };
      c.count++;
      counts.set(key, c);
    }
    // A project named only by its heading is in its document even where no row or sentence links it yet.
    const headed = (recognised[i]!.headed ?? []).map((h) => h.key).filter((k) => own.has(k));
    const used = new Set<string>([...mentions.map((m) => m.entityId!), ...relations.flatMap((r) => [r.sourceId, r.targetId]), ...headed]);
    progress("relate", i + 1, docs.length);
    return { doc, counts, relations, warnings, used, created: own.created() };
  });
  // The one step that adds what relating created: every document's graph holds the merged records.
  const merged = mergeEntities(entities, related.map((r) => r.created));
  return related.map(({ doc, counts, relations, warnings, used }) => {
    // The banner is read by recognition only (pageState.ts); the document's record stays as it was.
    const { passages, banner: _banner, ...meta } = doc;
    return {
      document: { ...meta, passageCount: passages.length },
      passages: passages.map(({ sentences: _s, chapterOwnerId: _o, ...p }) => p),
      entities: [...used].map((id) => merged.get(id)!).filter(Boolean),
      mentions: [...counts.values()],
      relations,
      warnings,
    };
  });
}

import type { Catalog, CatalogEntity } from "../catalog/catalog.js";
import { isOrganName, passageSharing } from "./organOnPage.js";
import { nameKey } from "./fold.js";
import { nameSimilarity, SAME_ACRONYM_SIMILARITY } from "./nameSimilarity.js";
import { catalogNearName } from "./catalogNearName.js";
import { seriesYearAliases } from "./seriesYearAliases.js";
import { splitMeetingsByYear } from "./meetingYears.js";
import { splitMeetingsByOccasion } from "./meetingOccasions.js";
import { splitOneOffsAcrossDocuments } from "./oneOffAcrossDocuments.js";
import { splitOrgansAcrossDocuments } from "./organAcrossDocuments.js";
import { joinSameDayMeetings } from "./meetingSameDay.js";
import { occasionNames } from "./meetingOccasion.js";
import { occasionFields, occasionOfGroup } from "./meetingOccasionFields.js";
import { bindAliasesElsewhere } from "./aliasElsewhere.js";
import { foldMeetingHeadSeries } from "./meetingHeadSeries.js";
import { followFoldedSeries } from "./foldedSeriesEvents.js";
import { foldOwnerPrefixes } from "./ownerFold.js";
import { foldAcronymHead } from "./acronymHeadFold.js";
import { runOnTarget } from "./runOnName.js";
import { placeTailKeys, placeTailTarget } from "./catalogPlaceTail.js";
import { foldNameVariants } from "./variantFold.js";
import { foldYearSittings } from "./yearSittingFold.js";
import { foldAcronymOnly, sharesContext } from "./acronymOnlyFold.js";
import { stateBodiesApart } from "./stateBodyApart.js";
import { stateNames } from "./stateNames.js";
import type { DiscoveredName, Recognised } from "./recognise.js";
import type { EntityRecord } from "./types.js";
import { EntityMap } from "./EntityMap.js";
import { entityId } from "../../src/ontology/ids.js";
import { sentenceAround } from "./sentenceAround.js";
import { seriesKey } from "./seriesKey.js";
import { keyTitlesByPage } from "./pageTitleKeys.js";
import { foldCutToSitting } from "./sittingCutFold.js";
import { sittingOrdinalKeys } from "./sittingOrdinalKeys.js";

export type ResolvedEntity = EntityRecord & { parentId?: string };

/** The id a name keys to, or null for a name with no letters or digits. */
const entityIdOrNull = (kind: DiscoveredName["kind"], name: string, inCatalog: (id: string) => boolean = () => false): string | null => {
  try {
    return seriesKey(kind, name, inCatalog);
  } catch {
    return null;
  }
};

export { nameSimilarity, SAME_ACRONYM_SIMILARITY, SAME_NAME_SIMILARITY } from "./nameSimilarity.js";

/**
 * Corpus-wide identity: one node per real thing.
 * - A discovered name with the identity key (fold.ts `nameKey`) of a catalog
 *   name or alias is that catalog entity ("Organisation for Economic
 *   Cooperation and Development" → OECD), whatever kind its head suggested.
 * - A discovered name whose acronym is a catalog acronym of the same kind is
 *   that entity only if the names are alike ("Financial Facility for
 *   Remittances (FFR)" → FFR, but not "International Meteorological
 *   Organization (IMO)" → the International Maritime Organization).
 * - Discovered names with one identity key, or one acronym and alike names,
 *   are one entity; its id is the key of the group's name where a reading
 *   bears that name unchanged, else the variant mentioned most (ties:
 *   smallest id), so the same corpus always gives the same ids.
 * - Every mention gets `entityId`; entities nobody mentions are left out,
 *   except the parent of a mentioned meeting or sub-unit.
 */
export function resolve(recognised: Recognised[], catalog: Catalog, passageText: (passageId: string) => string | undefined, titles: readonly string[] = []): EntityMap<ResolvedEntity> {
  splitMeetingsByYear(recognised);
  splitMeetingsByOccasion(recognised);
  splitOneOffsAcrossDocuments(recognised, passageText);
  splitOrgansAcrossDocuments(recognised, titles, catalog);
  joinSameDayMeetings(recognised);
  foldCutToSitting(recognised, passageText);
  const catalogAcronyms = new Map<string, CatalogEntity>();
  const catalogKeys = new Map<string, string | null>();
  for (const e of catalog.entities) {
    if (e.acronym) catalogAcronyms.set(`${e.kind}|${e.acronym}`, e);
    if (e.kind === "COUNTRY") continue;
    for (const n of [e.name, ...e.aliases]) {
      const k = nameKey(n);
      if (k.length < 4) continue;
      const other = catalogKeys.get(k);
      catalogKeys.set(k, other === undefined || other === e.id ? e.id : null); // null: ambiguous
    }
  }
  keyTitlesByPage(recognised, passageText, (w) => catalog.cities.has(w), (n) => catalogKeys.get(nameKey(n)) !== undefined);
  const placeTails = placeTailKeys(catalog);
  const fuzzy = catalogNearName(catalog);
  const mentionCount = new Map<string, number>();
  for (const r of recognised) for (const m of r.mentions) mentionCount.set(m.key, (mentionCount.get(m.key) ?? 0) + 1);

  const redirect = new Map<string, string>();
  const aliasesOf = new Map<string, Set<string>>();
  const alias = (target: string, name: string) => aliasesOf.set(target, (aliasesOf.get(target) ?? new Set()).add(name));
  // Merge discovered variants; the most mentioned variant of a group names it.
  const variants = new Map<string, DiscoveredName>();
  for (const r of recognised) for (const d of r.discovered.values()) {
    for (const a of [d.alias, d.bareAlias]) if (a && a !== d.name) alias(d.key, a);
    const old = variants.get(d.key);
    if (!old) variants.set(d.key, { ...d });
    else if (d.acronym && !old.acronym) old.acronym = d.acronym;
    // SERIES_SINGULAR_KEY: a series one page names by its plural and another by its singular keeps both names.
    if (old && old.name !== d.name && d.kind === "FORUM" && !d.isEvent && !old.isEvent) alias(d.key, d.name);
    if (old && d.sameAs && !old.sameAs) old.sameAs = d.sameAs;
  }
  const rank = (a: DiscoveredName, b: DiscoveredName) =>
    Number(!!b.year) - Number(!!a.year) || (mentionCount.get(b.key) ?? 0) - (mentionCount.get(a.key) ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const ranked = [...variants.values()].sort(rank);
  const documents = new Map<string, Set<number>>();
  recognised.forEach((r, i) => { for (const k of r.discovered.keys()) documents.set(k, (documents.get(k) ?? new Set()).add(i)); });
  const named = recognised.map((r) => new Set(r.mentions.map((m) => m.key)));
  const sentencesOf = (key: string) => recognised.flatMap((r) => r.mentions.filter((m) => m.key === key).map((m) => {
    const text = passageText(m.passageId) ?? "";
    const at = sentenceAround(text, m.localStart, m.localEnd);
    return text.slice(at.from, at.to);
  }));
  // STATE_BODY_APART: two states' ministries stay two, however alike their names and acronyms.
  const statesApart = stateBodiesApart(recognised, catalog, passageText);
  // ORGAN_ON_PAGE: a bare organ ("the Management Board") is the owner's only where its own passage names the owner.
  const sharePassage = passageSharing(recognised);
  const ownerOnPage = (i: number, bare: string, owner: string) => named[i]!.has(owner) && (!isOrganName(variants.get(bare)?.name ?? "") || sharePassage(i, bare, owner));
  const ownerFolds = foldOwnerPrefixes(ranked, (bare, owned, owner) => [...(documents.get(bare) ?? [])].some((i) => documents.get(owned)?.has(i) || ownerOnPage(i, bare, owner)));
  ownerFolds.push(...foldNameVariants(ranked, { isCountry: stateNames(catalog.entities).written, isCity: (w) => catalog.cities.has(w), isCatalogName: (n) => !!catalogKeys.get(nameKey(n)), documentsOf: (k) => documents.get(k) ?? new Set(), apart: statesApart, sentencesOf }));
  foldMeetingHeadSeries(ranked, catalog);
  bindAliasesElsewhere(ranked, (k) => documents.get(k) ?? new Set());
  // ALSO_CALLED: a name the text gives as another name of a discovered one takes its name (and so its group).
  const renamedAway = new Set<string>();
  for (const d of ranked) {
    const target = d.sameAs ? variants.get(d.sameAs) : undefined;
    if (!target || target === d || target.sameAs === d.key) continue;
    renamedAway.add(d.key);
    ownerFolds.push({ key: d.key, bare: d.name });
    d.name = target.name;
    d.kind = target.kind;
    if (target.parentId) d.parentId = target.parentId;
  }
  // ACRONYM_HEAD: "CFT Dialogue" is the "Coastal Fisheries Transit (CFT) Dialogue" defined elsewhere.
  foldAcronymHead(ranked, (d, bare) => ownerFolds.push({ key: d.key, bare }));
  followFoldedSeries(ranked, ownerFolds);
  // The name the text gives as the body's (the new one, the full one) keys its group, however often another page
  // writes the old one: a folded name never leads the group of the name it folded into (the sort is stable).
  ranked.sort((a, b) => Number(renamedAway.has(a.key)) - Number(renamedAway.has(b.key)));
  const groups = new Map<string, DiscoveredName[]>();
  // ORDINAL_YEAR: a numbered meeting is one event with the meeting of the same series and ordinal (dated ones
  // first, as ranked), unless both state a year and the years differ.
  // SAME_ORDINAL_ANY_NOUN: the series and the number key it, whatever noun names the sitting (sittingOrdinalKeys.ts).
  const ordinals = new Map<string, DiscoveredName[]>();
  const ordinalKey = sittingOrdinalKeys(ranked);
  const yearsAgree = (group: DiscoveredName[] | undefined, d: DiscoveredName) => !group || group.every((g) => !g.year || !d.year || g.year === d.year);
  const sameOrdinal = (d: DiscoveredName): DiscoveredName[] | undefined => {
    const k = ordinalKey(d);
    const group = k ? ordinals.get(k) : undefined;
    return group && yearsAgree(group, d) ? group : undefined;
  };
  const noteOrdinal = (d: DiscoveredName, group: DiscoveredName[]) => {
    const k = ordinalKey(d);
    if (k && !ordinals.has(k)) ordinals.set(k, group);
  };
  for (const d of ranked) {
    // CATALOG_PLACE_TAIL: a catalog name written without the world region closing it (catalogPlaceTail.ts).
    const toCatalog = catalogKeys.get(nameKey(d.name)) ?? placeTailTarget(d, placeTails);
    const byAcronym = d.acronym ? catalogAcronyms.get(`${d.kind}|${d.acronym}`) : undefined;
    const fuzzyNear = toCatalog ? undefined : fuzzy(d);
    const runOn = toCatalog || fuzzyNear ? undefined : runOnTarget(d, catalogKeys, catalog);
    const near = fuzzyNear ?? runOn;
    const named = d.sameAs && catalog.byId.has(d.sameAs) ? d.sameAs : undefined;
    const known = named ?? toCatalog ?? near ?? (byAcronym && [byAcronym.name, ...byAcronym.aliases].some((n) => nameSimilarity(n, d.name) >= SAME_ACRONYM_SIMILARITY) ? byAcronym.id : undefined);
    if (known && known !== d.key) {
      redirect.set(d.key, known);
      // A name that ran on past its end is not another name of the entity.
      if (known !== runOn || named || toCatalog) alias(known, d.name);
      continue;
    }
    // One meeting written with its year in one place and its ordinal in another: same parent, same phrase.
    const phraseKey = d.isEvent ? `event|${d.parentId ?? ""}|${nameKey(d.alias ?? d.name)}` : `${d.kind}|${d.parentId ?? ""}|${nameKey(d.name)}${d.titleOf ? `|${d.titleOf}` : ""}`;
    // Two years make two meetings, however alike their phrases ("the 5th Conference … in 2015", "… in 2017").
    const groupKey = d.isEvent && d.year && !yearsAgree(groups.get(phraseKey), d) ? `${phraseKey}|${d.year}` : phraseKey;
    const sameAcronym = d.acronym ? [...groups.values()].find((g) => g[0]!.kind === d.kind && g[0]!.acronym === d.acronym && g[0]!.titleOf === d.titleOf && nameSimilarity(g[0]!.name, d.name) >= SAME_ACRONYM_SIMILARITY && !g.some((x) => statesApart(x, d))) : undefined;
    const group = groups.get(groupKey) ?? sameAcronym ?? sameOrdinal(d);
    if (group) {
      group.push(d);
      redirect.set(d.key, group[0]!.key);
      alias(group[0]!.key, d.name);
      if (d.acronym && !group[0]!.acronym) group[0]!.acronym = d.acronym;
      noteOrdinal(d, group);
    } else {
      groups.set(groupKey, [d]);
      noteOrdinal(d, groups.get(groupKey)!);
    }
  }
  // Two groups found to be one after grouping: the first's keys and names go to the second.
  const join = (from: DiscoveredName[], into: DiscoveredName[]) => {
    for (const [k, v] of redirect) if (v === from[0]!.key) redirect.set(k, into[0]!.key);
    for (const d of from) redirect.set(d.key, into[0]!.key), alias(into[0]!.key, d.name), into.push(d);
  };
  // YEAR_SITTING: a sitting numbered in one place and named by its series' year in another is one (yearSittingFold.ts).
  foldYearSittings(groups, join);
  // ACRONYM_ONLY: "CHIFT" written alone is the one name of its kind defined with it (acronymOnlyFold.ts).
  const docsOfGroup = (group: DiscoveredName[]) => new Set(group.flatMap((d) => [...(documents.get(d.key) ?? [])]));
  const samePage = (bare: DiscoveredName[], definer: DiscoveredName[]) => { const b = docsOfGroup(definer); return [...docsOfGroup(bare)].some((i) => b.has(i)); };
  foldAcronymOnly(groups, join, sharesContext((k) => documents.get(k) ?? [], (i) => [...named[i]!].map((k) => redirect.get(k) ?? k)), samePage);
  // NAME_KEYED: a group's id is the key of its own name where one of its readings bears that name unchanged, not the
  // key of whichever variant the run mentioned most: the id of a body then follows its name, not the pages read with it.
  // Where none bears it and the first was renamed by a fold, the name's own key, if no other name or catalog entry holds it.
  const renamedByFold = new Set(ownerFolds.map((f) => f.key));
  for (const group of groups.values()) {
    const first = group[0]!;
    if (first.isEvent) continue;
    const nameId = entityIdOrNull(first.kind, first.name, (id) => catalog.byId.has(id));
    const own = group.find((d) => d.key === nameId);
    if (!own && nameId && renamedByFold.has(first.key) && !variants.has(nameId) && !catalog.byId.has(nameId)) {
      for (const [k, v] of redirect) if (v === first.key) redirect.set(k, nameId);
      redirect.set(first.key, nameId);
      first.key = nameId;
      continue;
    }
    if (!own || own === first) continue;
    for (const [k, v] of redirect) if (v === first.key) redirect.set(k, own.key);
    redirect.delete(own.key);
    redirect.set(first.key, own.key);
    group.splice(group.indexOf(own), 1);
    group.unshift(own);
    if (!own.acronym && first.acronym) own.acronym = first.acronym;
    if (!own.parentId && first.parentId) own.parentId = first.parentId;
  }
  for (const f of ownerFolds) alias(redirect.get(f.key) ?? f.key, f.bare);
  const discovered = new Map<string, ResolvedEntity>();
  for (const [, group] of groups) {
    const d = group[0];
    const { key, alias: _alias, bareAlias: _bareAlias, owner: _owner, chapterOwners: _chapters, parentGuessed: _guessed, sameAs: _sameAs, ordinal: _ordinal, occasion: _occasion, otherSitting: _other, titleOf: _titleOf, cityWritten: _cityWritten, ...rest } = d!;
    // A meeting's day, number and city, from every reading grouped into it that agrees with the first.
    const occasion = d!.isEvent ? occasionOfGroup(group) : null;
    discovered.set(key, { id: key, ...rest, aliases: [], origin: "discovered", ...(d!.isEvent ? { isEvent: true, year: d!.year ?? null } : {}), ...occasionFields(occasion) });
    for (const name of occasion ? occasionNames(occasion.series ?? d!.name, d!.year, occasion.kind?.split(" ").pop() ?? "meeting", occasion) : []) alias(key, name);
    // "Almaty Process on Refugee Protection and International Migration" goes by "Almaty Process".
    const short = d!.kind === "FORUM" && !d!.isEvent ? /^(.+?\s(?:Process|Dialogue))\s+(?:on|for)\s+\S/.exec(d!.name) : null;
    if (short) alias(key, short[1]!);
  }

  const entities = new EntityMap<ResolvedEntity>();
  const include = (id: string) => {
    if (entities.has(id)) return;
    const c = catalog.byId.get(id);
    if (c) {
      const { forms: _forms, ...record } = c;
      entities.set(id, { ...record });
      if (c.parentId) include(c.parentId);
      return;
    }
    const d = discovered.get(id);
    if (d) {
      entities.set(id, d);
      if (d.parentId) include(redirect.get(d.parentId) ?? d.parentId);
    }
  };
  for (const r of recognised) {
    for (const m of r.mentions) {
      const id = redirect.get(m.key) ?? m.key;
      m.entityId = id;
      include(id);
      // A name redirected to a catalog entity takes that entity's kind.
      const e = entities.get(id);
      if (e) m.kind = e.kind;
    }
  }
  // A governing body's forum is an entity though its name is only a word of the body's ("the X Process Steering Committee").
  // Its mention may have given way to a meeting of it ("the twelfth meeting of the X Steering Committee"), whose parent it is.
  for (const r of recognised) for (const l of r.parents) {
    const body = redirect.get(l.mention.key) ?? l.mention.key;
    if (l.method !== "governing-body" || !entities.has(body)) continue;
    l.mention.entityId = body;
    include(redirect.get(l.parentId) ?? l.parentId);
  }
  // A project named only by its heading is what the rows and prose under the heading are about (headingProjects.ts).
  for (const r of recognised) for (const h of r.headed ?? []) include(redirect.get(h.key) ?? h.key);
  for (const e of entities.values()) if (e.parentId && redirect.has(e.parentId)) e.parentId = redirect.get(e.parentId);
  for (const [target, names] of aliasesOf) {
    // Aliases noted on a variant that was later folded into another go with it.
    const e = entities.get(redirect.get(target) ?? target);
    if (e) e.aliases = [...new Set([...e.aliases, ...[...names].filter((n) => n !== e.name)])];
  }
  seriesYearAliases(entities);
  for (const [from, to] of redirect) entities.redirects.set(from, to);
  return entities;
}

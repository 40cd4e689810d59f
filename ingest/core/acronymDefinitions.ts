import { isCountedClass } from "./titleShapes.js";
import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import { headKind, headWord } from "./headKind.js";
import { appositiveNameKind, kindAfter } from "./kindRules.js";
import { BODY_HEADS, DASH_DEFINITION, DEFINITION, LOWER_TAIL_DEFINITION } from "./namePatterns.js";
import { countryOpensTitle, leadOfKind, lowerTailSpelled, placeSuffixSpelled } from "./acronymSpan.js";
import { spelledLead } from "./acronymSpelledLead.js";
import { acronymProgramme } from "./nameShapes.js";
import { checkCommas, type Hit, initialsMatch, isGeneric, LEADING_NOISE, splitCoordinated } from "./nameTrim.js";
import { nameSimilarity, SAME_ACRONYM_SIMILARITY } from "./nameSimilarity.js";
import type { PassageScan } from "./PassageScan.js";
import { isTranslatedAcronym } from "./translatedAcronym.js";
import { DEFINED_BODY_HEADS } from "./definedBodyRules.js";
import { isOwnedUnit, OWNED_UNITS, ownerAfterAcronym, unitBeforeOwner } from "./ownedUnit.js";
import { colonTitle } from "./colonTitles.js";
import { adjectivesOfHead, opensNounPhrase } from "./adjectiveBeforeTail.js";
import { possessorInAcronym } from "./possessorInAcronym.js";
import { ownsDefinedTitle } from "./ownerBeforeDefinedTitle.js";
import { isLooseTailFit } from "./looseTailFit.js";
import { definedAgreementKind } from "./definedAgreement.js";
import { definedNationalBody } from "./paragraphState.js";

/** The bracket DEFINITION ends with, alone: a cheap test that most passages fail. */
const BRACKETED_ACRONYM = /\s\([A-Z][A-Za-z0-9&\-]{1,12}\)/;
/** Heads that name a body only with a defined acronym (DEFINED_BODY_HEADS). */
const DEFINED_HEADS = new Set(DEFINED_BODY_HEADS.words);

/**
 * Step 1 of recognition: "Full Name (ACRONYM)" definitions. They run first and bind the acronym for the
 * rest of the chapter, so a local acronym overrides the catalog's reading of it (CRC after "Committee on
 * the Rights of the Child (CRC)" is the Committee, not the Convention).
 */
export function acronymDefinitions(scan: PassageScan): void {
  const { text, scope, passage } = scan;
  const { catalog, matcher, localAcronyms } = scan.doc;
  // A definition needs its bracketed acronym or a spaced dash; most passages have neither, and DEFINITION tries a name at every capital.
  const bracketed = BRACKETED_ACRONYM.test(text) ? [...text.matchAll(DEFINITION)] : [];
  const dashed = /\s[–—-]\s+[A-Z]{2}/.test(text) ? [...text.matchAll(DASH_DEFINITION)] : [];
  // "… System for third-country nationals (ABC-TCN)": the lower-case qualifier the acronym spells is part of the name (ACRONYM_SPAN).
  const lowerTail = /[a-z]\s+\([A-Z][A-Za-z0-9&]{1,10}-[A-Z]{2,4}\)/.test(text) ? [...text.matchAll(LOWER_TAIL_DEFINITION)].filter((m) => lowerTailSpelled(m[1]!, m[2]!)) : [];
  for (const m of [...lowerTail, ...bracketed, ...dashed]) {
    const acronym = m[2]!;
    const dash = !m[0].endsWith(")");
    // "Comic Relief’s Common Ground Initiative (CGI)" drops its possessor; "Cambodian Women’s Crisis Center (CWCC)" spells it (possessorInAcronym.ts).
    const written = possessorInAcronym(m[1]!, acronym).replace(LEADING_NOISE, "");
    // "WIPO and the World Meteorological Organization (WMO)": the acronym names the last of the coordinated names.
    const segments = splitCoordinated(written, 0, []);
    const lastName = segments[segments.length - 1]!.text;
    // "Safer Harbours: Protection, Return and Reintegration of Fishers (SAHPRO)": a subtitle after a title's colon (COLON_TITLES).
    const titled = !dash && segments.length === 1 && written === m[1] ? colonTitle(text, m.index!, written, acronym) : null;
    if (titled && !scan.overlaps(titled.start, m.index! + written.length)) {
      const id = entityId(titled.kind, titled.name);
      const acronymAt = m.index! + m[0].lastIndexOf(acronym);
      scan.discover({ key: id, kind: titled.kind, name: titled.name, acronym });
      localAcronyms.set(`${scope}|${acronym}`, { id, kind: titled.kind });
      scan.push({ localStart: titled.start, localEnd: m.index! + written.length, kind: titled.kind, key: id, method: "acronym-definition", confidence: 0.85 });
      scan.taken.push([acronymAt, acronymAt + acronym.length]);
      continue;
    }
    let name = checkCommas(lastName);
    if (name !== lastName) continue; // a list, not a name, before the brackets
    const full = name;
    while (name && !initialsMatch(name, acronym) && name.includes(" ")) name = name.replace(/^\S+\s+/, "");
    name = name.replace(/^(?:[a-z&]+\s+)+/, "");
    // "the UN High Level Dialogue (UNHLD)", "the International Convention of Life at Sea (SOLAS)": a catalog acronym
    // defined by a name like one of its entity's names is that entity, spelt loosely (ACRONYM_OF_CATALOG).
    const known = catalogByAcronym(scan, acronym);
    // After a dash only a new acronym its name spells is a definition ("… Plan – CFRP"); "Africa – EU" names two sides.
    if (dash && (known || !name || !initialsMatch(name, acronym) || name !== full)) continue;
    // "Federal Office for Migration and Refugees (BAMF)": an acronym of the name in its own language (TRANSLATED_ACRONYM).
    // The letters may also fit a tail of the name that names nothing ("… for Refugees and Migrants from Venezuela (R4V)").
    const skipped = full.slice(0, full.length - name.length).trim();
    // "the Andean Committee of … (CAAM)": adjectives left out are words of the name (ADJECTIVE_BEFORE_TAIL).
    // "the Tinland Regional Refugee Response Plan (RRP)": a country opening a programme's title is a word of it (ACRONYM_SPAN).
    const countryOpens = !known && !!name && name !== full && countryOpensTitle(skipped, name, (w) => isCountryName(scan, w), (w) => scan.doc.catalog.demonyms.has(w));
    const tailFits = !countryOpens && !!name && initialsMatch(name, acronym) && (name === full || (!!headKind(name) && !scan.doc.catalog.demonyms.has(skipped) && !adjectivesOfHead(skipped, name)));
    // "the National Agency for Coastal Safety (ACS)": the letters spell the tail exactly (from a language that writes the
    // adjective after its noun), yet the adjectives written right before it still qualify the head (ADJECTIVE_BEFORE_TAIL).
    // Only after "the" or a possessive do they open the phrase the acronym closes; after a verb or at the sentence's start a
    // capitalised adjective may qualify a noun after the brackets ("trained Senior Office for X (OX) officials").
    const fullAt = m.index! + m[0].indexOf(full);
    const leadWords = LEADING_CAPITALS.exec(skipped)?.[1];
    const leadOpens = !!leadWords && opensNounPhrase(text, fullAt + skipped.length - leadWords.length);
    const adjectivesLeftOut = !known && leadOpens && !!name && name !== full && initialsMatch(name, acronym) && !!headKind(name) && !scan.doc.catalog.demonyms.has(leadWords) && adjectivesOfHead(leadWords, name);
    // "The State Secretariat for Migration (SEM)": letters spelt from inside the tail's first word ("SE-cretariat") fit by
    // chance when one plain capitalised word after "the" was cut; that word belongs to the name (LOOSE_TAIL_FIT).
    const looseTail = tailFits && name !== full && isLooseTailFit(scan, text, fullAt, skipped, name, full, acronym);
    // "… Workers in Rio Branco (SOTB-RB)": the acronym's last part spells the closing place, its first part another language (ACRONYM_SPAN).
    const translated = !known && (looseTail || (!tailFits && (isTranslatedAcronym(full, acronym) || placeSuffixSpelled(full, acronym))));
    if (translated || countryOpens) name = full;
    else if (adjectivesLeftOut) name = `${leadWords} ${name}`;
    const initialsOk = !!name && (translated || countryOpens || adjectivesLeftOut || initialsMatch(name, acronym));
    if (known && !(initialsOk && (isCatalogSpan(scan, name) || endsWithEntity(scan, name, acronym)))) {
      const paren = m.index! + m[0].lastIndexOf("(");
      const loose = initialsOk && alike(name, known.names) ? { at: m.index! + m[0].indexOf(name), name: name.replace(/[’']$/, "") } : readBack(text, paren, known.names);
      if (loose) {
        bindLoose(scan, loose, known, acronym, m.index! + m[0].lastIndexOf(acronym));
        continue;
      }
    }
    if (!initialsOk) continue;
    // "the Fishers as Guides Association of Samoa (FAGAS)": words before the name spell the acronym's first letters (ACRONYM_SPELLED_LEAD).
    const cutAt = m.index! + m[0].indexOf(name);
    const spelled = known ? null : spelledLead(text.slice(Math.max(0, cutAt - 60), cutAt), name, acronym);
    const nameStart = spelled ? cutAt - (spelled.length - name.length) : cutAt;
    if (spelled) name = spelled;
    const acronymAt = m.index! + m[0].lastIndexOf(acronym);
    // "Five Thematic Area Working Groups (TAWGs)": a counted plural of group nouns names a class, acronym and all (COUNTED_CLASSES).
    if (isCountedClass(text, nameStart, name)) {
      scan.taken.push([acronymAt, acronymAt + acronym.length]);
      continue;
    }
    const inner = matcher.findAll(name);
    // "the High-level Committee on Programmes of the Chief Executives Board (CEB)": the acronym is the
    // catalog body that closes the phrase, and what comes before it is another name, read in later steps.
    const tail = inner.length > 0 ? inner[inner.length - 1]! : null;
    const whole = inner.length === 1 && inner[0]!.start === 0 && inner[0]!.end === name.length ? inner[0]! : tail && tail.end === name.length && catalog.byId.get(tail.entityId)?.acronym === acronym ? tail : null;
    if (whole) {
      const entity = catalog.byId.get(whole.entityId)!;
      localAcronyms.set(`${scope}|${acronym}`, { id: entity.id, kind: entity.kind });
      scan.taken.push([acronymAt, acronymAt + acronym.length]);
      continue;
    }
    // "the East African Migration Route (EAMR) Programme": the head noun follows the brackets (HEAD_AFTER_ACRONYM).
    const headAfter = headKind(name) ? null : HEAD_AFTER_ACRONYM.exec(text.slice(acronymAt + acronym.length));
    const headAfterKind = headAfter ? headKind(headAfter[1]!) : null;
    if (headAfter && headAfterKind && headAfterKind !== "COUNTRY") {
      const whole = `${name} ${headAfter[1]}`;
      const id = entityId(headAfterKind, whole);
      // The title without its class noun ("Migrants in Countries in Crisis") is how the initiative is also called.
      scan.discover({ key: id, kind: headAfterKind, name: whole, acronym, alias: name });
      localAcronyms.set(`${scope}|${acronym}`, { id, kind: headAfterKind });
      scan.push({ localStart: nameStart, localEnd: acronymAt + acronym.length + headAfter[0].length, kind: headAfterKind, key: id, method: "acronym-definition", confidence: 0.85 });
      continue;
    }
    // "Regional Comprehensive Economic Partnership Agreement (RCEP)": a defined title of generic words is one treaty (DEFINED_AGREEMENTS).
    const read = headKind(name) ?? definedAgreementKind(name, acronym) ?? leadOfKind(name, acronym) ?? acronymProgramme(name, text.slice(Math.max(0, nameStart - 40), nameStart), text.slice(acronymAt + acronym.length, acronymAt + acronym.length + 60)) ?? (DEFINED_HEADS.has(headWord(name) ?? "") && !/[A-Z]s$/.test(acronym) ? "ORGANIZATION" : null) ?? appositiveNameKind(text.slice(acronymAt + acronym.length + 1, acronymAt + acronym.length + 90));
    // "Expertise France (EF)": no word says what it is; a list it stands in may (LISTED_DEFINITIONS, listedDefinitions.ts).
    if (!read && !known && !translated && !countryOpens && initialsMatch(name, acronym)) scan.kindless.push({ name, start: nameStart, acronym, acronymAt });
    if (!read || read === "COUNTRY") continue;
    // "the Commission of Migration Directors (OCAM), the regional forum that …": the words after it say what it is.
    const kind = kindAfter(read, text.slice(nameStart + name.length, nameStart + name.length + 60), text.slice(Math.max(0, nameStart - 40), nameStart)) ?? read;
    // "At its International Training Centre (ITC)" in an agency's chapter: the agency's own body.
    const ownBody = passage.chapterOwnerId && kind === "ORGANIZATION" && /\bits\s+$/i.test(text.slice(Math.max(0, nameStart - 8), nameStart)) && BODY_HEADS.has(headWord(name) ?? "");
    if (ownBody) {
      const ownerId = passage.chapterOwnerId!;
      const id = entityId("ORGANIZATION", `${ownerId.replace(/^[a-z]+:/, "")} ${name}`);
      const display = `${scan.doc.shortName(ownerId)} ${name}`;
      if (!catalog.byId.has(id)) scan.discover({ key: id, kind, name: display, acronym, parentId: ownerId, owner: { id: ownerId, local: name } });
      localAcronyms.set(`${scope}|${acronym}`, { id, kind });
      const mention = scan.push({ localStart: nameStart, localEnd: nameStart + name.length, kind, key: id, method: "acronym-definition", confidence: 0.85 });
      scan.doc.parents.push({ mention, parentId: ownerId, method: "subunit-chapter", confidence: 0.7 });
      scan.taken.push([acronymAt, acronymAt + acronym.length]);
      continue;
    }
    if (isGeneric(name)) continue;
    // "the Parliamentary Assembly of the Council of Europe (PACE)": a standing part of the body that closes its name (OWNED_UNITS).
    const owner = tail && tail.end === name.length ? catalog.byId.get(tail.entityId) : undefined;
    const ownedBy = owner && unitBeforeOwner(name, tail!.start, kind, owner.kind, !!owner.isEvent) ? owner : undefined;
    // "the Eastern Partnership Panel on Migration and Asylum (EaPPMA)": a standing part named after its owner.
    const lead = !ownedBy && inner[0] && inner[0].start === 0 && inner[0].end < name.length ? catalog.byId.get(inner[0].entityId) : undefined;
    const ledBy = lead && lead.kind !== "COUNTRY" && isOwnedUnit(name.slice(inner[0]!.end).trim(), kind, lead.kind, !!lead.isEvent) ? lead : undefined;
    // "the Labour Migration Branch (MIGRANT) of the ILO": the owner after the brackets; named with it, as nameCandidate names a part.
    const after = !ownedBy && kind === "ORGANIZATION" && OWNED_UNITS.heads.has(headWord(name) ?? "") ? ownerAfterAcronym(text, nameStart + name.length, catalogHitsAfter(scan, nameStart + name.length)) : undefined;
    // "the UNHCR Regional Bureau for Europe (RBE)": the acronym spells the part alone; the body written before it is its owner.
    const before = !ownedBy && !ledBy && !after && full.endsWith(name) ? full.slice(0, full.length - name.length).trim().replace(/^(?:the|its|The|Its)\s+/, "") : "";
    const beforeHit = before ? matcher.findAll(before)[0] : undefined;
    const ownerBefore = beforeHit && beforeHit.start === 0 && beforeHit.end === before.length ? catalog.byId.get(beforeHit.entityId) : undefined;
    const namedAfterOwner = ownerBefore && kind === "ORGANIZATION" && ownerBefore.kind === "ORGANIZATION" && isOwnedUnit(name, kind, ownerBefore.kind, false) ? ownerBefore : undefined;
    // "the ECCAS Regional Labour Mobility Framework (RLMF)": the owner's name opens the title (OWNER_BEFORE_DEFINED_TITLE).
    const titleOwner = !namedAfterOwner && ownerBefore && ownsDefinedTitle(kind, ownerBefore.kind, !!ownerBefore.isEvent) ? `${before} ` : "";
    // "Italy has used its Fund …; it is managed by the Ministry of X (MAECI), whose … for Italians Abroad": the state's (PARAGRAPH_STATE).
    const national = !after && !namedAfterOwner && !titleOwner && !ownedBy && !ledBy && kind === "ORGANIZATION" ? definedNationalBody(text, nameStart, name, scan.doc) : null;
    const id = after ? entityId(kind, `${after.owner.id.replace(/^[a-z]+:/, "")} ${name}`) : namedAfterOwner ? entityId(kind, `${namedAfterOwner.id.replace(/^[a-z]+:/, "")} ${name}`) : entityId(kind, national?.name ?? titleOwner + name);
    if ((after || namedAfterOwner) && catalog.byId.has(id)) continue;
    if (after) scan.discover({ key: id, kind, name: `${scan.doc.shortName(after.owner.id)} ${name}`, acronym, parentId: after.owner.id, owner: { id: after.owner.id, local: name }, alias: `${name} of the ${text.slice(after.owner.start, after.owner.end).replace(/^the\s+/, "")}` });
    else if (namedAfterOwner) scan.discover({ key: id, kind, name: `${scan.doc.shortName(namedAfterOwner.id)} ${name}`, acronym, parentId: namedAfterOwner.id, owner: { id: namedAfterOwner.id, local: name }, alias: name });
    else if (titleOwner) scan.discover({ key: id, kind, name: titleOwner + name, acronym, alias: name });
    else if (national) scan.discover({ key: id, kind, name: national.name, acronym, alias: national.written });
    else scan.discover({ key: id, kind, name, acronym, ...(ownedBy || ledBy ? { parentId: (ownedBy ?? ledBy)!.id } : {}) });
    localAcronyms.set(`${scope}|${acronym}`, { id, kind });
    // "… for Refugees and Migrants from Venezuela (R4V)": a country inside the whole name stays a mention of its own.
    if (translated) {
      for (const hit of inner) {
        const entity = catalog.byId.get(hit.entityId);
        if (entity?.kind !== "COUNTRY") continue;
        scan.push({ localStart: nameStart + hit.start, localEnd: nameStart + hit.end, kind: "COUNTRY", key: entity.id, method: "catalog", confidence: 0.95 });
        scan.hits.push({ start: nameStart + hit.start, end: nameStart + hit.end, id: entity.id, kind: "COUNTRY" });
      }
    }
    const defined = scan.push({ localStart: nameStart, localEnd: nameStart + name.length, kind, key: id, method: "acronym-definition", confidence: 0.9 });
    if (after) scan.doc.parents.push({ mention: defined, parentId: after.owner.id, method: "subunit-suffix", confidence: 0.8 });
    if (namedAfterOwner) scan.doc.parents.push({ mention: defined, parentId: namedAfterOwner.id, method: "subunit-prefix", confidence: 0.8 });
    if (ledBy) scan.doc.parents.push({ mention: defined, parentId: ledBy.id, method: ledBy.kind === "ORGANIZATION" ? "subunit-prefix" : "part-prefix", confidence: 0.8 });
    if (ownedBy && defined) {
      scan.push({ localStart: nameStart + tail!.start, localEnd: nameStart + tail!.end, kind: ownedBy.kind, key: ownedBy.id, method: "catalog", confidence: 0.95 });
      scan.doc.parents.push({ mention: defined, parentId: ownedBy.id, method: "subunit-suffix", confidence: 0.8 });
    }
    // The "(ACRONYM)" right after the name is the same mention, not a second one.
    scan.taken.push([acronymAt, acronymAt + acronym.length]);
  }
}

/** The one or two capitalised words that close what an acronym's letters left out before the name ("… the National"). */
const LEADING_CAPITALS = /(?:^|\s)((?:[A-Z][a-z]+\s+)?[A-Z][a-z]+)$/;

/** ") Programme" after a definition whose name has no head: one capitalised head word, then no further capital. */
/** "… (BMP) Ministerial Conference": the words that say a meeting's level may come before its head noun. */
const MEETING_LEVEL = "(?:Ministerial|Regional|Expert|High-level|High-Level|Intergovernmental|Technical|Annual)\\s+";
const HEAD_AFTER_ACRONYM = new RegExp(`^\\)\\s+((?:${MEETING_LEVEL})?[A-Z][a-z]+)\\b(?![\\w-]|\\s+[A-Z])`);

/** The catalog entity whose acronym (or acronym-like alias) this is, with its names. */
function catalogByAcronym(scan: PassageScan, acronym: string) {
  const hits = scan.doc.matcher.findAll(acronym);
  const hit = hits.length === 1 && hits[0]!.start === 0 && hits[0]!.end === acronym.length ? hits[0]! : null;
  const entity = hit ? scan.doc.catalog.byId.get(hit.entityId) : undefined;
  if (!entity || entity.kind === "COUNTRY") return null;
  return { id: entity.id, kind: entity.kind, names: [entity.name, ...entity.aliases].filter((n) => n.includes(" ")) };
}

/** Whether the whole name is one catalog form (then the definition binds it the usual way). */
/** Whether `words` are, all of them, one catalog country's name ("Tinland", "South Sudan"). */
function isCountryName(scan: PassageScan, words: string): boolean {
  const hits = scan.doc.matcher.findAll(words);
  return hits.length === 1 && hits[0]!.start === 0 && hits[0]!.end === words.length && scan.doc.catalog.byId.get(hits[0]!.entityId)?.kind === "COUNTRY";
}

function isCatalogSpan(scan: PassageScan, name: string): boolean {
  const inner = scan.doc.matcher.findAll(name);
  return inner.length === 1 && inner[0]!.start === 0 && inner[0]!.end === name.length;
}

/** Lower-case words a loosely written name may hold between capitalised ones ("Convention of Life at Sea"). */
const CONNECTING = new Set(["of", "for", "on", "at", "to", "in"]);

const alike = (name: string, names: string[]) => name.split(/\s+/).length >= 2 && names.some((n) => nameSimilarity(n, name) >= SAME_ACRONYM_SIMILARITY);

/** Whether the name ends in the catalog form of the entity the acronym is ("… of the Chief Executives Board (CEB)"). */
function endsWithEntity(scan: PassageScan, name: string, acronym: string): boolean {
  const inner = scan.doc.matcher.findAll(name);
  const last = inner[inner.length - 1];
  return !!last && last.end === name.length && scan.doc.catalog.byId.get(last.entityId)?.acronym === acronym;
}

/**
 * The name before the bracket when the definition pattern stopped at a lower-case word ("of Life at Sea"): the
 * shortest stretch alike to the entity's names, then the capitalised words (and "of X") before it while it stays alike.
 */
function readBack(text: string, paren: number, names: string[]): { at: number; name: string } | null {
  const from = Math.max(0, paren - 160);
  const before = text.slice(from, paren).trimEnd();
  const words = before.split(/\s+/);
  const plain = (w: string | undefined) => !!w && /^[A-Z]/.test(w) && !/[,.;:()“”"]/.test(w);
  const max = Math.min(12, words.length);
  let k = 2;
  while (k <= max && !(plain(words[words.length - k]) && !words.slice(-k).some((w) => /[,.;:()“”"]/.test(w)) && alike(words.slice(-k).join(" "), names))) k++;
  if (k > max) return null;
  for (;;) {
    const prev = words[words.length - k - 1];
    const step = plain(prev) ? 1 : prev && CONNECTING.has(prev) && plain(words[words.length - k - 2]) ? 2 : 0;
    if (!step || !alike(words.slice(-(k + step)).join(" "), names)) break;
    k += step;
  }
  // "The Joint … Programme", "Its High-level Committee", "Immigrants’ (JCWI)": function words and a possessive mark are no part of it.
  const name = words.slice(-k).join(" ").replace(LEADING_NOISE, "").replace(/[’']$/, "");
  return name.includes(" ") ? { at: from + before.lastIndexOf(name), name } : null;
}

/** Binds the acronym to the catalog entity and, where no catalog form or longer name covers it, mentions the loose name. */
function bindLoose(scan: PassageScan, loose: { at: number; name: string }, known: { id: string; kind: EntityKind }, acronym: string, acronymAt: number): void {
  const { text, scope } = scan;
  const { at, name } = loose;
  scan.doc.localAcronyms.set(`${scope}|${acronym}`, { id: known.id, kind: known.kind });
  // "the Convention on the Elimination of all Forms of …": a stretch that continues a longer name is left to step 4.
  const continues = /\b(?:of|on|for|to|at|in|and)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, at - 12), at));
  const covered = scan.doc.matcher.findAll(text, scan.tokens).some((h) => h.start <= at && h.end >= at + name.length);
  if (!continues && !covered && !scan.overlaps(at, at + name.length) && !isCatalogSpan(scan, name)) {
    // Discovered under its own spelling, which resolve folds into the catalog entity by acronym and keeps as an alias.
    const key = entityId(known.kind, name);
    const own = !scan.doc.catalog.byId.has(key);
    if (own) scan.discover({ key, kind: known.kind, name, acronym });
    scan.push({ localStart: at, localEnd: at + name.length, kind: known.kind, key: own ? key : known.id, method: "acronym-definition", confidence: 0.85 });
    // The "(ACRONYM)" right after the name is the same mention; where the catalog reads the name, it reads the acronym too.
    scan.taken.push([acronymAt, acronymAt + acronym.length]);
  }
}

/** Catalog names in the short stretch after `at`: definitions run before the passage's catalog hits are kept. */
function catalogHitsAfter(scan: PassageScan, at: number): Hit[] {
  const { catalog, matcher } = scan.doc;
  return matcher.findAll(scan.text.slice(at, at + 120)).flatMap((h) => {
    const e = catalog.byId.get(h.entityId);
    return e ? [{ start: at + h.start, end: at + h.end, id: e.id, kind: e.kind }] : [];
  });
}

import { entityId } from "../../src/ontology/ids.js";
import { isPublicationSubtitle, notePublicationTitle } from "./publicationSubtitle.js";
import { ownedByTreaty } from "./treatyOwnedBody.js";
import { headKind, headWord, isSubunitHead } from "./headKind.js";
import { appositiveNameKind, calledNameKind, isClassName, kindAfter } from "./kindRules.js";
import { BODY_HEADS } from "./namePatterns.js";
import { governingBody, governingBodyAfterOwner, governingBodyOfDescription, governingBodyOfPossessor, governingTail, topicGoverningBody } from "./governingBody.js";
import { purposeObjectAt } from "./purposeMeeting.js";
import { isServiceOnly, servedOwnerAt } from "./supportProject.js";
import { allowsEndpoints } from "../../src/ontology/ontology.js";
import { seriesOfNumberedMeeting } from "./meetingOfSeries.js";
import { titleBeforeNounKind } from "./titleBeforeNoun.js";
import { isGenericOffice, isVenue } from "./nameShapes.js";
import { isNationalOffice, isObservanceDate, isProposedBody, ordinalBefore } from "./titleShapes.js";
import { countryAfterName } from "./countryAfterName.js";
import { standaloneAlias } from "./standaloneAlias.js";
import { strayMention } from "./strayMention.js";
import { subunitOwnerBefore } from "./subunitOwnerBefore.js";
import { stateNamedOffice } from "./stateNamedOffice.js";
import { type Hit, isGeneric, LEADING_NOISE, trimName } from "./nameTrim.js";
import { backReference } from "./backReference.js";
import { nationalBody } from "./nationalBody.js";
import { nameTail } from "./nameTail.js";
import { officeHolderBody } from "./officeHolderBody.js";
import { isOwnedUnit, OWNED_UNITS, ownerAfterAcronym } from "./ownedUnit.js";
import { cutShort } from "./foreignHeads.js";
import { translatedMention } from "./translatedName.js";
import { PERSON_WORDS } from "./personTitles.js";
import type { ParentLink, PassageScan } from "./PassageScan.js";
import { acronymPossessor } from "./acronymPossessor.js";

// "to" only before "the": "… Approach to Address Refugees" goes on with a verb, not a name.
const LEADING_COMPLEMENT = /^.*?\s(?:of|for|on|to(?=\s+the\s)|from|at|against)(?:\s+the)?\s+(?=[A-Z])/;
const SELF_OWNER = /^(?:[Tt]he\s+)?(?:Organization|Organisation|Office|Fund|Programme|Agency|Bank|Union|Institute|Commission)$|^[Ii]ts$/;
/** A first word made of capitalised parts joined by hyphens: "EU-CELAC", "UNESCO-UN-Habitat". */
const HYPHEN_JOINED = /^[A-Z][\p{L}\p{N}&]*(?:[-–][A-Z][\p{L}\p{N}&]*)+$/u;
const NOT_AN_ACTOR = /^(Government|Governments|Ministry|Ministries|Minister|Department|State|States)\b/;

/** One name phrase read as an entity: trimmed, its parent or owner found, its kind read by its head noun. */
export function nameCandidate(scan: PassageScan, phrase: string, phraseStart: number): void {
  const { text, hits, passage } = scan;
  const { catalog, discovered } = scan.doc;
  // "UNICEF’s Division of X": the name starts after the possessive, which may be its parent.
  const possessive = /^(.*)[’']s\s+/.exec(phrase);
  const afterPossessive = possessive ? phrase.slice(possessive[0].length) : phrase;
  const raw = afterPossessive.replace(/[’']s$/, "");
  let name = trimName(raw, scan.doc.isPlace);
  // "Staff of the Nordic Institute for X": a phrase headed by a common noun may end in a name.
  while (name && !headKind(name) && !/^Friends of /.test(name) && LEADING_COMPLEMENT.test(name)) name = name.replace(LEADING_COMPLEMENT, "");
  if (!name) return;
  let start = phraseStart + (possessive ? possessive[0].length : 0) + raw.indexOf(name);
  let end = start + name.length;
  // "… entitled “Refugee Protection: The 10-Point Plan in Action”": a publication's subtitle (PUBLICATION_SUBTITLE).
  if (isPublicationSubtitle(text, start, end)) return notePublicationTitle(scan.doc, name);
  let parent: Hit | undefined;
  let method: ParentLink["method"] | undefined;
  // Parent before: "UNICEF’s Division of X", "the IOM Regional Office for X", "the GMG Working Group on X".
  const prefix = hits.find(
    (h) => h.start === start && h.end < end && / [A-Z]/.test(text.slice(h.end, h.end + 2)) && (h.kind === "FORUM" || h.kind === "INITIATIVE" || (h.kind === "ORGANIZATION" && /\b[A-Z]{2,}\b|^[A-Z][a-z]+$/.test(text.slice(h.start, h.end)))),
  );
  let owner = possessive ? hits.find((h) => h.kind !== "COUNTRY" && h.end === phraseStart + possessive[1]!.length) ?? acronymPossessor(scan, possessive[1]!, phraseStart) : undefined;
  // "KNOMAD’s Thematic Working Group": an initiative or forum owns a body named with it, it is not a parent organization.
  // "the African, Caribbean and Pacific (ACP) Observatory on X": the bracketed acronym owns the name (PARENTHESISED_OWNER).
  const bracket = !prefix && !possessive ? /\(([A-Z][A-Za-z&\-]{1,11})\)\s+$/.exec(text.slice(Math.max(0, start - 16), start)) : null;
  const bracketAt = bracket ? start - bracket[0].length : -1;
  const bracketOwner = bracket ? hits.find((h) => h.start === bracketAt + 1 && h.end === bracketAt + 1 + bracket[1]!.length && h.kind !== "COUNTRY") : undefined;
  const expansion = bracketOwner ? /((?:[A-Z][\p{L}\-]*,?\s+(?:(?:and|&|of|for|the|on)\s+)*)*[A-Z][\p{L}\-]*)\s+$/u.exec(text.slice(Math.max(0, bracketAt - 120), bracketAt)) : null;
  const possessor = (owner && owner.kind !== "ORGANIZATION" ? owner : undefined) ?? bracketOwner;
  if (possessor && possessor !== bracketOwner) owner = undefined;
  // "the Organization’s Maritime Safety Committee" in the IMO chapter.
  if (!owner && possessive && passage.chapterOwnerId && SELF_OWNER.test(possessive[1]!)) owner = { start: -1, end: -1, id: passage.chapterOwnerId, kind: "ORGANIZATION" };
  if (prefix ?? owner) [parent, method] = [prefix ?? owner, "subunit-prefix"];
  // Parent after: "the Labour Mobility Unit of the ILO".
  const suffix = hits.find((h) => h.kind === "ORGANIZATION" && h.end === end && h.start > start && /\s+(?:of|at|within)\s+(?:the\s+)?$/.test(text.slice(start, h.start)));
  // "the Experts Evaluation Committee of UNESCO and UN-Habitat": a body of two owners is no part of the first (JOINT_BODY).
  if (suffix && hits.some((h) => h.kind === "ORGANIZATION" && h.start > suffix.end && /^\s*(?:and|&)\s+(?:the\s+)?$/.test(text.slice(suffix.end, h.start)))) return;
  let local = name;
  /** How the text wrote a sub-unit named with its parent after it ("the Labour Mobility Unit of the ILO"). */
  let written: string | undefined;
  // "the Directorate-General for X (DG X) of the European Commission": the part's acronym before its owner (OWNED_UNITS).
  const acronymOwner = !prefix && !suffix && !parent && OWNED_UNITS.heads.has(headWord(name) ?? "") && headKind(name) === "ORGANIZATION" ? ownerAfterAcronym(text, end, hits) : undefined;
  if (prefix) local = text.slice(prefix.end, end).trim();
  else if (acronymOwner) {
    written = `${name} of the ${text.slice(acronymOwner.owner.start, acronymOwner.owner.end)}`;
    parent = acronymOwner.owner;
    method = "subunit-suffix";
  } else if (suffix && !parent) {
    local = text.slice(start, suffix.start).replace(/\s+(?:of|at|within)\s+(?:the\s+)?$/, "");
    written = text.slice(start, suffix.end);
    parent = suffix;
    method = "subunit-suffix";
    end = start + local.length;
  }
  // "the Federal Office for Migration and Refugees of Germany": the body, its country written after it (COUNTRY_AFTER_NAME).
  let countryWritten: string | undefined;
  let countryCut: Hit | undefined;
  const after = !parent && !prefix ? countryAfterName(text, hits, start, end) : null;
  if (after) [countryWritten, countryCut, local, end] = [text.slice(start, end), after.country, after.body, start + after.body.length];
  // "the Global Campaign for Ratification of the Convention on X": a catalog name closing the phrase is a
  // complement of the name, not part of it; the name ends before it.
  if (!parent && !prefix) {
    const tail = hits.find((h) => h.start > start && h.end === end && h.kind !== "COUNTRY");
    const cut = tail ? /\s+(?:of|for|on|to|against|at|in)(?:\s+the)?\s+$/.exec(text.slice(start, tail.start)) : null;
    // "the Steering Committee of the Global Forum on X": the forum's one governing body (GOVERNING_BODIES).
    if (tail && cut && governingBody(scan, text.slice(start, start + cut.index), start, scan.mentions.find((x) => x.localStart === tail.start))) return;
    // "the Business Mechanism of the Global Forum on X": a standing part of the forum or programme (OWNED_UNITS).
    const unit = tail && cut ? text.slice(start, start + cut.index) : "";
    const unitKind = unit ? headKind(unit) : null;
    const ownerIsEvent = !!tail && !!(catalog.byId.get(tail.id)?.isEvent ?? discovered.get(tail.id)?.isEvent);
    // "the Support Project of the Rabat Process" is the forum's own project too, named by what it does for it (SUPPORT_PROJECTS).
    const served = !!unitKind && isServiceOnly(unit) && !ownerIsEvent && allowsEndpoints("PART_OF", unitKind, tail!.kind);
    if (tail && cut && unitKind && (tail.kind === "FORUM" || tail.kind === "INITIATIVE") && (isOwnedUnit(unit, unitKind, tail.kind, ownerIsEvent) || served)) {
      written = text.slice(start, end);
      parent = tail;
      method = "subunit-suffix";
      end = start + cut.index;
      local = unit;
    } else if (tail && cut && purposeObjectAt(local) < 0) {
      end = start + cut.index;
      local = text.slice(start, end);
    }
  }
  // "the 12th Ministerial Conference of the Coastal Process": the forum is the name; meetings.ts reads the meeting.
  if (!parent && !prefix) {
    const at = seriesOfNumberedMeeting(local, text.slice(Math.max(0, start - 30), start));
    if (at !== null) {
      nameCandidate(scan, local.slice(at), start + at);
      return;
    }
  }
  // "the International Steering Committee of the Global Campaign for X": a body of another named thing; both are names.
  if (!parent && !prefix) {
    const of = /\s+of\s+the\s+(?=[A-Z])/.exec(local);
    const head = of ? local.slice(0, of.index) : "";
    const rest = of ? local.slice(of.index + of[0].length) : "";
    if (of && BODY_HEADS.has(headWord(head) ?? "") && headWord(head) === head.split(/\s+/).pop() && headKind(rest) && rest.split(/\s+/).length >= 2) {
      const restStart = start + of.index + of[0].length;
      nameCandidate(scan, rest, restStart);
      // "the Human Rights Centre of the National University of X": a centre of that university.
      const body = headKind(rest) === "ORGANIZATION" ? scan.mentions.find((x) => x.localStart === restStart && x.kind === "ORGANIZATION") : undefined;
      if (body) {
        parent = { start: body.localStart, end: body.localEnd, id: body.key, kind: "ORGANIZATION" };
        method = "subunit-suffix";
        written = text.slice(start, body.localEnd);
      } else if (governingBody(scan, head, start, scan.mentions.find((x) => x.localStart === restStart))) return;
      local = head;
      end = start + head.length;
    }
  }
  // "the Khartoum Process Steering Committee": the forum, a name of its own, and its governing body (GOVERNING_BODIES).
  const tail = !parent && !prefix ? governingTail(local) : null;
  if (tail) {
    nameCandidate(scan, tail.owner, start);
    const named = scan.mentions.find((x) => x.localStart === start && x.localEnd === start + tail.owner.length);
    if (named && governingBodyAfterOwner(scan, tail.head, { id: named.key, start, end: named.localEnd }, end)) return;
  }
  // "HIV/AIDS", "No. 26", "Safer Harbours (Horn of Africa)": what follows the name and still belongs to it (nameTail.ts).
  const more = nameTail(text, local, end, (a, b) => scan.overlaps(a, b), scan.doc.isPlace);
  [local, end] = [local + more, end + more.length];
  const words = local.split(/\s+/);
  if (isGenericOffice(local)) return; // "the UNFPA Regional Office": one of many; the mention stays the body's
  if (words.length < 2) return;
  // "Kenya's State Department for X", "the Ministry of Manpower of Indonesia": a ministry named with its state (NATIONAL_BODIES).
  const ownState = possessive ? hits.find((h) => h.kind === "COUNTRY" && h.end === phraseStart + possessive[1]!.length) : undefined;
  const national = !parent && !prefix ? nationalBody(text, local, start, hits, ownState, countryCut, catalog.demonyms, scan.doc.shortName) : null;
  if (PERSON_WORDS.test(local) || (NOT_AN_ACTOR.test(local) && !national)) return;
  // "Claims Programmes" names a class of things; "X Network, Inc." is a company; "X of this window" a part of something unnamed (kindRules.ts).
  // A class noun of its own after it makes the words a title ("the Building Fishers Partnerships project").
  const around = [text.slice(end, end + 16), catalog.demonyms, text.slice(Math.max(0, start - 8), start)] as const;
  if (isClassName(headWord(local)) && !titleBeforeNounKind(local, ...around)) return;
  // "the Better Migration Management programme": a title whose head noun follows it in lower case (TITLE_BEFORE_NOUN).
  const titled = titleBeforeNounKind(local, ...around);
  // "UNFPA’s 7 Billion Actions campaign": a number before the title belongs to it (a year, as in "the 2007–2008 X
  // project", dates it).
  const count = titled ? /(?<![\w.,–-])\d{1,3}\s+$/.exec(text.slice(Math.max(0, start - 8), start)) : null;
  if (count && !scan.overlaps(start - count[0].length, start)) {
    start -= count[0].length;
    local = text.slice(start, end);
  }
  // "the Eleventh General Programme of Work": an ordinal numbering a series of plans is part of the name (ORDINAL_TITLES).
  const ordinal = !prefix ? ordinalBefore(text, start, headWord(local)) : null;
  if (ordinal && !scan.overlaps(ordinal.start, start)) {
    local = `${ordinal.word} ${local}`;
    start = ordinal.start;
  }
  // "called for a Permanent Forum on X": a body that does not exist yet (PROPOSED_BODIES).
  if (isProposedBody(text, start, end) || isObservanceDate(text, start, local)) return;
  // "the Bureau of Statistics": one of every country's offices; "Tinland's Bureau of Statistics" names it (NATIONAL_OFFICES).
  let absorbed: Hit | undefined;
  if (national) {
    countryWritten ??= national.written;
    [local, start, end] = [national.name, national.start, national.end];
  }
  if (!parent && !prefix && !national && isNationalOffice(local)) {
    if (!ownState) return;
    [local, start, absorbed] = [`${scan.doc.shortName(ownState.id)} ${local}`, ownState.start, ownState];
  }
  // "Statistics Norway", "Global Affairs Canada": the state closing the office's name is part of it (STATE_NAMED_OFFICES).
  const stateOffice = !parent && !prefix && !national && !absorbed ? stateNamedOffice(text, start, end, hits) : undefined;
  if (stateOffice) absorbed = stateOffice;
  // "SEAVILLE, a network of port towns", "a network called Harbour Voices": the words beside a headless name say what it is.
  const headless = !!headWord(local) && local.split(/\s+/).length >= 2;
  const read = (stateOffice ? "ORGANIZATION" : null) ?? headKind(local) ?? titled ?? (headless ? appositiveNameKind(text.slice(end, end + 80)) ?? calledNameKind(text.slice(Math.max(0, start - 60), start)) : null);
  const kind = read && kindAfter(read, text.slice(end, end + 60), text.slice(Math.max(0, start - 40), start));
  if (!kind || kind === "COUNTRY" || isVenue(local)) return;
  if (cutShort(words, text.slice(end, end + 8))) return;
  // "the South American Conference on X - the Conferencia … -": the name in its own language is the same body's.
  const translated = !parent && !prefix ? translatedMention(scan, words, start, kind) : undefined;
  if (translated) {
    scan.push({ localStart: start, localEnd: end, kind, key: translated.key, method: "name-pattern", confidence: 0.7 });
    return;
  }
  // "the Office of Legal Affairs – Division for Ocean Affairs": the division of the body before the dash.
  // "two ILO branches, the Labour Migration Branch and …": the body whose parts the sentence lists (OWNED_PARTS_LEAD_IN).
  const listedOwner = !parent && isSubunitHead(local) ? subunitOwnerBefore(scan, start) : undefined;
  if (listedOwner) [parent, method] = [listedOwner, "subunit-prefix"];
  // Any catalog mention left inside the name (other than its parent) means this is not one name.
  const innerStart = prefix ? prefix.end : start;
  // "the EU-CELAC Summit of Heads of State and Government": bodies joined by hyphens open the name (HYPHENATED_OWNERS).
  const joined = !prefix && HYPHEN_JOINED.test(words[0]!) && words.length >= 2 ? start + words[0]!.length : -1;
  if (strayMention(scan, local, words, start, end, innerStart, joined, stateOffice)) return;
  // "the EU–UN Joint Programme": acronyms of bodies before generic words describe a joint thing, they do not name it.
  // A summit or conference of the two is a forum of its own ("the AU-EU Summit").
  if (joined > 0 && kind !== "FORUM" && isGeneric(words.slice(1).join(" ")) && words[0]!.split(/[-–]/).every((w) => /^[A-Z&]+$/.test(w))) return;
  if (scan.taken.some(([a, b]) => innerStart < b && a < end && !scan.mentions.some((x) => x.localStart === a && x.localEnd === b && innerStart < x.localEnd && x.localStart < end))) return;
  let part = false;
  // "the Parliamentary Assembly of the Council of Europe", "the Council's Working Group on X": a standing part of the
  // body named after "of" or by its possessive keeps its own kind (OWNED_UNITS).
  const ownedPart = !prefix && !!parent && (method === "subunit-suffix" || (!!owner && parent === owner)) && (isOwnedUnit(local, kind, parent.kind, false) || (method === "subunit-suffix" && isServiceOnly(local) && allowsEndpoints("PART_OF", kind, parent.kind)));
  // "the Rabat Process Steering Committee": the forum's one governing body (GOVERNING_BODIES).
  if (prefix && prefix.kind !== "ORGANIZATION" && prefix.kind !== "COUNTRY" && governingBodyAfterOwner(scan, text.slice(prefix.end, end).trim(), prefix, end)) return;
  if (prefix && prefix.kind !== "ORGANIZATION") {
    // "the GMG Working Group on Data": a body of the forum, named with it.
    if (kind === "ORGANIZATION") parent = undefined;
    part = true;
    method = "part-prefix";
  } else if (parent && kind !== "ORGANIZATION" && !ownedPart) {
    // "the IOM Migration Data Portal", "the UN Trust Fund for X": the organization's name is part of the name.
    if (prefix) part = true;
    parent = undefined; // "the African Union’s Migration Policy Framework": an owner, not a parent body
    method = undefined;
  }
  const needsParent = isGeneric(local) || isSubunitHead(local) || words.length < 2;
  if (!parent && needsParent && (governingBodyOfDescription(scan, local, start) || topicGoverningBody(scan, local, start))) return;
  // "the Process's Steering Committee": the possessor is the head word of a forum named before, and a word of the
  // body's mention as the forum's name is in "the X Process Steering Committee" (GOVERNING_BODIES).
  if (!parent && needsParent && possessive && !owner && governingBodyOfPossessor(scan, local, possessive[1]!, phraseStart, end)) return;
  if (!parent && needsParent && kind === "ORGANIZATION" && backReference(scan, local, start, end)) return;
  // "the Secretary General’s Policy Committee": an office holder's body, named with the holder, never the chapter's (OFFICE_HOLDER_BODY).
  if (!parent && needsParent && possessive && !owner && kind === "ORGANIZATION" && officeHolderBody(scan, possessive[1]!, phraseStart, local, end)) return;
  // "the Monitoring Committee of the X Convention" is the treaty's body, not the chapter agency's (TREATY_OWNED_BODY).
  const treatyOwned = ownedByTreaty(text.slice(end, end + 160));
  if (!parent && needsParent && kind === "ORGANIZATION" && passage.chapterOwnerId && !treatyOwned && BODY_HEADS.has(headWord(local) ?? "") && !/\b(?:UN|United Nations)\b/.test(local)) {
    parent = { start: -1, end: -1, id: passage.chapterOwnerId, kind: "ORGANIZATION" };
    method = "subunit-chapter";
  }
  if (needsParent && !parent) return;
  let id: string;
  let display: string;
  if (part && prefix) {
    display = text.slice(prefix.start, end);
    const partKind = headKind(display) ?? kind; // "UN Fund for Women" is a fund of the UN: an organization
    id = entityId(partKind, display);
    if (catalog.byId.has(id)) return;
    scan.discover({ key: id, kind: partKind, name: display, acronym: null, owner: { id: prefix.id, local: text.slice(prefix.end, end).trim() }, ...(parent ? { parentId: parent.id } : {}) });
  } else if (possessor && (kind !== "ORGANIZATION" || possessor !== bracketOwner)) {
    display = `${scan.doc.shortName(possessor.id)} ${local}`;
    id = entityId(kind, display);
    if (catalog.byId.has(id)) return;
    const alias = expansion && bracket ? `${expansion[1]!.replace(LEADING_NOISE, "")} (${bracket[1]}) ${local}` : undefined;
    scan.discover({ key: id, kind, name: display, acronym: null, owner: { id: possessor.id, local }, ...(kind === "FORUM" ? { parentId: possessor.id } : {}), ...(alias ? { alias } : {}) });
    if (kind === "FORUM") {
      parent = possessor;
      method = "part-prefix";
    }
  } else if (parent) {
    // A part named with its owner after "of" keeps its own kind ("the Parliamentary Assembly of the Council of Europe").
    const partKind = ownedPart ? kind : "ORGANIZATION";
    id = entityId(partKind, `${parent.id.replace(/^[a-z]+:/, "")} ${local}`);
    display = prefix ? text.slice(prefix.start, end) : `${scan.doc.shortName(parent.id)} ${local}`;
    if (catalog.byId.has(id)) return;
    // The name as the text wrote it, or the sub-unit's own name, is how others refer to it too.
    const alias = written ?? (isGeneric(local) || words.length < 2 ? undefined : local);
    scan.discover({ key: id, kind: partKind, name: display, acronym: acronymOwner?.acronym ?? null, parentId: parent.id, owner: { id: parent.id, local }, ...(alias ? { alias } : {}), ...(method === "subunit-chapter" && !isGeneric(local) ? { parentGuessed: true } : {}) });
  } else {
    id = entityId(kind, local);
    if (catalog.byId.has(id)) return;
    // The country written after it, a reading cut at a comma, a dated title (standaloneAlias.ts).
    const alias = countryWritten ?? standaloneAlias(text, local, start, end, kind);
    scan.discover({ key: id, kind, name: local, acronym: null, ...(alias ? { alias } : {}), ...(kind !== read ? { kindStated: true } : {}) });
  }
  // A prefixed parent ("IOM Regional Office") is part of the sub-unit's name, not a mention of its own; nor is the
  // country whose office it is ("Tinland's Bureau of Statistics").
  for (const owned of [prefix, absorbed]) {
    if (!owned) continue;
    const i = scan.mentions.findIndex((x) => x.localStart === owned.start && x.localEnd === owned.end);
    if (i !== -1) scan.mentions.splice(i, 1);
  }
  // "the Support Project of the Rabat Process": the forum it serves names the project, it is no end of the sentence's verb.
  const servedAt = !prefix ? servedOwnerAt(local) : -1;
  // A body inside the owner's name ("Africa-EU") is part of that name; the owner itself stays, the project's parent.
  const servedOwner = servedAt > 0 ? scan.mentions.find((x) => x.localStart >= start + servedAt && x.localEnd === end && (x.kind === "FORUM" || x.kind === "INITIATIVE")) : undefined;
  for (let i = scan.mentions.length - 1; servedAt > 0 && i >= 0; i--) {
    const x = scan.mentions[i]!;
    if (x !== servedOwner && x.localStart >= start + servedAt && x.localEnd <= end) scan.mentions.splice(i, 1);
  }
  // The served owner keeps its own span, as an owned unit's owner does ("Support Project" | "of the" | owner).
  const mentionEnd = servedOwner ? start + local.slice(0, servedAt).replace(/\s+(?:of|to|for)\s+(?:the\s+)?$/, "").length : end;
  const mention = scan.push({ localStart: prefix ? prefix.start : start, localEnd: mentionEnd, kind: discovered.get(id)?.kind ?? kind, key: id, method: "name-pattern", confidence: 0.7 });
  if (parent && method) scan.doc.parents.push({ mention, parentId: parent.id, method, confidence: method === "subunit-chapter" ? 0.6 : 0.8 });
  else if (servedOwner && allowsEndpoints("PART_OF", mention.kind, servedOwner.kind)) scan.doc.parents.push({ mention, parentId: servedOwner.key, method: "subunit-suffix", confidence: 0.8 });
  // Its acronym, spelt by no initials ("DG HOME"), names it in the rest of the chapter; in its brackets it is the same mention.
  if (acronymOwner && parent === acronymOwner.owner && !scan.overlaps(acronymOwner.acronymStart, acronymOwner.acronymStart + acronymOwner.acronym.length)) {
    scan.doc.localAcronyms.set(`${scan.scope}|${acronymOwner.acronym}`, { id, kind: mention.kind });
    scan.taken.push([acronymOwner.acronymStart, acronymOwner.acronymStart + acronymOwner.acronym.length]);
  }
}

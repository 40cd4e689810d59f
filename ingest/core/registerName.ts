import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import { headKind } from "./headKind.js";
import { seriesKey } from "./seriesKey.js";
import { allowsEndpoints } from "../../src/ontology/ontology.js";
import type { NameDraft, NameReading } from "./nameDraft.js";
import { isGeneric, LEADING_NOISE } from "./nameTrim.js";
import type { NameSettling } from "./settleNameParent.js";
import { datedWriting, standaloneAlias } from "./standaloneAlias.js";
import { servedOwnerAt } from "./supportProject.js";

/**
 * The settled draft discovered under its id (named with its prefix, possessor or parent when it has one) and pushed
 * as a mention, with its parent link and any acronym it was given; names it absorbed stop being mentions.
 */
export function registerName(d: NameDraft, reading: NameReading, settling: NameSettling): void {
  const { scan, prefix, possessor, bracketOwner, start, end, local, acronymOwner } = d;
  const { words, kind, read, absorbed } = reading;
  const { part, ownedPart } = settling;
  const { text } = scan;
  const { catalog, discovered } = scan.doc;
  let { parent, method } = d;
  let id: string;
  let display: string;
  // A series named by a plural head ("the Coral Meetings on Pilots") is the one named by its singular ("the Coral Meeting
  // on Pilots"): one key, the singular, whichever form a page writes, so its sittings keep their ids (SERIES_SINGULAR_KEY).
  // The plural as written stays one of its names (its alias), whichever form names it.
  let plural: string | undefined;
  const keyOf = (k: EntityKind, name: string, shown: string = name): string => {
    const id = seriesKey(k, name, (one) => catalog.byId.has(one));
    if (id !== entityId(k, name)) plural = shown;
    return id;
  };
  if (part && prefix) {
    display = text.slice(prefix.start, end);
    const partKind = headKind(display) ?? kind; // "UN Fund for Women" is a fund of the UN: an organization
    id = keyOf(partKind, display);
    if (catalog.byId.has(id)) return;
    const alias = datedWriting(text, display, end, partKind) ?? plural;
    scan.discover({ key: id, kind: partKind, name: display, acronym: null, owner: { id: prefix.id, local: text.slice(prefix.end, end).trim() }, ...(parent ? { parentId: parent.id } : {}), ...(alias ? { alias } : {}) });
  } else if (possessor && (kind !== "ORGANIZATION" || possessor !== bracketOwner)) {
    display = `${scan.doc.shortName(possessor.id)} ${local}`;
    id = keyOf(kind, display);
    if (catalog.byId.has(id)) return;
    // "the SADC Labour Migration Action Plan for 2016-2019": the owner's name keeps the plan's dated writing (standaloneAlias.ts).
    const alias = d.expansion && d.bracket ? `${d.expansion[1]!.replace(LEADING_NOISE, "")} (${d.bracket[1]}) ${local}` : datedWriting(text, display, end, kind) ?? plural;
    scan.discover({ key: id, kind, name: display, acronym: null, owner: { id: possessor.id, local }, ...(kind === "FORUM" ? { parentId: possessor.id } : {}), ...(alias ? { alias } : {}) });
    if (kind === "FORUM") {
      parent = possessor;
      method = "part-prefix";
    }
  } else if (parent) {
    // A part named with its owner after "of" keeps its own kind ("the Parliamentary Assembly of the Council of Europe").
    const partKind = ownedPart ? kind : "ORGANIZATION";
    display = prefix ? text.slice(prefix.start, end) : `${scan.doc.shortName(parent.id)} ${local}`;
    id = keyOf(partKind, `${parent.id.replace(/^[a-z]+:/, "")} ${local}`, display);
    if (catalog.byId.has(id)) return;
    // The name as the text wrote it, and the sub-unit's own name, are how others refer to it too.
    const own = isGeneric(local) || words.length < 2 ? undefined : local;
    const alias = d.written ?? own ?? plural;
    // A body's unit of three words or more ("Human Security Division") has a name of its own; a project's or a short
    // unit's ("Support Project", "Legal Division") is one of many and stays only the written one.
    const bareAlias = d.written && own && own !== display && partKind === "ORGANIZATION" && words.length >= 3 ? own : undefined;
    scan.discover({ key: id, kind: partKind, name: display, acronym: acronymOwner?.acronym ?? null, parentId: parent.id, owner: { id: parent.id, local }, ...(alias ? { alias } : {}), ...(bareAlias ? { bareAlias } : {}), ...(method === "subunit-chapter" && !isGeneric(local) ? { parentGuessed: true } : {}) });
  } else {
    id = keyOf(kind, local);
    if (catalog.byId.has(id)) return;
    // The country written after it, a reading cut at a comma, a dated title (standaloneAlias.ts).
    const alias = d.countryWritten ?? standaloneAlias(text, local, start, end, kind) ?? plural;
    // A state's ministry written bare keeps that bare title too, as a page filed under its state does (nationalBody.ts).
    const bareAlias = d.bareWritten && d.bareWritten !== alias && d.bareWritten !== local ? d.bareWritten : undefined;
    scan.discover({ key: id, kind, name: local, acronym: null, ...(alias ? { alias } : {}), ...(bareAlias ? { bareAlias } : {}), ...(kind !== read ? { kindStated: true } : {}) });
  }
  // A prefixed parent ("IOM Regional Office") is part of the sub-unit's name, not a mention of its own; nor is the
  // country whose office it is ("Tinland's Bureau of Statistics").
  for (const owned of [prefix, absorbed, d.beneficiary]) {
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

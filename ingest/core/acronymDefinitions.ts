import { entityId } from "../../src/ontology/ids.js";
import { headKind, headWord } from "./headKind.js";
import { BODY_HEADS, DEFINITION } from "./namePatterns.js";
import { acronymProgramme } from "./nameShapes.js";
import { checkCommas, initialsMatch, isGeneric, LEADING_NOISE, splitCoordinated } from "./nameTrim.js";
import type { PassageScan } from "./PassageScan.js";

/**
 * Step 1 of recognition: "Full Name (ACRONYM)" definitions. They run first and bind the acronym for the
 * rest of the chapter, so a local acronym overrides the catalog's reading of it (CRC after "Committee on
 * the Rights of the Child (CRC)" is the Committee, not the Convention).
 */
export function acronymDefinitions(scan: PassageScan): void {
  const { text, scope, passage } = scan;
  const { catalog, matcher, localAcronyms } = scan.doc;
  for (const m of text.matchAll(DEFINITION)) {
    const acronym = m[2]!;
    const written = m[1]!.replace(/^.*[’']s\s+/, "").replace(LEADING_NOISE, ""); // "Comic Relief’s Common Ground Initiative (CGI)"
    // "WIPO and the World Meteorological Organization (WMO)": the acronym names the last of the coordinated names.
    const segments = splitCoordinated(written, 0, []);
    const lastName = segments[segments.length - 1]!.text;
    let name = checkCommas(lastName);
    if (name !== lastName) continue; // a list, not a name, before the brackets
    while (name && !initialsMatch(name, acronym) && name.includes(" ")) name = name.replace(/^\S+\s+/, "");
    name = name.replace(/^(?:[a-z&]+\s+)+/, "");
    if (!name || !initialsMatch(name, acronym)) continue;
    const nameStart = m.index! + m[0].indexOf(name);
    const acronymAt = m.index! + m[0].lastIndexOf(acronym);
    const inner = matcher.findAll(name);
    const whole = inner.length === 1 && inner[0]!.start === 0 && inner[0]!.end === name.length ? inner[0]! : null;
    if (whole) {
      const entity = catalog.byId.get(whole.entityId)!;
      localAcronyms.set(`${scope}|${acronym}`, { id: entity.id, kind: entity.kind });
      scan.taken.push([acronymAt, acronymAt + acronym.length]);
      continue;
    }
    const kind = headKind(name) ?? acronymProgramme(name, text.slice(Math.max(0, nameStart - 40), nameStart));
    if (!kind || kind === "COUNTRY") continue;
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
    const id = entityId(kind, name);
    scan.discover({ key: id, kind, name, acronym });
    localAcronyms.set(`${scope}|${acronym}`, { id, kind });
    scan.push({ localStart: nameStart, localEnd: nameStart + name.length, kind, key: id, method: "acronym-definition", confidence: 0.9 });
    // The "(ACRONYM)" right after the name is the same mention, not a second one.
    scan.taken.push([acronymAt, acronymAt + acronym.length]);
  }
}

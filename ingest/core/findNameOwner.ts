import { countryAfterName } from "./countryAfterName.js";
import { headKind, headWord } from "./headKind.js";
import { acronymPossessor } from "./acronymPossessor.js";
import type { NameDraft } from "./nameDraft.js";
import { OWNED_UNITS, ownerAfterAcronym, ownerBeforeComma } from "./ownedUnit.js";
import { TREATY_AFTER_OWNER } from "./ownedTreaty.js";
import { institutionAfterComma } from "./unitOfInstitution.js";

const SELF_OWNER = /^(?:[Tt]he\s+)?(?:Organization|Organisation|Office|Fund|Programme|Agency|Bank|Union|Institute|Commission)$|^[Ii]ts$/;

/**
 * The body or name that owns the draft, read before it (prefix, possessive, bracketed acronym) or after it
 * ("… of the ILO", an acronym then its owner, a country); the draft's span shrinks to the owned part.
 * False when the phrase names a body of two owners, which is no part of either.
 */
export function findNameOwner(d: NameDraft): boolean {
  const { scan, possessive, phraseStart, start, name } = d;
  const { text, hits, passage } = scan;
  // Parent before: "UNICEF’s Division of X", "the IOM Regional Office for X", "the GMG Working Group on X"; a body named
  // in several words before its treaty, "the Council of Europe Convention on X" (OWNED_TREATIES).
  const prefix = hits.find(
    (h) => h.start === start && h.end < d.end && / [A-Z]/.test(text.slice(h.end, h.end + 2)) && (h.kind === "FORUM" || h.kind === "INITIATIVE" || (h.kind === "ORGANIZATION" && (/\b[A-Z]{2,}\b|^[A-Z][a-z]+$/.test(text.slice(h.start, h.end)) || TREATY_AFTER_OWNER.test(text.slice(h.end, d.end))))),
  );
  let owner = possessive ? hits.find((h) => h.kind !== "COUNTRY" && h.end === phraseStart + possessive[1]!.length) ?? acronymPossessor(scan, possessive[1]!, phraseStart) : undefined;
  // "KNOMAD’s Thematic Working Group": an initiative or forum owns a body named with it, it is not a parent organization.
  // "the African, Caribbean and Pacific (ACP) Observatory on X": the bracketed acronym owns the name (PARENTHESISED_OWNER).
  const bracket = !prefix && !possessive ? /\(([A-Z][A-Za-z&\-]{1,11})\)\s+$/.exec(text.slice(Math.max(0, start - 16), start)) : null;
  const bracketAt = bracket ? start - bracket[0].length : -1;
  const bracketOwner = bracket ? hits.find((h) => h.start === bracketAt + 1 && h.end === bracketAt + 1 + bracket[1]!.length && h.kind !== "COUNTRY") : undefined;
  d.expansion = bracketOwner ? /((?:[A-Z][\p{L}\-]*,?\s+(?:(?:and|&|of|for|the|on)\s+)*)*[A-Z][\p{L}\-]*)\s+$/u.exec(text.slice(Math.max(0, bracketAt - 120), bracketAt)) : null;
  const possessor = (owner && owner.kind !== "ORGANIZATION" ? owner : undefined) ?? bracketOwner;
  if (possessor && possessor !== bracketOwner) owner = undefined;
  // "the Organization’s Maritime Safety Committee" in the IMO chapter.
  if (!owner && possessive && passage.chapterOwnerId && SELF_OWNER.test(possessive[1]!)) owner = { start: -1, end: -1, id: passage.chapterOwnerId, kind: "ORGANIZATION" };
  Object.assign(d, { prefix, owner, bracket, bracketOwner, possessor });
  if (prefix ?? owner) [d.parent, d.method] = [prefix ?? owner, "subunit-prefix"];
  // Parent after: "the Labour Mobility Unit of the ILO".
  const suffix = hits.find((h) => h.kind === "ORGANIZATION" && h.end === d.end && h.start > start && /\s+(?:of|at|within)\s+(?:the\s+)?$/.test(text.slice(start, h.start)));
  // "the Experts Evaluation Committee of UNESCO and UN-Habitat": a body of two owners is no part of the first (JOINT_BODY).
  if (suffix && hits.some((h) => h.kind === "ORGANIZATION" && h.start > suffix.end && /^\s*(?:and|&)\s+(?:the\s+)?$/.test(text.slice(suffix.end, h.start)))) return false;
  // "the Directorate-General for X (DG X) of the European Commission": the part's acronym before its owner (OWNED_UNITS).
  const acronymOwner = !prefix && !suffix && !d.parent && OWNED_UNITS.heads.has(headWord(name) ?? "") && headKind(name) === "ORGANIZATION" ? ownerAfterAcronym(text, d.end, hits) : undefined;
  d.acronymOwner = acronymOwner;
  // "Executing body: World Health Organization, Directorate-General for X (DG X)": a field's value, owner before a comma (OWNED_UNITS).
  const commaOwner = !prefix && !suffix && !d.parent && !acronymOwner && OWNED_UNITS.heads.has(headWord(name) ?? "") && headKind(name) === "ORGANIZATION" ? ownerBeforeComma(text, start, d.end, hits) : undefined;
  if (commaOwner) [d.parent, d.method] = [commaOwner, "subunit-suffix"];
  // "- Institute of Geography, University of X": a unit named by its field, its institution after a comma (UNIT_OF_INSTITUTION).
  const institution = !prefix && !suffix && !d.parent && !acronymOwner && !possessive ? institutionAfterComma(scan, name, start, d.end) : undefined;
  if (institution) [d.parent, d.method, d.written, d.institution] = [institution, "subunit-suffix", text.slice(start, institution.end), institution];
  if (prefix) d.local = text.slice(prefix.end, d.end).trim();
  else if (acronymOwner) {
    d.written = `${name} of the ${text.slice(acronymOwner.owner.start, acronymOwner.owner.end)}`;
    d.parent = acronymOwner.owner;
    d.method = "subunit-suffix";
  } else if (suffix && !d.parent) {
    d.local = text.slice(start, suffix.start).replace(/\s+(?:of|at|within)\s+(?:the\s+)?$/, "");
    d.written = text.slice(start, suffix.end);
    d.parent = suffix;
    d.method = "subunit-suffix";
    d.end = start + d.local.length;
  }
  // "the Federal Office for Migration and Refugees of Germany": the body, its country written after it (COUNTRY_AFTER_NAME).
  const after = !d.parent && !prefix ? countryAfterName(text, hits, start, d.end) : null;
  if (after) [d.countryWritten, d.countryCut, d.local, d.end] = [text.slice(start, d.end), after.country, after.body, start + after.body.length];
  return true;
}

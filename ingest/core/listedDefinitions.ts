import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import type { PassageScan } from "./PassageScan.js";
import { isGeneric } from "./nameTrim.js";
import { headKind } from "./headKind.js";

/**
 * What may stand between a list item and the next one: the item's own bracketed acronym, then a comma, "and", "&",
 * "or" or a semicolon; "the" may open the next item.
 */
const BEFORE = /^(?:\s*\([^()]{1,20}\))?(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|&|or)\s+|;\s*)(?:the\s+)?$/;
const AFTER = /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|&|or)\s+|;\s*)(?:the\s+)?$/;
/** The kinds a list can lend: bodies beside bodies, programmes or funds beside programmes or funds. */
const LENT: ReadonlySet<EntityKind> = new Set(["ORGANIZATION", "INITIATIVE"]);

interface Item { start: number; end: number; kind: EntityKind }

/** Field labels that name bodies by their part, with no class noun: "Partners:", "Implementing partners:", "Donor:". */
const BODY_LABELS = /^(?:partners?|implementers?|donors?|funders?)$/i;
/** "Programme: X (ACR)", "Implementing partners: X (ACR)": a field label opening the line right before the name; its last word. */
const LABEL_BEFORE = /(?:^|\n)[ \t]*(?:[-•*][ \t]+)?((?:[A-Z][a-z]+)(?:[ \t]+[a-z]+){0,2}):[ \t]*(?:the[ \t]+)?$/;
/** "A separate project, X (ACR)", "the NGO X (ACR)": a class noun in apposition right before the name. */
const CLASS_BEFORE = /\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:[a-z-]+\s+)?([a-z]+|NGO)\s*,?\s*$/;
/** "The scheme is run by X (ACR)": the agent of running, managing or carrying out something is a body. */
const AGENT_BEFORE = /\b(?:run|managed|implemented|administered|operated|coordinated|carried\s+out)\s+by\s+(?:the\s+)?$/;

/** The kind a class noun or field label gives what it names: bodies or programmes only. */
function nounKind(word: string): EntityKind | null {
  if (BODY_LABELS.test(word) || /^NGOs?$/.test(word)) return "ORGANIZATION";
  const kind = headKind(word[0]!.toUpperCase() + word.slice(1));
  return kind && LENT.has(kind) ? kind : null;
}

/** What the words right before the name say it is: its field label, a class noun in apposition, or "run by". */
function kindBefore(text: string, start: number): EntityKind | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const label = LABEL_BEFORE.exec(before);
  if (label) return nounKind(label[1]!.split(/[ \t]+/).pop()!);
  const noun = CLASS_BEFORE.exec(before);
  if (noun) return nounKind(noun[1]!);
  return AGENT_BEFORE.test(before) ? "ORGANIZATION" : null;
}

/**
 * "Implementing partners: the GIZ, Expertise France (EF) and the Spanish Agency for International Development
 * Cooperation (AECID)": a name the page defines with an acronym its initials spell, but whose words name no kind
 * (acronymDefinitions.ts keeps it in `kindless`), is of the kind of the list it stands in, when the names right
 * beside it are all of one kind: organizations or programmes (LISTED_DEFINITIONS). Coordinated names name things of
 * one kind. With no list around it, the words right before it may say it (kindBefore). Beside a state or names of two
 * kinds it stays unread; a plural acronym ("NCPs") names a class of bodies, not one. Runs once per passage, after
 * every other name is read.
 */
export function listedDefinitions(scan: PassageScan): void {
  if (!scan.kindless.length) return;
  const { text, hits, mentions, doc } = scan;
  const items: Item[] = [
    ...hits.map((h) => ({ start: h.start, end: h.end, kind: h.kind })),
    ...mentions.map((m) => ({ start: m.localStart, end: m.localEnd, kind: m.kind })),
  ];
  for (const d of scan.kindless) {
    const end = d.start + d.name.length;
    const close = text.indexOf(")", d.acronymAt) + 1;
    if (close <= 0 || /[a-z]s$/.test(d.acronym) || isGeneric(d.name) || doc.isPlace(d.name)) continue;
    if (scan.overlaps(d.acronymAt, d.acronymAt + d.acronym.length)) continue;
    const previous = items.filter((i) => i.end <= d.start && i.end >= d.start - 40 && BEFORE.test(text.slice(i.end, d.start)));
    // "the Displacement Tracking Matrix (DTM), IOM's system for …": a possessor after the comma opens an apposition, not an item.
    const next = items.filter((i) => i.start >= close && i.start <= close + 12 && AFTER.test(text.slice(close, i.start)) && !/^[’']s\b/.test(text.slice(i.end, i.end + 3)));
    // "Speakers: Maria Lopez (ML), UNICEF": one name after a bare comma may be an affiliation, not a second item.
    const bareComma = previous.length === 0 && next.length > 0 && next.every((i) => /^,\s*(?:the\s+)?$/.test(text.slice(close, i.start)));
    if (bareComma) continue;
    const kinds = new Set([...previous, ...next].map((i) => i.kind));
    const listed = kinds.size === 1 ? [...kinds][0]! : null;
    // A list of two kinds says nothing; with no list around it, the words before it may.
    const kind = kinds.size === 0 ? kindBefore(text, d.start) : listed;
    if (!kind || !LENT.has(kind)) continue;
    // "Expertise France (EF)": the acronym spells the state's name too, so it is a word of this name, not a mention of the state.
    if (scan.overlaps(d.start, end) && !scan.releaseWithin(d.start, end, "COUNTRY")) continue;
    for (let i = hits.length - 1; i >= 0; i--) if (hits[i]!.kind === "COUNTRY" && hits[i]!.start >= d.start && hits[i]!.end <= end) hits.splice(i, 1);
    const id = entityId(kind, d.name);
    scan.discover({ key: id, kind, name: d.name, acronym: d.acronym });
    doc.localAcronyms.set(`${scan.scope}|${d.acronym}`, { id, kind });
    scan.push({ localStart: d.start, localEnd: end, kind, key: id, method: "acronym-definition", confidence: 0.8 });
    scan.taken.push([d.acronymAt, d.acronymAt + d.acronym.length]);
  }
}

import { entityId } from "../../src/ontology/ids.js";
import type { PassageScan } from "./PassageScan.js";
import { analyse } from "./analysis.js";
import { classNounApposedNames } from "./classNounApposedName.js";
import { headKind } from "./headKind.js";

/** The class noun and the words that open its list: an apposition's comma or dash, a copula, "include", "such as", a colon. */
const LEAD = /\b(?:member\s+organi[sz]ations|partner\s+organi[sz]ations|(?:project\s+|core\s+|national\s+|local\s+|implementing\s+|European\s+)*partners|members|NGOs|organi[sz]ations|(?:NGO|[Cc]ivil[\s-]+society|[Hh]umanitarian)\s+networks|charities|foundations|companies|universities|(?:trade\s+)?unions|(?:private\s+|other\s+|major\s+)?(?:donors|funders))(?:\s*,\s*|\s+(?:were|are|include|included|such\s+as)\s+|\s*:\s*|\s+[-–—]\s+)/g;
/** One item: "the" maybe, then capitalised words with the small words names hold between them. */
const ITEM = /^(?:the\s+)?(\p{Lu}(?:[\p{L}\p{N}'’&-]|\.(?=\p{L}))*(?:\s+(?:(?:of|for|de|du|des|la|le|del|bij|van|voor|für|per|i|di|da)\s+)?\p{Lu}(?:[\p{L}\p{N}'’&-]|\.(?=\p{L}))*)*)/u;
/** What closes an item before the next: a place adjunct, then a separator. */
const ADJUNCT = /^\s+(?:in|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)/u;
const SEPARATOR = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*)/;

interface Item { name: string; start: number }

/** The items of the list that starts at `from`, or null where it is no list of names. */
function listItems(text: string, from: number, isPlace: (w: string) => boolean): Item[] | null {
  const items: Item[] = [];
  let at = from;
  for (;;) {
    const m = ITEM.exec(text.slice(at));
    if (!m) return null;
    // "Hafenhilfe Kiel and Portwell": the item's own "and" parts two items where both halves are name-shaped.
    const start = at + m[0].length - m[1]!.length;
    items.push({ name: m[1]!, start });
    at += m[0].length;
    const adjunct = ADJUNCT.exec(text.slice(at));
    if (adjunct && isPlace(adjunct[1]!)) at += adjunct[0].length;
    const sep = SEPARATOR.exec(text.slice(at));
    if (!sep) break;
    const rest = text.slice(at + sep[0].length);
    if (!ITEM.test(rest)) {
      // "…, and several port unions": an item that is no name ends the reading; a list that goes on in lower case is no list of names.
      if (/^\p{Ll}/u.test(rest) && !/^the\s+\p{Lu}/u.test(rest) && /\band\s+$/.test(sep[0])) return null;
      break;
    }
    at += sep[0].length;
  }
  return items.length >= 2 ? items : null;
}

/** The words one of which every LEAD holds as written, for the gate before it: the pattern tries a class noun at every word. */
const LEAD_WORDS = ["partners", "members", "NGOs", "organisations", "organizations", "networks", "charities", "foundations", "companies", "universities", "unions", "donors", "funders"];
/** Donors and funders may be persons: of their list only items already read, or with a body's head noun or an acronym, are bodies. */
const GIVERS = /(?:donors|funders)\b/;
/** "Foundations" may be pillars of a plan: its list names bodies only where the noun is marked as bodies or "such as" follows. */
const BODY_FOUNDATIONS = /\b(?:private|charitable|philanthropic|family)\s+foundations\b|\bfoundations\s+such\s+as\b/;
const ACRONYM = /\b\p{Lu}{2,}\b/u;

/** Reads the items of class-introduced lists as organizations, where no earlier step read them (CLASS_LIST_NAMES). */
export function classListNames(scan: PassageScan): void {
  const { text } = scan;
  for (const lead of LEAD_WORDS.some((w) => text.includes(w)) ? text.matchAll(LEAD) : []) {
    const from = lead.index! + lead[0].length;
    if (/foundations/.test(lead[0]) && !BODY_FOUNDATIONS.test(text.slice(Math.max(0, lead.index! - 20), from))) continue;
    const items = listItems(text, from, scan.doc.isPlace);
    if (!items) continue;
    const places = items.filter((i) => scan.doc.isPlace(i.name));
    if (places.length === items.length) continue;
    const known = (i: Item) => scan.doc.isPlace(i.name) || scan.mentions.some((m) => m.kind !== "COUNTRY" ? m.localStart <= i.start && i.start + i.name.length <= m.localEnd : m.localStart === i.start && m.localEnd === i.start + i.name.length);
    const givers = GIVERS.test(lead[0]);
    if (givers && !items.some(known)) continue;
    for (const item of items) {
      if (givers && !known(item) && headKind(item.name) === null && !ACRONYM.test(item.name)) continue;
      const end = item.start + item.name.length;
      // A state in a list of bodies stays the state; it is checked before any mention inside an item is released.
      if (scan.doc.isPlace(item.name)) continue;
      // "Caritas International Belgium": a state closing or opening an item with other words is a word of its name.
      const inside = scan.mentions.filter((m) => m.localStart < end && item.start < m.localEnd);
      if (inside.length > 0 && (inside.some((m) => m.kind !== "COUNTRY" || m.localStart < item.start || m.localEnd > end) || !scan.releaseWithin(item.start, end, "COUNTRY"))) continue;
      if (scan.overlaps(item.start, end) || /^(?:The|This|That|These|Those|It|Its|Their|They|Some|Many|All|Both|Each|Other|Others)$/.test(item.name)) continue;
      // A verb read as a capitalised word ("Members Agreed") is no name.
      if (analyse(item.name).tokens.some((t) => t.pos === "VERB" || t.pos === "AUX")) continue;
      const key = entityId("ORGANIZATION", item.name);
      if (!scan.doc.catalog.byId.has(key)) scan.discover({ key, kind: "ORGANIZATION", name: item.name, acronym: null, kindStated: true });
      scan.push({ localStart: item.start, localEnd: end, kind: "ORGANIZATION", key, method: "name-pattern", confidence: 0.6 });
    }
  }
  classNounApposedNames(scan); // "the Swedish organisation Diakonia" (classNounApposedName.ts).
}

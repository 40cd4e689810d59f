import { headKind } from "./headKind.js";
import type { PassageScan } from "./PassageScan.js";
import type { DiscoveredName } from "./types.js";

/**
 * SHORT_FORM_BACK: "The Coastal Fisheries Contact Group met in Accra … The Contact Group brings together …". A body
 * the page named in full is referred back to by its last words after "the": the short form is the same body, not a
 * second one (nor the series of its own meetings). The short form must be written with "the", be two words or more
 * ending in a body's head noun, and end exactly one longer name of the same kind mentioned before it in the document,
 * whose extra words are capitalised words that open it (no "of", "for" among them). The short form written without "the"
 * (a directory's row "Refugee Council") is left as it stands.
 */
export const SHORT_FORM_BACK = {
  examples: {
    positive: [
      { text: "Ministers of the Coastal Fisheries Contact Group met in Accra on 3 May 2018. The Contact Group brings together eight coastal states.", name: "Coastal Fisheries Contact Group" },
      // Two longer names end in it: the short form does not say which one it is, and stays a name of its own.
      { text: "The Northern Fisheries Contact Group and the Southern Fisheries Contact Group met in Accra in 2018. The Fisheries Contact Group adopted a plan.", name: "Fisheries Contact Group" },
    ],
    negative: [
      { text: "Ministers of the Coastal Fisheries Contact Group met in Accra on 3 May 2018. The Contact Group brings together eight coastal states.", name: "Contact Group" },
    ],
  },
};

const seenBy = new WeakMap<object, Map<string, DiscoveredName>>();
const BODY_KINDS = new Set(["FORUM", "ORGANIZATION"]);

/** Gives this passage's short forms written after "the" the key of the one longer name they end; then notes its names. */
export function shortFormsBack(scan: PassageScan): void {
  const { discovered } = scan.doc;
  const seen = seenBy.get(scan.doc) ?? seenBy.set(scan.doc, new Map()).get(scan.doc)!;
  const mentions = [...scan.mentions].sort((a, b) => a.localStart - b.localStart);
  const here = new Map<string, DiscoveredName>();
  for (const m of mentions) {
    const d = discovered.get(m.key);
    if (d && BODY_KINDS.has(d.kind) && !d.isEvent) {
      const longer = shortFormOf(d, m.localStart, scan.text, [...seen.values(), ...here.values()]);
      if (longer) {
        m.key = longer.key;
        m.kind = longer.kind;
        continue;
      }
      here.set(d.key, d);
    }
  }
  for (const [k, d] of here) seen.set(k, d);
}

function shortFormOf(d: DiscoveredName, at: number, text: string, earlier: DiscoveredName[]): DiscoveredName | null {
  const words = d.name.split(/\s+/);
  if (words.length < 2 || d.parentId || d.acronym || !/\bthe\s+$/i.test(text.slice(Math.max(0, at - 5), at))) return null;
  if (!headKind(d.name) || headKind(words[words.length - 1]!) !== d.kind) return null;
  const found = new Map<string, DiscoveredName>();
  for (const l of earlier) {
    if (l.key === d.key || l.kind !== d.kind || !l.name.endsWith(` ${d.name}`)) continue;
    const lead = l.name.slice(0, l.name.length - d.name.length).trim().split(/\s+/);
    // "United Nations Statistical Commission" / "the Statistical Commission" is resolve's UN_PREFIX fold.
    if (lead.every((w) => /^[A-Z]/.test(w)) && !/^(?:UN|United Nations)$/.test(lead.join(" "))) found.set(l.key, l);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

import { entityId } from "../../src/ontology/ids.js";
import type { EntityKind } from "../../src/ontology/ontology.js";
import { QUOTED_TITLES } from "./nameRules.js";
import { quotedNames } from "./nameShapes.js";
import type { PassageScan } from "./PassageScan.js";
import { PHASE_TITLE } from "./phaseTitle.js";

const QUOTE_NOUNS = QUOTED_TITLES.words.join("|");
// "the campaign “Step Up! Rights. Now.”": the noun may also stand right before the quotation mark, in the singular.
const QUOTED_BEFORE = new RegExp(`\\b(${QUOTE_NOUNS})(?:s?(?:,\\s*|,?\\s+(?:entitled|titled|called|named|known as)\\s+)|\\s+)[“"]([^”"]{3,150})[”"]`, "gi");
const QUOTED_AFTER = new RegExp(`[“"]([^”"]{3,150})[”"]\\s+(${QUOTE_NOUNS})\\b`, "gi");
// "“Safer Harbours for Fishers”, a two-year IOM project": the noun in an apposition right after the title, with only
// modifiers between its article and it (not "the report of the project").
const QUOTED_APPOSED = new RegExp(`[“"]([^”"]{3,150})[”"],\\s+(?:an?|the)\\s+(?:(?!(?:of|for|on|in|by|with|the|and)\\s)[\\w’'-]+\\s+){0,4}?(${QUOTE_NOUNS})\\b`, "gi");

/** "… (Phase 1)": the phase a quoted project title ends with is the programme's phase, not a word of its name. */
const PHASE_BRACKET = /\s+\((?:Phase|phase)\s+(?:\d{1,2}|[IVX]{1,4})\)$/;

const THEME_QUOTE = /\b(?:theme|themes|slogan|motto|tagline)\s*(?:of\s+|was\s+|is\s+)?[“"]([^”"]{3,150})[”"]/gi;

/** Step 3 of recognition: titles in quotation marks, typed by the class noun beside them or by their own head noun. */
export function quotedTitles(scan: PassageScan): void {
  const { text } = scan;
  const { catalog } = scan.doc;
  // "on the theme “Towards Free Movement”": a meeting's theme or a slogan names no body, whatever its head noun, and no
  // later step may read a name inside it (a name of the catalog already read there stays); so does a phase's quoted
  // title ("its fourth phase, “A Dialogue for Results”", PHASE_TITLES).
  if (/[“"]/.test(text)) {
    for (const m of [...text.matchAll(THEME_QUOTE), ...text.matchAll(PHASE_TITLE)]) {
      const start = m.index! + m[0].lastIndexOf(m[1]!);
      scan.taken.push([start, start + m[1]!.length]);
    }
  }
  // 3. Quoted titles: "a project entitled “Safe Journeys Home”", "the “Know Before You Go” campaign".
  // Both patterns need a quotation mark; most passages have none, and the noun alternation is costly to try everywhere.
  for (const [re, nounAt, titleAt] of /[“"]/.test(text) ? ([[QUOTED_BEFORE, 1, 2], [QUOTED_AFTER, 2, 1], [QUOTED_APPOSED, 2, 1]] as const) : []) {
    for (const m of text.matchAll(re)) {
      // A slogan's own full stops and exclamation marks are part of it ("Step Up! Rights. Now."); a lone closing stop is not.
      const quoted = m[titleAt]!.trim();
      // "the project “Tripartite Action for X (TRIANGLE)”": the bracketed acronym is no part of the title.
      const title = (/[.!?]\s+\S/.test(quoted) ? quoted.replace(/[,;:]+$/, "") : quoted.replace(/[,.;:]+$/, "")).replace(/\s+\([A-Z][A-Za-z0-9&-]{1,12}\)$/, "").replace(PHASE_BRACKET, "").trim();
      const noun = m[nounAt]!.toLowerCase();
      if (!/^[A-Z0-9]/.test(title) || title.split(/\s+/).length > 16) continue;
      const start = m.index! + m[0].indexOf(title);
      // The quotation marks bound the title, so a country read inside them is a word of it ("… in Belarus, Moldova and Ukraine").
      if (scan.overlaps(start, start + title.length) && !scan.releaseWithin(start, start + title.length, "COUNTRY")) continue;
      const kind: EntityKind = noun === "fund" && /\b(United Nations|UN)\b/.test(title) ? "ORGANIZATION" : "INITIATIVE";
      const id = entityId(kind, title);
      scan.discover({ key: id, kind, name: title, acronym: null });
      scan.push({ localStart: start, localEnd: start + title.length, kind, key: id, method: "quoted-title", confidence: 0.75 });
    }
  }

  // 3b. A quoted title-case name with its own head noun: the quotes mark its end (QUOTED_NAMES).
  for (const q of quotedNames(text)) {
    if (scan.overlaps(q.start, q.end)) continue;
    const id = entityId(q.kind, q.name);
    if (catalog.byId.has(id)) continue;
    scan.discover({ key: id, kind: q.kind, name: q.name, acronym: null });
    scan.push({ localStart: q.start, localEnd: q.end, kind: q.kind, key: id, method: "quoted-title", confidence: 0.75 });
  }
}

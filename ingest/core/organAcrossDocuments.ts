import type { Catalog } from "../catalog/catalog.js";
import { entityId } from "../../src/ontology/ids.js";
import { escapeRegExp } from "./escapeRegExp.js";
import type { IdentityRule } from "./IdentityRule.js";
import { ORGAN_HEADS } from "./namePatterns.js";
import type { DiscoveredName, Mention } from "./types.js";

/** What recognition gives per document, as far as this step reads it. */
interface DocumentNames {
  mentions: Mention[];
  discovered: Map<string, DiscoveredName>;
}

/**
 * ORGAN_ACROSS_DOCUMENTS: every agency has a "Management Board", every regional community a "Council of Ministers".
 * The bare name has one natural key, so pages about different owners met on one id (one agency's board took another
 * agency's). Where two documents that read a bare organ name are about two different bodies (the one body each title names), each document's organ is
 * its own body's ("Harbour Agency Management Board", with that parent); a document with no clear body keeps the bare
 * name. Documents that are all about one body keep one id.
 */
export const ORGAN_ACROSS_DOCUMENTS: IdentityRule = {
  id: "organ-across-documents",
  what: "A bare organ name made only of generic words ('the Management Board', 'the Council of Ministers', 'the Executive Committee', 'the Regional Office for X') read by documents about different bodies is each document's own body's organ: it takes the owner's short name and the owner as its parent, so two agencies' boards never share an id. The owner is the one organization or forum the document's title writes (name, acronym or alias) and its text names at least twice; a title that writes none or two gives none, and that document keeps the bare name. Documents about one and the same body keep the bare name on one id.",
  words: ORGAN_HEADS,
  positive: [
    {
      text: "Reef Transit Agency (RTA): profile\n\nThe Reef Transit Agency runs ferry lines. The RTA has 300 staff.\n\nThe Management Board sets the RTA budget.",
      others: ["Lagoon Customs Office (LCO): profile\n\nThe Lagoon Customs Office checks cargo. The LCO has 90 staff.\n\nThe Management Board meets in May; the LCO reports to it."],
      apart: ["RTA Management Board", "LCO Management Board"],
    },
    {
      text: "Savanna Trade Union (STU): organs\n\nThe Savanna Trade Union was set up in 1990. The STU has six members.\n\nThe Council of Ministers meets twice a year.",
      others: ["Coastal Fisheries Union (CFU): organs\n\nThe Coastal Fisheries Union was set up in 1994. The CFU has four members.\n\nThe Council of Ministers adopts the CFU budget."],
      present: ["forum:stu-council-of-ministers", "forum:cfu-council-of-ministers"],
      absent: ["forum:council-of-ministers"],
    },
    // A breadcrumb title is about its last crumb, though an earlier crumb names a body the page also names.
    {
      text: "IOM partners > Lagoon Customs Office (LCO)\n\nThe Lagoon Customs Office (LCO) checks cargo for IOM. The LCO has 90 staff, and IOM trains them.\n\nThe Management Board meets in May.",
      others: ["Reef Transit Agency (RTA): profile\n\nThe Reef Transit Agency runs ferry lines. The RTA has 300 staff.\n\nThe Management Board sets the RTA budget."],
      present: ["org:lco-management-board", "org:rta-management-board"],
    },
  ],
  negative: [
    // Two pages about one body: its board stays one id, under the bare name.
    {
      text: "Reef Transit Agency (RTA): profile\n\nThe Reef Transit Agency runs ferry lines. The RTA has 300 staff.\n\nThe Management Board sets the RTA budget.",
      others: ["Reef Transit Agency (RTA): news\n\nThe RTA opened a line to Lomé. The RTA hired ten pilots.\n\nThe Management Board approved the line."],
      present: ["org:management-board"],
      absent: ["org:rta-management-board"],
    },
    // A page whose title names no body keeps the bare name: whose council it is, is not read from what it names most.
    {
      text: "Harbour news, May 2019\n\nThe Council of Ministers met in Lomé. The Coastal Fisheries Union (CFU) sent a note; the CFU asked for a vote.",
      others: [
        "Savanna Trade Union (STU): organs\n\nThe Savanna Trade Union was set up in 1990. The STU has six members.\n\nThe Council of Ministers meets twice a year.",
        "Lagoon Customs Union (LCU): organs\n\nThe Lagoon Customs Union was set up in 1996. The LCU has three members.\n\nThe Council of Ministers adopts the LCU budget.",
      ],
      present: ["forum:council-of-ministers", "forum:stu-council-of-ministers", "forum:lcu-council-of-ministers"],
      absent: ["forum:cfu-council-of-ministers"],
    },
    // A named organ is not bare: "the Harbour Safety Committee" keeps its own name on every page.
    {
      text: "Reef Transit Agency (RTA): profile\n\nThe Reef Transit Agency runs ferry lines. The RTA has 300 staff.\n\nThe Harbour Safety Committee checks boats.",
      others: ["Lagoon Customs Office (LCO): profile\n\nThe Lagoon Customs Office checks cargo. The LCO has 90 staff.\n\nThe Harbour Safety Committee met in May."],
      present: ["org:harbour-safety-committee"],
    },
  ],
};

const MODIFIER = String.raw`(?:Executive|Management|Governing|Steering|Permanent|Standing|General|Joint|Technical|Advisory|Supreme|Administrative|Consultative|Co-?ordinating)`;
const COMPLEMENT = String.raw`of\s+(?:Ministers|Experts|Permanent\s+Representatives|Ambassadors|Governors|Directors|Heads\s+of\s+State(?:\s+and\s+Government)?)`;
const PLACE_OFFICE = String.raw`(?:Regional|Sub-?regional|Country|Liaison)\s+Office\s+(?:for|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w-]*){0,4}`;
/** A name made only of words any body's organ may bear: no word of its own tells whose it is. */
const BARE_ORGAN = new RegExp(String.raw`^(?:(?:${MODIFIER}\s+){0,2}(?:${ORGAN_HEADS.join("|")})(?:\s+${COMPLEMENT})?|${PLACE_OFFICE})$`);

export const isBareOrgan = (name: string): boolean => BARE_ORGAN.test(name);

/** Whether a title writes a form as a word of its own (case kept: "EU" is not the "eu" of "eu-LISA"). */
const writes = (title: string, form: string) => form.length > 1 && new RegExp(`(?<![\\w-])${escapeRegExp(form)}(?![\\w-])`).test(title);

/**
 * The body a document is about: the one organization or forum its title (a breadcrumb's last crumb) writes, by name,
 * acronym or alias, that the document also names at least twice. A title that writes none, or two, gives none.
 */
function documentBody(r: DocumentNames, title: string, catalog: Catalog): { id: string; short: string } | undefined {
  // A breadcrumb title ("Agencies > Justice > Frontex") is about its last crumb.
  const page = title.split(/\s+>\s+/).pop() ?? title;
  const counts = new Map<string, number>();
  for (const m of r.mentions) if (m.kind === "ORGANIZATION" || m.kind === "FORUM") counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  const owners: Array<{ id: string; short: string }> = [];
  for (const [key, n] of counts) {
    const c = catalog.byId.get(key);
    const e = c ?? r.discovered.get(key);
    if (!e || n < 2 || e.isEvent || isBareOrgan(e.name)) continue;
    const forms = [e.name, e.acronym, ...(c ? c.aliases : [])].filter((f): f is string => !!f);
    if (forms.some((f) => writes(page, f))) owners.push({ id: key, short: e.acronym ?? e.name });
  }
  return owners.length === 1 ? owners[0] : undefined;
}

/** Corpus-wide, before names are grouped: a bare organ read by documents about two or more bodies is each body's own. */
export function splitOrgansAcrossDocuments(recognised: DocumentNames[], titles: readonly string[], catalog: Catalog): void {
  const readers = new Map<string, number[]>();
  recognised.forEach((r, i) => {
    for (const d of r.discovered.values()) {
      if ((d.kind !== "ORGANIZATION" && d.kind !== "FORUM") || d.isEvent || d.parentId || d.owner || d.sameAs || catalog.byId.has(d.key) || !isBareOrgan(d.name)) continue;
      readers.set(d.key, [...(readers.get(d.key) ?? []), i]);
    }
  });
  const bodies = new Map<number, ReturnType<typeof documentBody>>();
  const bodyOf = (i: number) => {
    if (!bodies.has(i)) bodies.set(i, documentBody(recognised[i]!, titles[i] ?? "", catalog));
    return bodies.get(i);
  };
  for (const [key, docs] of readers) {
    if (docs.length < 2) continue;
    const owners = new Set(docs.map(bodyOf).filter((b) => !!b).map((b) => b!.id));
    if (owners.size < 2) continue;
    for (const i of docs) {
      const owner = bodyOf(i);
      const r = recognised[i]!;
      const base = r.discovered.get(key)!;
      if (!owner) continue;
      const name = `${owner.short} ${base.name}`;
      const id = entityId(base.kind, name);
      if (!r.discovered.has(id)) r.discovered.set(id, { ...base, key: id, name, parentId: owner.id, alias: base.alias ?? base.name });
      for (const m of r.mentions) if (m.key === key) m.key = id;
      // The bare key leaves this document, so no owned name folds it back into one id with another document's organ.
      r.discovered.delete(key);
    }
  }
}

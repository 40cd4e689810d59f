import type { IdentityRule } from "./IdentityRule.js";
import { isAcronymWord } from "./nameShapes.js";
import type { DiscoveredName } from "./types.js";

const DEFINED = "The Coastal Harbour Initiative for Fishing Towns (CHIFT) is funded by Norway. FAO implements CHIFT.";

/**
 * ACRONYM_ONLY, in resolve after names are grouped: a document that writes a body or programme only by its acronym
 * ("CHIFT, a partnership of four agencies, …") makes a name that is nothing but the acronym, while another document
 * defines it ("the Coastal Harbour Initiative for Fishing Towns (CHIFT)"). Names alike by their words never meet the
 * bare acronym, so the two stayed two nodes. The bare acronym is the one name of its kind the corpus defines with it;
 * where two names of that kind share it ("Migration Partnership Facility (MPF)", "Migration Partnership Framework
 * (MPF)"), the bare acronym names none of them and stays apart; a catalog entity's bare acronym ("IOM") is read as
 * that entity before names are discovered, so it never reaches this fold. Three letters often name
 * two unrelated bodies far apart, so the two documents must also be tied: the same document, or another entity both
 * name (the CHIFT pages both name Norway).
 */
export const ACRONYM_ONLY: IdentityRule = {
  id: "acronym-only",
  what: "A discovered name written only as its acronym is the one discovered name of the same kind that another reading defines with that acronym; two names defining it, another kind, or documents that name nothing in common keep it apart.",
  words: [],
  positive: [
    {
      text: DEFINED,
      others: ["CHIFT, a partnership of four agencies, works in Fiji and Samoa. Norway funds CHIFT."],
      same: ["Coastal Harbour Initiative for Fishing Towns", "CHIFT"],
      absent: ["ini:chift"],
    },
    {
      // A list item names the council by its letters alone; both pages name Fiji.
      text: "The Pacific Council of Harbour Agencies (PCHA) is a network of port authorities based in Suva, Fiji.",
      others: ["Port coalitions (PCHA, Reef Alliance, Oceans First) wrote to Fiji about tariffs."],
      same: ["Pacific Council of Harbour Agencies", "PCHA"],
      absent: ["org:pcha"],
    },
    {
      // The page writes the letters alone with an apposition that reads them as a network, and defines the council below.
      text: "Boat unions\n\nLCBA, a network of fishing cooperatives, wrote to Samoa in 2019.\n\nThe Lagoon Council of Boat Agencies (LCBA) is based in Apia.",
      same: ["Lagoon Council of Boat Agencies", "LCBA"],
      absent: ["ini:lcba"],
    },
  ],
  negative: [
    {
      // Two definers of other kinds in the run: the letters name neither.
      text: "Boat unions\n\nLCBA, a network of fishing cooperatives, wrote to Samoa in 2019.\n\nThe Lagoon Council of Boat Agencies (LCBA) is based in Apia.",
      others: ["Boat fairs\n\nThe Lagoon Conference of Boat Associations (LCBA), a forum of ship builders, is based in Suva."],
      present: ["ini:lcba"],
    },
    {
      // Two programmes define CHIFT: the bare acronym names neither.
      text: DEFINED,
      others: ["The Coral Harbour Investment Facility for Tuna (CHIFT) is run by IFAD.", "CHIFT, a partnership of four agencies, works in Fiji and Samoa. Norway funds CHIFT."],
      apart: ["Coastal Harbour Initiative for Fishing Towns", "CHIFT"],
    },
    {
      // Nothing ties the two pages (no body, state or meeting named on both): the same three letters may be two bodies.
      text: "The Andean Seasonal Workers Federation (ASWF) is a union of fruit pickers in Chile. The ILO advises the ASWF.",
      others: ["In Beirut, UNHCR and ASWF opened a listening centre in 2022. ASWF, a radio network, broadcasts in Arabic."],
      apart: ["Andean Seasonal Workers Federation", "ASWF"],
    },
    {
      // Both pages name Norway, but the definer is a body and the bare letters a programme it does not name.
      text: "The Coastal Harbour Institute for Fishing Towns (CHIFT) is a research body in Norway.",
      others: ["Norway funds CHIFT, a programme of boat repairs in Fiji."],
      apart: ["Coastal Harbour Institute for Fishing Towns", "CHIFT"],
    },
  ],
};

/** A name that is only an acronym: "CHIFT" read as CHIFT, or an item of a list of networks, "PCHA", read without one. */
const bareAcronym = (d: DiscoveredName) => isAcronymWord(d.name, 10) && (d.acronym ?? d.name) === d.name;
const bare = (group: DiscoveredName[]) => group.every(bareAcronym);

/**
 * Joins, in `groups` (resolve's groups of one entity each), every group whose names are only its acronym into the
 * one other group of its kind with that acronym, and `corroborated` (sharesContext) asks for something tying the two documents, as three letters often name two bodies.
 * With no definer of its kind, into the one definer of any kind where `samePage` finds a document writing both.
 */
export function foldAcronymOnly(groups: Map<string, DiscoveredName[]>, join: (from: DiscoveredName[], into: DiscoveredName[]) => void, corroborated: (bare: DiscoveredName[], definer: DiscoveredName[]) => boolean, samePage?: (bare: DiscoveredName[], definer: DiscoveredName[]) => boolean): void {
  const defining = new Map<string, DiscoveredName[][]>();
  const anyKind = new Map<string, DiscoveredName[][]>();
  for (const group of groups.values()) {
    const d = group[0]!;
    if (!d.acronym || d.isEvent || bare(group)) continue;
    const k = `${d.kind}|${d.acronym}`;
    (defining.get(k) ?? defining.set(k, []).get(k)!).push(group);
    (anyKind.get(d.acronym) ?? anyKind.set(d.acronym, []).get(d.acronym)!).push(group);
  }
  for (const [key, group] of [...groups]) {
    const d = group[0]!;
    if (d.isEvent || !bare(group)) continue;
    const into = defining.get(`${d.kind}|${d.name}`);
    if (into?.length === 1 && corroborated(group, into[0]!)) {
      join(group, into[0]!);
      groups.delete(key);
      continue;
    }
    // Another kind: the letters' kind was guessed from the words around them ("ICVA, a network of agencies"), while
    // the page that writes them alone also defines them. Only the one definer of the run, on that same page.
    const other = into?.length ? undefined : anyKind.get(d.name);
    if (other?.length !== 1 || !samePage?.(group, other[0]!)) continue;
    join(group, other[0]!);
    groups.delete(key);
  }
}

/**
 * Whether a bare acronym's documents and its definer's are tied: one document holds both, or the two name another
 * entity in common (a state, a body, a meeting). `documentsOf` gives a name's documents, `namedIn` a document's
 * entity ids.
 */
export function sharesContext(documentsOf: (key: string) => Iterable<number>, namedIn: (document: number) => Iterable<string>): (bare: DiscoveredName[], definer: DiscoveredName[]) => boolean {
  const docs = (group: DiscoveredName[]) => new Set(group.flatMap((d) => [...documentsOf(d.key)]));
  return (bare, definer) => {
    const [a, b] = [docs(bare), docs(definer)];
    if ([...a].some((i) => b.has(i))) return true;
    const own = new Set([...bare, ...definer].map((d) => d.key));
    const ids = (set: Set<number>) => new Set([...set].flatMap((i) => [...namedIn(i)]).filter((id) => !own.has(id)));
    const inB = ids(b);
    return [...ids(a)].some((id) => inB.has(id));
  };
}

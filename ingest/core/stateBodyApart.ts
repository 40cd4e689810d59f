import type { Catalog } from "../catalog/catalog.js";
import { demonymOf } from "./demonymOf.js";
import type { IdentityRule } from "./IdentityRule.js";
import { NATIONAL_BODIES } from "./nationalBodyRules.js";
import type { Recognised } from "./recognise.js";
import type { DiscoveredName } from "./types.js";

/**
 * STATE_BODY_APART: a ministry or department is one of every state's bodies, so its name says whose it is only with
 * its state. A body named with its state ("Ghanaian Department of X", a profile's titled body, nationalBody.ts) is not
 * the same name written bare where a sentence ties the bare name to another state ("Kenya's Department of X (DX)",
 * "the Department of X (DX) of Kenya"), however alike the names and acronyms; nor is another state's named body. The
 * rule lives in the resolver, so it holds whichever document's variant ranks first and whether or not the other
 * state's page makes a named node of its own.
 */
export const STATE_BODY_APART: IdentityRule = {
  id: "state-body-apart",
  what: "A state's ministry or department named with its state (its demonym or name first) and the same name written bare in a sentence that names another state and not this one, or the same name named with another state, are two bodies: acronym and name alike join neither. A bare name no sentence ties to another state still folds into the state's body.",
  words: NATIONAL_BODIES.words.heads,
  positive: [
    {
      text: "Department of Inland Fisheries (DIF), Malawi: agency profile\n\nThe Department runs the Lake Boat Register.",
      others: ["Briefs\n\nThe Department of Inland Fisheries (DIF) trained boat owners in Mangochi. The DIF will train more crews next year."],
      same: ["Malawian Department of Inland Fisheries", "Department of Inland Fisheries"],
    },
  ],
  negative: [
    {
      text: "Department of Inland Fisheries (DIF), Malawi: agency profile\n\nThe Department runs the Lake Boat Register.",
      others: ["Briefs\n\nZambia's Department of Inland Fisheries (DIF) trained boat owners in Mansa. The DIF will train more crews next year."],
      present: ["org:malawian-department-of-inland-fisheries", "org:department-of-inland-fisheries"],
    },
    {
      text: "Department of Inland Fisheries (DIF), Malawi: agency profile\n\nThe Department runs the Lake Boat Register.",
      others: ["Briefs\n\nThe Department of Inland Fisheries (DIF) of Zambia trained boat owners in Mansa. The DIF will train more crews next year."],
      present: ["org:malawian-department-of-inland-fisheries", "org:department-of-inland-fisheries"],
    },
  ],
};

const HEADS = `(?:${NATIONAL_BODIES.words.heads.join("|")})\\s+(?:of|for)\\s+[A-Z]`;
/** "Ghanaian Department of X": the words before the head, read as the state. */
const LED = new RegExp(`^(.+?)\\s+${HEADS}`);
const BARE = new RegExp(`^${HEADS}`);

/**
 * Whether two discovered names must stay apart as two states' bodies (STATE_BODY_APART). A name's state is the one
 * its first words name (a demonym or a country's name); a bare name's states are those its sentences name.
 */
export function stateBodiesApart(recognised: Recognised[], catalog: Catalog): (a: DiscoveredName, b: DiscoveredName) => boolean {
  const countries = new Map<string, string>();
  for (const e of catalog.entities) if (e.kind === "COUNTRY") for (const f of [e.name, ...e.aliases]) countries.set(f, e.id);
  const namedState = (d: DiscoveredName): string | null => {
    if (d.kind !== "ORGANIZATION" || d.isEvent) return null;
    const m = LED.exec(d.name);
    if (!m) return null;
    const lead = m[1]!.replace(/[’']s$/, "");
    const demonym = demonymOf(lead, catalog.demonyms);
    return demonym ? catalog.demonyms.get(demonym)! : (countries.get(lead) ?? null);
  };
  const bare = (d: DiscoveredName) => d.kind === "ORGANIZATION" && !d.isEvent && BARE.test(d.name);
  // The states each sentence that writes a bare national body's name names.
  const sentenceStates = new Map<string, Array<Set<string>>>();
  for (const r of recognised) {
    const bySentence = new Map<string, Set<string>>();
    for (const m of r.mentions) if (m.kind === "COUNTRY") {
      const k = `${m.passageId}|${m.sentenceIndex}`;
      bySentence.set(k, (bySentence.get(k) ?? new Set()).add(m.key));
    }
    for (const m of r.mentions) {
      const d = r.discovered.get(m.key);
      if (!d || !bare(d)) continue;
      sentenceStates.set(d.key, [...(sentenceStates.get(d.key) ?? []), bySentence.get(`${m.passageId}|${m.sentenceIndex}`) ?? new Set()]);
    }
  }
  const tiedElsewhere = (d: DiscoveredName, state: string) => (sentenceStates.get(d.key) ?? []).some((states) => !states.has(state) && states.size > 0);
  return (a, b) => {
    const [sa, sb] = [namedState(a), namedState(b)];
    if (sa && sb) return sa !== sb;
    if (sa && bare(b)) return tiedElsewhere(b, sa);
    if (sb && bare(a)) return tiedElsewhere(a, sb);
    return false;
  };
}

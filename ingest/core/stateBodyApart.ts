import type { Catalog } from "../catalog/catalog.js";
import type { IdentityRule } from "./IdentityRule.js";
import { NATIONAL_BODIES } from "./nationalBodyRules.js";
import { ownerState } from "./ownerState.js";
import type { Recognised } from "./recognise.js";
import type { DiscoveredName } from "./types.js";

/**
 * STATE_BODY_APART: a ministry or department is one of every state's bodies, so its name says whose it is only with
 * its state. A body named with its state ("Ghanaian Department of X", a profile's titled body, nationalBody.ts) is not
 * the same name written bare beside another state ("Kenya's Department of X (DX)",
 * "the Department of X (DX) of Kenya"), however alike the names and acronyms; nor is another state's named body. The
 * rule lives in the resolver (its acronym grouping and the owner folds of variantFold.ts), so it holds whichever document's variant ranks first and whether or not the other
 * state's page makes a named node of its own.
 */
export const STATE_BODY_APART: IdentityRule = {
  id: "state-body-apart",
  what: "Any body named with its state first (its demonym or name) is not another state's body of the same words and acronym. A state's ministry or department named with its state (its demonym or name first) and the same name written bare right beside another state (that state's possessive right before the name; or after the name, its acronym if any, then 'of' and an optional 'the' before the state), or the same name named with another state, are two bodies: acronym and name alike join neither. A bare name with other words between it and a state ('<name> and <state>', '<name> met <state>'s minister', 'In <state>, the <name>') is not tied to that state and still folds into the state's body.",
  words: NATIONAL_BODIES.words.heads,
  positive: [
    {
      text: "Department of Inland Fisheries (DIF), Malawi: agency profile\n\nThe Department runs the Lake Boat Register.",
      others: ["Briefs\n\nThe Department of Inland Fisheries (DIF) trained boat owners in Mangochi. The DIF will train more crews next year."],
      same: ["Malawian Department of Inland Fisheries", "Department of Inland Fisheries"],
    },
    // Another state named in the sentence, but not beside the name, ties nothing.
    {
      text: "Department of Inland Fisheries (DIF), Malawi: agency profile\n\nThe Department runs the Lake Boat Register.",
      others: ["Briefs\n\nThe Department of Inland Fisheries (DIF) trained boat owners who came from Zambia and Mozambique. The DIF will train more crews next year."],
      same: ["Malawian Department of Inland Fisheries", "Department of Inland Fisheries"],
    },
    // A state a few characters away is no owner when other words stand between: a partner after "and", a minister's state.
    {
      text: "Department of Lake Transport (DLT), Malawi: agency profile\n\nThe Department licenses ferries on the lake.",
      others: ["Briefs\n\nThe Department of Lake Transport (DLT) and Tanzania agreed on a ferry timetable in 2022. The DLT will add two routes."],
      same: ["Malawian Department of Lake Transport", "Department of Lake Transport"],
    },
    {
      text: "Department of Lake Transport (DLT), Malawi: agency profile\n\nThe Department licenses ferries on the lake.",
      others: ["Briefs\n\nThe Department of Lake Transport (DLT) hosted Tanzania's transport minister at Nkhata Bay. The DLT will add two routes."],
      same: ["Malawian Department of Lake Transport", "Department of Lake Transport"],
    },
    // "In <state>, the <name>" says where the body acted, not whose it is.
    {
      text: "Department of Lake Transport (DLT), Malawi: agency profile\n\nThe Department licenses ferries on the lake.",
      others: ["Briefs\n\nIn Tanzania, the Department of Lake Transport (DLT) inspected six ferries. The DLT will add two routes."],
      same: ["Malawian Department of Lake Transport", "Department of Lake Transport"],
    },
  ],
  negative: [
    // The possessive's state names the defined title too (PARAGRAPH_STATE, paragraphState.ts): Zambia's body, not Malawi's.
    {
      text: "Department of Inland Fisheries (DIF), Malawi: agency profile\n\nThe Department runs the Lake Boat Register.",
      others: ["Briefs\n\nZambia's Department of Inland Fisheries (DIF) trained boat owners in Mansa. The DIF will train more crews next year."],
      present: ["org:malawian-department-of-inland-fisheries", "org:zambian-department-of-inland-fisheries"],
    },
    {
      text: "Department of Inland Fisheries (DIF), Malawi: agency profile\n\nThe Department runs the Lake Boat Register.",
      others: ["Briefs\n\nThe Department of Inland Fisheries (DIF) of Zambia trained boat owners in Mansa. The DIF will train more crews next year."],
      present: ["org:malawian-department-of-inland-fisheries", "org:department-of-inland-fisheries"],
    },
    // Two states' agencies of the same words and acronym, each named with its state (STATE_OPENS_NAME).
    {
      text: "Briefs\n\nThe plan is funded by the Mexican Agency for Coastal Cooperation (ACC) and the port authority.",
      others: ["Notes\n\nThe Ghana Agency for Coastal Cooperation (ACC) trained pilots in Tema."],
      present: ["org:mexican-agency-for-coastal-cooperation", "org:ghana-agency-for-coastal-cooperation"],
    },
    // A state the catalog gives no demonym names its body by its own name ("Botswana Department of X"): that owner
    // fold (UN_PREFIX, variantFold.ts) keeps the two states' bodies apart too.
    {
      text: "Department of Inland Fisheries (DIF), Botswana: agency profile\n\nThe Department runs the Delta Boat Fund.",
      others: ["Briefs\n\nThe Department of Inland Fisheries (DIF) of Bhutan trained boat owners in Paro. The DIF will train more crews next year."],
      present: ["org:botswana-department-of-inland-fisheries", "org:department-of-inland-fisheries"],
    },
  ],
};

const HEADS = `(?:${NATIONAL_BODIES.words.heads.join("|")})\\s+(?:of|for)\\s+[A-Z]`;
/** "Ghanaian Department of X": the words before the head, read as the state. */
const LED = new RegExp(`^(.+?)\\s+${HEADS}`);
const BARE = new RegExp(`^${HEADS}`);
/**
 * The words between a state and the body it owns, read as words (not counted as characters, which would tie "Kenya and
 * the Department of X" or "the Department of X met Kenya's minister"): "Kenya's " right before the name; after the name,
 * its acronym if any, then "of" and an optional "the". "In Kenya, the Department of X" names where the body acted, not
 * whose it is, so it ties nothing.
 */
const OWNER_BEFORE = /^(?:[’']s)?\s+$/;
const OWNER_AFTER = /^\s*(?:\([^()]{1,12}\)\s*)?of\s+(?:the\s+)?$/;

/**
 * Whether two discovered names must stay apart as two states' bodies (STATE_BODY_APART). A name's state is the one
 * its first words name (a demonym or a country's name); a bare name's states are those written right beside its mentions.
 */
export function stateBodiesApart(recognised: Recognised[], catalog: Catalog, passageText: (passageId: string) => string | undefined): (a: DiscoveredName, b: DiscoveredName) => boolean {
  const stateOf = ownerState(catalog.entities, catalog.demonyms);
  const namedState = (d: DiscoveredName): string | null => {
    if (d.kind !== "ORGANIZATION" || d.isEvent) return null;
    const m = LED.exec(d.name);
    if (m) return stateOf(m[1]!);
    // "the Mexican Agency for X (AX)" and "the Ghana Agency for X (AX)": any body whose name opens on a state is that
    // state's, however alike the rest and the acronym (STATE_OPENS_NAME).
    const words = d.name.split(/\s+/);
    for (let n = 1; n <= 2 && n < words.length - 1; n++) {
      const state = /^[A-Z]/.test(words[n]!) ? stateOf(words.slice(0, n).join(" ")) : null;
      if (state) return state;
    }
    return null;
  };
  const bare = (d: DiscoveredName) => d.kind === "ORGANIZATION" && !d.isEvent && BARE.test(d.name);
  // The states written right beside each mention of a bare national body's name: a possessive before it ("Kenya's"),
  // "of Kenya" after it or after its acronym ("(DCA) of Kenya"). A state named elsewhere in the sentence ties nothing.
  const besideStates = new Map<string, Array<Set<string>>>();
  for (const r of recognised) {
    const states = r.mentions.filter((m) => m.kind === "COUNTRY");
    for (const m of r.mentions) {
      const d = r.discovered.get(m.key);
      if (!d || !bare(d)) continue;
      const text = passageText(m.passageId) ?? "";
      const owns = (c: (typeof states)[number]) =>
        c.passageId === m.passageId && ((c.localEnd <= m.localStart && OWNER_BEFORE.test(text.slice(c.localEnd, m.localStart))) || (m.localEnd <= c.localStart && OWNER_AFTER.test(text.slice(m.localEnd, c.localStart))));
      const beside = new Set(states.filter(owns).map((c) => c.key));
      if (beside.size === 0) continue;
      const tied = besideStates.get(d.key);
      if (tied) tied.push(beside);
      else besideStates.set(d.key, [beside]);
    }
  }
  const tiedElsewhere = (d: DiscoveredName, state: string) => (besideStates.get(d.key) ?? []).some((states) => !states.has(state));
  return (a, b) => {
    const [sa, sb] = [namedState(a), namedState(b)];
    if (sa && sb) return sa !== sb;
    if (sa && bare(b)) return tiedElsewhere(b, sa);
    if (sb && bare(a)) return tiedElsewhere(a, sb);
    return false;
  };
}
